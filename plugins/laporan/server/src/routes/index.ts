/**
 * Content-API routes at /api/cetak/* (prefix '' instead of /api/laporan: the print paths are the public
 * contract documented in the plugin README). Roles get them through inti's `peran.pastikan`.
 */
import { kebijakanRanah, type Ranah } from '@m-skp/inti';

/** A route of the given data area (peran.ts RANAH_PERAN): the role must reach it (policy plugin::inti.ranah). */
const r = (ranah: Ranah, method: string, path: string, handler: string) => ({ method, path, handler, config: { policies: [kebijakanRanah(ranah)] } });
/** A public route (no token): only GET /api/daerah, the regional identity the login page shows. */
const publik = (method: string, path: string, handler: string) => ({ method, path, handler, config: { auth: false as const, policies: [] } });

export default {
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [
      r('kinerja', 'GET', '/cetak/rencana-skp', 'cetak.rencanaSkp'),
      r('kinerja', 'GET', '/cetak/lampiran-skp', 'cetak.lampiranSkp'),
      r('kinerja', 'GET', '/cetak/skp-bulanan', 'cetak.skpBulanan'),
      r('kinerja', 'GET', '/cetak/evaluasi', 'cetak.evaluasi'),
      r('kinerja', 'GET', '/laporan/predikat', 'predikat.predikat'),
      r('tpp', 'GET', '/tpp/export', 'tpp.ekspor'),
      r('tpp', 'GET', '/tpp/riwayat', 'tpp.riwayat'),
      r('dpa', 'GET', '/pk', 'pk.ambil'),
      r('dpa', 'GET', '/cetak/perjanjian-kinerja', 'pk.cetak'),
      publik('GET', '/daerah', 'daerah.identitas'),
    ],
  },
};
