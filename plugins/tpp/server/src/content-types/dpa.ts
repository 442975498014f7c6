/**
 * One budget line of an OPD's DPA (Dokumen Pelaksanaan Anggaran) imported from SIPD's DPA export
 * (domain.md §7 "PK budget"): the Perjanjian Kinerja shows budget only from here, with its source file
 * and import date, never from Renja or eKAK figures.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'dpa',
    info: {
      singularName: 'dpa',
      pluralName: 'dpas',
      displayName: 'DPA',
      description: 'Pagu anggaran DPA per OPD (impor SIPD)',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      opd: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.opd' },
      tahun: { type: 'integer', required: true, min: 2000, max: 2100 },
      kode_program: { type: 'string', maxLength: 60 },
      nama_program: { type: 'text' },
      kode_kegiatan: { type: 'string', maxLength: 60 },
      nama_kegiatan: { type: 'text' },
      kode_sub_kegiatan: { type: 'string', maxLength: 60 },
      nama_sub_kegiatan: { type: 'text' },
      pagu: { type: 'biginteger', required: true, default: '0' },
      sumber_berkas: { type: 'string', maxLength: 250 },
      diimpor_pada: { type: 'datetime' },
      diimpor_oleh: { type: 'string', maxLength: 120 },
    },
  },
};
