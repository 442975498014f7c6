import { r, rBerkas } from './r';

/**
 * Rencana aksi, realisasi and capaian (realisasi of month M may be entered until day `batas_input_hari`,
 * 10, of month M+1, unless the penilai reopens it). `/api/rencana-aksi` and
 * `/api/rencana-aksi/:id/realisasi` are the external Rencana Aksi API of api.md (JWT or API token).
 */
export default [
  r('GET', '/rencana-aksi', 'rencana-aksi.daftar'),
  rBerkas('POST', '/rencana-aksi/:id/realisasi', 'rencana-aksi.isiRealisasi'),
  r('PUT', '/rencana-aksi/:id', 'rencana-aksi.ubah'),
  r('DELETE', '/rencana-aksi/:id', 'rencana-aksi.hapus'),
  r('POST', '/rencana-aksi/:id/pulihkan', 'rencana-aksi.pulihkan'),
  r('POST', '/rhk/:id/rencana-aksi', 'rencana-aksi.buat'),
  r('POST', '/realisasi/periksa', 'rencana-aksi.periksaMassal'),
  r('POST', '/realisasi/buka-input', 'rencana-aksi.bukaInput'),
  r('POST', '/realisasi/:id/periksa', 'rencana-aksi.periksa'),
  r('GET', '/capaian', 'rencana-aksi.capaian'),
  r('GET', '/statistik/rhk', 'rencana-aksi.statistikRhk'),
];
