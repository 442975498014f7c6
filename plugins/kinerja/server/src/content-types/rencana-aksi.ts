/**
 * Rencana aksi (renaksi) of an RHK: an ordered action with a target per month (or per quarter for
 * JPT/OPD, stored at the quarter's last month), domain.md §4. `pegawai` and `tahun` repeat the SKP's
 * so that lists and the capaian run filter without joining through RHK and SKP.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'rencana_aksi',
    info: {
      singularName: 'rencana-aksi',
      pluralName: 'rencana-aksis',
      displayName: 'Rencana Aksi',
      description: 'Rencana aksi bulanan/triwulanan per RHK',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      rhk: { type: 'relation', relation: 'manyToOne', target: 'plugin::kinerja.rhk' },
      pegawai: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.pegawai' },
      tahun: { type: 'integer', required: true, min: 2000, max: 2100 },
      uraian: { type: 'text', required: true },
      urutan: { type: 'integer', required: true, default: 1 },
      /** BULANAN: months 1–12; TRIWULAN: TW1–TW4 kept at months 3, 6, 9, 12 */
      periode: { type: 'enumeration', enum: ['BULANAN', 'TRIWULAN'], required: true, default: 'BULANAN' },
      satuan: { type: 'string', required: true, maxLength: 60 },
      polaritas: { type: 'enumeration', enum: ['NAIK', 'TURUN'], required: true, default: 'NAIK' },
      /** [{bulan: 1..12, nilai: number}] ordered by month (domain/renaksi.ts validates it) */
      target: { type: 'json', required: true },
      /** risk-control action (RTP-MR) from eKAK: marked in every month with a target */
      sebagai_rtp: { type: 'boolean', default: false },
      ekak_renaksi_id: { type: 'string', maxLength: 60 },
      ekak_tahapan_id: { type: 'string', maxLength: 60 },
      /** informational budget from eKAK in whole rupiah (the PK budget comes from the DPA) */
      anggaran: { type: 'biginteger' },
      /**
       * when the owner deleted it during a revision of its RHK while it belongs to the approved version
       * (domain/versi.ts): it stays in force until the revision is approved, which deletes it
       */
      dihapus_dalam_revisi: { type: 'datetime' },
    },
  },
};
