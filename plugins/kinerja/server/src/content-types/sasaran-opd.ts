/**
 * OPD-level sasaran (Perjanjian Kinerja) with its indicators for a year, entered by BKPSDM or the
 * OPD's admin, or pulled from eKAK. The Kepala OPD's SKP indicators are checked against these for
 * duplicates (same normalised name: hidden when target and satuan agree, else a warning that blocks approval).
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'sasaran_opd',
    info: {
      singularName: 'sasaran-opd',
      pluralName: 'sasaran-opds',
      displayName: 'Sasaran OPD',
      description: 'Sasaran dan indikator kinerja tingkat OPD (PK)',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      opd: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.opd' },
      tahun: { type: 'integer', required: true, min: 2000, max: 2100 },
      sasaran: { type: 'text', required: true },
      urutan: { type: 'integer', default: 1 },
      /** [{indikator, target, satuan}]: target as typed ("80", "80-90"), parsed by domain/target.ts */
      indikator: { type: 'json', required: true },
      sumber: { type: 'enumeration', enum: ['MANUAL', 'EKAK'], required: true, default: 'MANUAL' },
      ekak_sasaran_id: { type: 'string', maxLength: 60 },
    },
  },
};
