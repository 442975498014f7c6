export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'jabatan',
    info: { singularName: 'jabatan', pluralName: 'jabatans', displayName: 'Jabatan', description: 'Posisi dalam pohon organisasi OPD' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      kode: { type: 'string', required: true, unique: true, maxLength: 60 },
      nama: { type: 'string', required: true, maxLength: 250 },
      unit_kerja: { type: 'string', maxLength: 250 },
      opd: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.opd' },
      atasan: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.jabatan', inversedBy: 'bawahan' },
      bawahan: { type: 'relation', relation: 'oneToMany', target: 'plugin::inti.jabatan', mappedBy: 'atasan' },
      jenis: { type: 'enumeration', enum: ['JPT', 'JA', 'JF'], required: true },
      jenjang: {
        type: 'enumeration',
        enum: [
          'JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA',
          'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA',
          'AHLI_UTAMA', 'AHLI_MADYA', 'AHLI_MUDA', 'AHLI_PERTAMA',
          'PENYELIA', 'MAHIR', 'TERAMPIL', 'PEMULA',
        ],
        required: true,
      },
      eselon: { type: 'string', maxLength: 10 },
      kelas_jabatan: { type: 'integer', min: 1, max: 17 },
      nilai_jabatan: { type: 'integer', min: 0 },
      kepala_opd: { type: 'boolean', default: false, required: true },
      aktif: { type: 'boolean', default: true, required: true },
    },
  },
};
