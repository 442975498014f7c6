/** Indikator Kinerja Individu of an RHK: target as typed plus its parsed bounds. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'iki',
    info: { singularName: 'iki', pluralName: 'ikis', displayName: 'IKI', description: 'Indikator Kinerja Individu' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      rhk: { type: 'relation', relation: 'manyToOne', target: 'plugin::kinerja.rhk' },
      uraian: { type: 'text', required: true },
      aspek: {
        type: 'enumeration',
        enum: ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'],
        required: true,
        default: 'KUANTITAS',
      },
      target_teks: { type: 'string', required: true, maxLength: 60 },
      target_min: { type: 'decimal', required: true },
      target_max: { type: 'decimal', required: true },
      satuan: { type: 'string', required: true, maxLength: 60 },
      polaritas: { type: 'enumeration', enum: ['NAIK', 'TURUN'], required: true, default: 'NAIK' },
      sifat_target: {
        type: 'enumeration',
        enum: ['KUMULATIF', 'NON_KUMULATIF', 'TERAKHIR'],
        required: true,
        default: 'NON_KUMULATIF',
      },
      urutan: { type: 'integer', default: 1 },
      disembunyikan: { type: 'boolean', default: false },
      duplikat_dari: { type: 'string', maxLength: 40 },
    },
  },
};
