import { rute } from '@m-skp/inti';
import { skemaMonitorSimpeg } from './skema/monitor';

/**
 * Content-API routes (prefix '': the paths are the public contract of api.md). Roles get them through inti's
 * `peran.pastikan` (cms/src/index.ts lists 'integrasi'); the service then admits Admin BKPSDM and Admin OPD only.
 */
const r = rute('induk');

export default {
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [
      r('GET', '/integrasi/status', 'status.lihat'),
      r('GET', '/integrasi/simpeg/monitor', 'monitor.lihat', { skema: { query: skemaMonitorSimpeg } }),
    ],
  },
};
