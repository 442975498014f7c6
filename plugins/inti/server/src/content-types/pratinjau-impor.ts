/**
 * A file import's preview, kept in the database between the upload and its confirmation (so a
 * confirmation survives a restart and works behind several server processes). Generic: `jenis` names
 * the import (e.g. `DPA`), `pemilik` the uploader (`user:<id>` or `token:<name>`), `parameter` what
 * the confirmation needs (year, OPD…). Expired rows are removed by the service `pratinjau-impor`.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'pratinjau_impor',
    info: {
      singularName: 'pratinjau-impor',
      pluralName: 'pratinjau-impors',
      displayName: 'Pratinjau impor',
      description: 'Pratinjau berkas impor yang menunggu konfirmasi',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
    attributes: {
      jenis: { type: 'string', required: true, maxLength: 40 },
      pemilik: { type: 'string', required: true, maxLength: 160 },
      parameter: { type: 'json' },
      diterima: { type: 'json' },
      ditolak: { type: 'json' },
      nama_berkas: { type: 'string', maxLength: 250 },
      kedaluwarsa: { type: 'datetime', required: true },
    },
  },
};
