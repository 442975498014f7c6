import { rute } from '@m-skp/inti';
import { skemaSinkronPlt } from './skema/sinkron';

/**
 * Content-API routes (prefix '' : the path is the public contract of api.md, kept from when kinerja served it).
 * Roles get them through inti's `peran.pastikan` (cms/src/index.ts lists 'plt'); the caller's role must reach
 * the 'kinerja' area (the sync rewrites evaluations), the service then admits Admin BKPSDM only.
 */
const r = rute('kinerja');

export default {
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [r('POST', '/evaluasi/sinkron-plt', 'sinkron.jalankan', { skema: { body: skemaSinkronPlt } })],
  },
};
