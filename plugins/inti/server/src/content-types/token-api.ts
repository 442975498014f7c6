/**
 * API tokens of external systems (api.md "API tokens for external systems"), managed by BKPSDM in the
 * panel. Only the keyed hash of the secret is stored (HMAC-SHA256 under API_TOKEN_SALT); a revoked
 * token stays listed with `dicabut_pada`. Scopes and the routes they open: domain/token-api.ts.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'token_api',
    info: {
      singularName: 'token-api',
      pluralName: 'token-apis',
      displayName: 'Token API',
      description: 'Token sistem eksternal dengan cakupan',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
    attributes: {
      nama: { type: 'string', required: true, unique: true, maxLength: 100 },
      hash: { type: 'string', required: true, unique: true, maxLength: 64, private: true },
      cakupan: { type: 'json', required: true },
      /** limits the token to one OPD; kept as the code (an OPD that no longer exists then reaches nothing) */
      kode_opd: { type: 'string', maxLength: 40 },
      berlaku_sampai: { type: 'date' },
      dibuat_oleh: { type: 'string', maxLength: 100 },
      diputar_pada: { type: 'datetime' },
      terakhir_dipakai: { type: 'datetime' },
      dicabut_pada: { type: 'datetime' },
      dicabut_oleh: { type: 'string', maxLength: 100 },
    },
  },
};
