import { snapshot } from './snapshot';
/**
 * Evaluation of one SKP for one period (domain.md §5): monthly (policy BULANAN), quarterly (TRIWULAN)
 * or annual (TAHUNAN, periode 0). The predikat is computed from the two ratings (domain/predikat.ts),
 * never taken from a request. `perilaku_source` PLT marks a perilaku rating that comes from the
 * pegawai's Plt evaluation of the same month (it replaces the definitive one; `rating_perilaku_asli`
 * keeps what this evaluation's penilai gave). One per (SKP, kind, period): `kunci_unik`
 * "<skpId>:<jenis>:<periode>" carries a unique index.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'evaluasi',
    info: {
      singularName: 'evaluasi',
      pluralName: 'evaluasis',
      displayName: 'Evaluasi Kinerja',
      description: 'Evaluasi kinerja periodik dan tahunan',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      skp: { type: 'relation', relation: 'manyToOne', target: 'plugin::kinerja.skp' },
      pegawai: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.pegawai' },
      tahun: { type: 'integer', required: true, min: 2000, max: 2100 },
      periode_jenis: {
        type: 'enumeration',
        enum: ['BULANAN', 'TRIWULAN', 'TAHUNAN'],
        required: true,
        default: 'BULANAN',
      },
      /** month 1–12, quarter 1–4, or 0 for the annual evaluation */
      periode: { type: 'integer', required: true, min: 0, max: 12 },
      kunci_unik: { type: 'string', required: true, maxLength: 60, configurable: false },
      rating_hasil: { type: 'integer', required: true, min: 1, max: 3 },
      rating_perilaku: { type: 'integer', required: true, min: 1, max: 3 },
      rating_perilaku_asli: { type: 'integer', min: 1, max: 3 },
      perilaku_source: { type: 'enumeration', enum: ['DEFINITIF', 'PLT'], required: true, default: 'DEFINITIF' },
      predikat_kode: { type: 'integer', required: true, min: 1, max: 5 },
      predikat_nama: { type: 'string', required: true, maxLength: 40 },
      predikat_siasn_id: { type: 'integer' },
      saran_rating_hasil: { type: 'integer', min: 1, max: 3 },
      capaian: { type: 'decimal' },
      formula: { type: 'string', maxLength: 30 },
      umpan_balik: { type: 'text' },
      /** [{rhk_id, umpan_balik}] */
      umpan_balik_rhk: { type: 'json' },
      /** [{kode (BerAKHLAK), umpan_balik}] */
      umpan_balik_perilaku: { type: 'json' },
      angka_kredit: { type: 'decimal' },
      /** the SKP as evaluated: {rhk: RHK/IKI in force, bulan: [{bulan, capaian, rhk}]} (the evaluation print shows it) */
      skp_dinilai: { type: 'json' },
      ...snapshot('pegawai'),
      ...snapshot('penilai'),
      penilai_sebagai: { type: 'enumeration', enum: ['DEFINITIF', 'PLT', 'PLH', 'PJ', 'ADMIN'] },
      penilai_pegawai: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.pegawai' },
      dinilai_pada: { type: 'datetime' },
    },
  },
};
