export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'penugasan',
    info: {
      singularName: 'penugasan',
      pluralName: 'penugasans',
      displayName: 'Penugasan',
      description: 'Riwayat pemangkuan jabatan (definitif, Plt, Plh, Pj)',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      pegawai: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.pegawai' },
      jabatan: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.jabatan' },
      jenis: { type: 'enumeration', enum: ['UTAMA', 'PLT', 'PLH', 'PJ'], required: true, default: 'UTAMA' },
      tmt_mulai: { type: 'date', required: true },
      tmt_akhir: { type: 'date' },
      nomor_sk: { type: 'string', maxLength: 100 },
      alasan_berakhir: { type: 'string', maxLength: 300 },
    },
  },
};
