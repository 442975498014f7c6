/**
 * Lock of one quarter of a year (domain.md §7): set when BKAD marks the quarter's TPP prestasi kerja
 * disbursed; while `terkunci`, every write to that quarter's realisasi, evaluations and TPP lines is
 * refused with 423 PERIODE_TERKUNCI. Unlocking (BKPSDM, with a reason) keeps the row with terkunci=false.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'kunci_periode',
    info: {
      singularName: 'kunci-periode',
      pluralName: 'kunci-periodes',
      displayName: 'Kunci Periode',
      description: 'Penguncian triwulan setelah TPP prestasi kerja dibayar',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      tahun: { type: 'integer', required: true, min: 2000, max: 2100 },
      triwulan: { type: 'integer', required: true, min: 1, max: 4 },
      /** "<tahun>:<triwulan>": unique index (database/migrations/001-indeks-inti.js) */
      kunci_unik: { type: 'string', required: true, maxLength: 10, configurable: false },
      terkunci: { type: 'boolean', required: true, default: true },
      dikunci_oleh: { type: 'string', maxLength: 100 },
      dikunci_pada: { type: 'datetime' },
      dibuka_oleh: { type: 'string', maxLength: 100 },
      dibuka_pada: { type: 'datetime' },
      alasan_buka: { type: 'text' },
    },
  },
};
