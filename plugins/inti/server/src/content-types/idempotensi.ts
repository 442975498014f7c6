/**
 * Stored answers of POSTs carrying an `Idempotency-Key` (quality.md): the same key from the same
 * caller returns the first answer and writes nothing again. `kunci_unik` = "<caller>:<route>:<key>"
 * carries a unique index, so two concurrent requests cannot both write.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'idempotensi',
    info: {
      singularName: 'idempotensi',
      pluralName: 'idempotensis',
      displayName: 'Idempotensi',
      description: 'Jawaban tersimpan untuk Idempotency-Key',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
    attributes: {
      kunci_unik: { type: 'string', required: true, maxLength: 400, configurable: false },
      status_http: { type: 'integer', required: true },
      jawaban: { type: 'json' },
      waktu: { type: 'datetime', required: true },
    },
  },
};
