/**
 * One run of the PLT perilaku sync: when it ran, what started it, over which year (and month), who asked,
 * how many definitive evaluations got the Plt rating or got their own back, and which ones (`rincian`).
 * Written by the sync service only; read-only everywhere else.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'sinkron_plt',
    info: {
      singularName: 'sinkron-plt',
      pluralName: 'sinkron-plts',
      displayName: 'Sinkron PLT',
      description: 'Riwayat sinkronisasi perilaku PLT',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      mulai: { type: 'datetime', required: true },
      selesai: { type: 'datetime' },
      pemicu: { type: 'enumeration', enum: ['MANUAL', 'JADWAL', 'PENUGASAN', 'EVALUASI'], required: true },
      tahun: { type: 'integer', required: true, min: 2000, max: 2100 },
      bulan: { type: 'integer', min: 1, max: 12 },
      /** username (or NIP) of who asked; null for the system */
      oleh: { type: 'string', maxLength: 120 },
      diperiksa: { type: 'integer', default: 0 },
      jumlah_diterapkan: { type: 'integer', default: 0 },
      jumlah_dikembalikan: { type: 'integer', default: 0 },
      jumlah_ditahan: { type: 'integer', default: 0 },
      rincian: { type: 'json' },
      status: { type: 'enumeration', enum: ['SELESAI', 'GAGAL'], required: true, default: 'SELESAI' },
      galat: { type: 'text' },
    },
  },
};
