/**
 * One run of an integration (eKAK pull, SIMPEG sync or monitor, …): the system and what ran, who or which job
 * started it, dry-run or apply, when and how long, the counts per outcome, the errors with their reason, and the
 * OPD it concerned (null: the city). Written by the integration services only; read-only everywhere else.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'integrasi_sync_log',
    info: {
      singularName: 'sync-log',
      pluralName: 'sync-logs',
      displayName: 'Sync log',
      description: 'Riwayat sinkronisasi sistem eksternal',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      sistem: { type: 'enumeration', enum: ['EKAK', 'SIMPEG', 'SIASN'], required: true },
      jenis: { type: 'string', required: true, maxLength: 60 },
      pemicu: { type: 'enumeration', enum: ['PENGGUNA', 'JADWAL'], required: true },
      /** username (a pegawai's is his NIP) or the job's name */
      oleh: { type: 'string', maxLength: 120 },
      dry_run: { type: 'boolean', required: true, default: false },
      mulai: { type: 'datetime', required: true },
      selesai: { type: 'datetime' },
      durasi_ms: { type: 'integer', min: 0 },
      tahun: { type: 'integer', min: 2000, max: 2100 },
      opd: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.opd' },
      jumlah: { type: 'json' },
      galat: { type: 'json' },
      status: { type: 'enumeration', enum: ['BERHASIL', 'SEBAGIAN', 'GAGAL'], required: true },
      pesan: { type: 'text' },
    },
  },
};
