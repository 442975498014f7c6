export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'opd',
    info: { singularName: 'opd', pluralName: 'opds', displayName: 'OPD', description: 'Organisasi Perangkat Daerah' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      kode_opd: { type: 'string', required: true, unique: true, maxLength: 40 },
      nama: { type: 'string', required: true, maxLength: 200 },
      singkatan: { type: 'string', maxLength: 40 },
      jenis: {
        type: 'enumeration',
        enum: ['SEKRETARIAT', 'BADAN', 'DINAS', 'INSPEKTORAT', 'SATPOL', 'KECAMATAN', 'KELURAHAN', 'RSUD', 'LAINNYA'],
        default: 'LAINNYA',
      },
      induk: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.opd', inversedBy: 'sub_unit' },
      sub_unit: { type: 'relation', relation: 'oneToMany', target: 'plugin::inti.opd', mappedBy: 'induk' },
      aktif: { type: 'boolean', default: true, required: true },
      /** signs the Daftar Nominatif TPP beside the Kepala OPD (a pegawai of this OPD) */
      bendahara_pengeluaran: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.pegawai' },
    },
  },
};
