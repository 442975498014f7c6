export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'riwayat_login',
    info: { singularName: 'riwayat-login', pluralName: 'riwayat-logins', displayName: 'Riwayat Login' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      user: { type: 'relation', relation: 'manyToOne', target: 'plugin::users-permissions.user' },
      identifier: { type: 'string', maxLength: 100 },
      berhasil: { type: 'boolean', required: true },
      alasan: { type: 'string', maxLength: 60 },
      ip: { type: 'string', maxLength: 60 },
      user_agent: { type: 'string', maxLength: 300 },
      waktu: { type: 'datetime', required: true },
    },
  },
};
