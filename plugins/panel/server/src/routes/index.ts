import { rute } from '@m-skp/inti';
import { skemaDaftarSumber } from './skema/panel';

/**
 * Content-API routes, mounted by Strapi under /api/panel. Specific paths come before /:resource. No data area:
 * each resource (and the token writes) decides who may act; the list query is the protocol's.
 */
const r = rute(null);

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      r('GET', '/statistik-pegawai', 'panel.statistikPegawai'),
      // API tokens: create and rotate answer the secret once; DELETE revokes (the row stays, DICABUT)
      r('POST', '/token-api', 'token-api.buat'),
      r('POST', '/token-api/:id/putar', 'token-api.putar'),
      r('DELETE', '/token-api/:id', 'token-api.cabut'),
      r('GET', '/:resource', 'panel.find', { skema: { query: skemaDaftarSumber } }),
      r('GET', '/:resource/:id', 'panel.findOne'),
      r('POST', '/:resource', 'panel.create'),
      r('PUT', '/:resource/:id', 'panel.update'),
      r('DELETE', '/:resource/:id', 'panel.delete'),
    ],
  },
};
