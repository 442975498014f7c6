/**
 * Lease of a scheduled job (quality.md "Scheduled jobs take a database lock"): one row per job name
 * (unique index in database/migrations/001-indeks-inti.js). An instance runs the job only after it
 * inserted the row or took over an expired lease, so two server instances never run it twice.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'kunci_tugas',
    info: {
      singularName: 'kunci-tugas',
      pluralName: 'kumpulan-kunci-tugas',
      displayName: 'Kunci Tugas Terjadwal',
      description: 'Kunci basis data untuk tugas terjadwal',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
    attributes: {
      nama: { type: 'string', required: true, maxLength: 100, configurable: false },
      /** random token of the instance holding the lease */
      pemilik: { type: 'string', maxLength: 100 },
      diambil_pada: { type: 'datetime' },
      berlaku_sampai: { type: 'datetime' },
      /** {mulai, selesai, ok, pesan?} of the last run */
      hasil_terakhir: { type: 'json' },
    },
  },
};
