export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'audit_log',
    info: {
      singularName: 'audit-log',
      pluralName: 'audit-logs',
      displayName: 'Jejak Audit',
      description: 'Catatan append-only setiap tindakan penting',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      waktu: { type: 'datetime', required: true },
      aktor_id: { type: 'integer' },
      aktor: { type: 'string', maxLength: 100 },
      bertindak_sebagai: { type: 'string', maxLength: 40 },
      aksi: { type: 'string', required: true, maxLength: 80 },
      objek_tipe: { type: 'string', maxLength: 80 },
      objek_id: { type: 'string', maxLength: 80 },
      sebelum: { type: 'json' },
      sesudah: { type: 'json' },
      keterangan: { type: 'text' },
      ip: { type: 'string', maxLength: 60 },
    },
  },
};
