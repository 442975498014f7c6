/**
 * Content-API routes at /api/tpp/* (prefix '' with the full path, as in api.md). Every role gets the
 * endpoint permission through inti's `peran.pastikan`; who may lock or unlock is decided in the service.
 */
import { MIDDLEWARE_MULTIPART, kebijakanRanah, type Ranah } from '@m-skp/inti';

/**
 * A route of a data area (peran.ts RANAH_PERAN; policy plugin::inti.ranah), or of none (the lock states every
 * screen reads). `berkas`: the route takes files, its multipart body parsed after authorisation (inti
 * `multipart`), temp files removed at the end.
 */
const r = (ranah: Ranah | null, method: string, path: string, handler: string, berkas = false) => ({
  method,
  path,
  handler,
  config: { policies: ranah ? [kebijakanRanah(ranah)] : [], ...(berkas ? { middlewares: [MIDDLEWARE_MULTIPART] } : {}) },
});

export default {
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [
      r(null, 'GET', '/tpp/kunci', 'kunci.daftar'),
      r(null, 'POST', '/tpp/kunci', 'kunci.kunci'),
      r(null, 'POST', '/tpp/buka', 'kunci.buka'),
      r('tpp', 'GET', '/tpp/presensi/template', 'presensi.templat'),
      r('tpp', 'POST', '/tpp/presensi/impor', 'presensi.impor', true),
      r('tpp', 'POST', '/tpp/presensi/impor/:id/terapkan', 'presensi.terapkan'),
      r('tpp', 'POST', '/tpp/presensi', 'presensi.dorong'),
      r('tpp', 'POST', '/tpp/hitung', 'tpp.hitung'),
      r('tpp', 'GET', '/tpp', 'tpp.daftar'),
      r('dpa', 'GET', '/dpa/template', 'dpa.templat'),
      r('dpa', 'POST', '/dpa/impor', 'dpa.impor', true),
      r('dpa', 'POST', '/dpa/impor/:id/terapkan', 'dpa.terapkan'),
      r('dpa', 'GET', '/dpa', 'dpa.daftar'),
    ],
  },
};
