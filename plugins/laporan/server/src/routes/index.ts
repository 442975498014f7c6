/**
 * Content-API routes at /api/cetak/* (prefix '' instead of /api/laporan: the print paths are the public
 * contract documented in the plugin README). Roles get them through inti's `peran.pastikan`.
 */
const r = (method: string, path: string, handler: string) => ({ method, path, handler, config: { policies: [] } });
/** A public route (no token): only GET /api/daerah, the regional identity the login page shows. */
const publik = (method: string, path: string, handler: string) => ({ method, path, handler, config: { auth: false as const, policies: [] } });

export default {
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [r('GET', '/cetak/rencana-skp', 'cetak.rencanaSkp'), r('GET', '/cetak/lampiran-skp', 'cetak.lampiranSkp'), r('GET', '/cetak/skp-bulanan', 'cetak.skpBulanan'), r('GET', '/cetak/evaluasi', 'cetak.evaluasi'), r('GET', '/laporan/predikat', 'predikat.predikat'), r('GET', '/tpp/export', 'tpp.ekspor'), r('GET', '/tpp/riwayat', 'tpp.riwayat'), r('GET', '/pk', 'pk.ambil'), r('GET', '/cetak/perjanjian-kinerja', 'pk.cetak'), publik('GET', '/daerah', 'daerah.identitas')],
  },
};
