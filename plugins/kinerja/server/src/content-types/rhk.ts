/** Rencana Hasil Kerja of an SKP; may be reopened on its own after approval (status_revisi). */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'rhk',
    info: { singularName: 'rhk', pluralName: 'rhks', displayName: 'RHK', description: 'Rencana Hasil Kerja' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      skp: { type: 'relation', relation: 'manyToOne', target: 'plugin::kinerja.skp' },
      jenis: { type: 'enumeration', enum: ['UTAMA', 'TAMBAHAN'], required: true },
      uraian: { type: 'text', required: true },
      urutan: { type: 'integer', required: true, default: 1 },
      rhk_atasan: { type: 'relation', relation: 'manyToOne', target: 'plugin::kinerja.rhk' },
      perspektif: {
        type: 'enumeration',
        enum: ['PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN'],
      },
      status_revisi: { type: 'enumeration', enum: ['DRAFT', 'DIAJUKAN'] },
      catatan_penolakan: { type: 'text' },
      /** the approved version (RHK fields, IKI, renaksi with targets) frozen while the RHK is reopened: in force until the revision is approved (domain/versi.ts) */
      versi_disetujui: { type: 'json' },
      ekak_sasaran_id: { type: 'string', maxLength: 60 },
      ekak_indikator_id: { type: 'string', maxLength: 60 },
      is_sasaran_prioritas: { type: 'boolean', default: false },
      terdapat_inovasi: { type: 'boolean', default: false },
      inovasi: { type: 'json' },
      is_perintah_walikota: { type: 'boolean', default: false },
    },
  },
};
