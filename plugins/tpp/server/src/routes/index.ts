/**
 * Content-API routes at /api/tpp/* (prefix '' with the full path, as in api.md). Every role gets the
 * endpoint permission through inti's `peran.pastikan`; who may lock or unlock is decided in the service.
 */
import { MIDDLEWARE_MULTIPART } from '@m-skp/inti/dist/server/middlewares/multipart';

const r = (method: string, path: string, handler: string) => ({ method, path, handler, config: { policies: [] } });
/** A route that takes files: multipart parsed after authorisation (inti `multipart`), temp files removed at the end. */
const rBerkas = (method: string, path: string, handler: string) => ({ method, path, handler, config: { policies: [], middlewares: [MIDDLEWARE_MULTIPART] } });

export default {
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [r('GET', '/tpp/kunci', 'kunci.daftar'), r('POST', '/tpp/kunci', 'kunci.kunci'), r('POST', '/tpp/buka', 'kunci.buka'), r('GET', '/tpp/presensi/template', 'presensi.templat'), rBerkas('POST', '/tpp/presensi/impor', 'presensi.impor'), r('POST', '/tpp/presensi/impor/:id/terapkan', 'presensi.terapkan'), r('POST', '/tpp/presensi', 'presensi.dorong'), r('POST', '/tpp/hitung', 'tpp.hitung'), r('GET', '/tpp', 'tpp.daftar'), r('GET', '/dpa/template', 'dpa.templat'), rBerkas('POST', '/dpa/impor', 'dpa.impor'), r('POST', '/dpa/impor/:id/terapkan', 'dpa.terapkan'), r('GET', '/dpa', 'dpa.daftar')],
  },
};
