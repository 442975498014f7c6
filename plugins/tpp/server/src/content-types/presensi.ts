/**
 * Monthly discipline summary of one pegawai (integrations.md Presensi; its deductions cut the TPP's beban kerja
 * part): late arrivals and early departures per minute bucket, days absent without leave, workdays, and an
 * active disciplinary sentence. Imported from Excel/CSV (preview, then confirm) or pushed by API. One per
 * (pegawai, year, month): `kunci_unik` "<pegawaiId>:<tahun>:<bulan>" carries a unique index.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'presensi',
    info: {
      singularName: 'presensi',
      pluralName: 'presensis',
      displayName: 'Presensi Bulanan',
      description: 'Rekap disiplin kehadiran bulanan per pegawai',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      pegawai: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.pegawai' },
      tahun: { type: 'integer', required: true, min: 2000, max: 2100 },
      bulan: { type: 'integer', required: true, min: 1, max: 12 },
      kunci_unik: { type: 'string', required: true, maxLength: 40, configurable: false },
      hari_kerja: { type: 'integer', min: 0, max: 31 },
      telat_1_30: { type: 'integer', required: true, default: 0, min: 0 },
      telat_31_60: { type: 'integer', required: true, default: 0, min: 0 },
      telat_61_90: { type: 'integer', required: true, default: 0, min: 0 },
      telat_91_atau_tanpa_rekam: { type: 'integer', required: true, default: 0, min: 0 },
      pulang_cepat_1_30: { type: 'integer', required: true, default: 0, min: 0 },
      pulang_cepat_31_60: { type: 'integer', required: true, default: 0, min: 0 },
      pulang_cepat_61_90: { type: 'integer', required: true, default: 0, min: 0 },
      pulang_cepat_91_atau_tanpa_rekam: { type: 'integer', required: true, default: 0, min: 0 },
      alpa_hari: { type: 'integer', required: true, default: 0, min: 0 },
      hukuman_disiplin_aktif: { type: 'boolean', required: true, default: false },
      sumber: { type: 'enumeration', enum: ['IMPOR', 'API', 'MANUAL'], required: true, default: 'IMPOR' },
      /** which import batch (or API client) wrote it */
      sumber_ref: { type: 'string', maxLength: 120 },
    },
  },
};
