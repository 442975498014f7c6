/** Ekspektasi khusus pimpinan per BerAKHLAK core value, written by the penilai. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'ekspektasi_perilaku',
    info: {
      singularName: 'ekspektasi-perilaku',
      pluralName: 'ekspektasi-perilakus',
      displayName: 'Ekspektasi Perilaku',
      description: 'Ekspektasi pimpinan per nilai dasar BerAKHLAK',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      skp: { type: 'relation', relation: 'manyToOne', target: 'plugin::kinerja.skp' },
      kode: { type: 'string', required: true, maxLength: 40 },
      ekspektasi: { type: 'text' },
      diisi_oleh_nip: { type: 'string', maxLength: 18 },
    },
  },
};
