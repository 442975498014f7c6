/** Validation history of SKP and RHK (append-only; written by the workflow service only). */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'riwayat_validasi',
    info: {
      singularName: 'riwayat-validasi',
      pluralName: 'riwayat-validasis',
      displayName: 'Riwayat Validasi',
      description: 'Riwayat transisi SKP dan RHK',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      objek_tipe: { type: 'enumeration', enum: ['SKP', 'RHK'], required: true },
      objek_id: { type: 'string', required: true, maxLength: 40 },
      skp: { type: 'relation', relation: 'manyToOne', target: 'plugin::kinerja.skp' },
      dari: { type: 'string', maxLength: 20 },
      ke: { type: 'string', required: true, maxLength: 20 },
      aksi: { type: 'string', maxLength: 30 },
      aktor_nip: { type: 'string', maxLength: 100 },
      aktor_nama: { type: 'string', maxLength: 250 },
      bertindak_sebagai: { type: 'enumeration', enum: ['DEFINITIF', 'PLT', 'PLH', 'PJ', 'ADMIN'], required: true },
      catatan: { type: 'text' },
      waktu: { type: 'datetime', required: true },
    },
  },
};
