import { rute } from '@m-skp/inti';
import * as s from './skema/rencana-aksi';

const r = rute('kinerja');
/** A realisasi comes as JSON or as a multipart form with its evidence files. */
const realisasi = { berkas: true, skema: { body: s.skemaRealisasi } };

/**
 * Rencana aksi, realisasi and capaian (realisasi of month M may be entered until day `batas_input_hari`,
 * 10, of month M+1, unless the penilai reopens it). `/api/rencana-aksi` and
 * `/api/rencana-aksi/:id/realisasi` are the external Rencana Aksi API of api.md (JWT or API token).
 */
export default [
  r('GET', '/rencana-aksi', 'rencana-aksi.daftar', { skema: { query: s.skemaDaftar } }),
  r('POST', '/rencana-aksi/:id/realisasi', 'rencana-aksi.isiRealisasi', realisasi),
  r('PUT', '/rencana-aksi/:id', 'rencana-aksi.ubah', { skema: { body: s.skemaUbahRenaksi } }),
  r('DELETE', '/rencana-aksi/:id', 'rencana-aksi.hapus'),
  r('POST', '/rencana-aksi/:id/pulihkan', 'rencana-aksi.pulihkan'),
  r('POST', '/rhk/:id/rencana-aksi', 'rencana-aksi.buat', { skema: { body: s.skemaBuatRenaksi } }),
  r('POST', '/realisasi/periksa', 'rencana-aksi.periksaMassal', { skema: { body: s.skemaPeriksaMassal } }),
  r('POST', '/realisasi/buka-input', 'rencana-aksi.bukaInput', { skema: { body: s.skemaBukaInput } }),
  r('POST', '/realisasi/:id/periksa', 'rencana-aksi.periksa', { skema: { body: s.skemaPeriksa } }),
  r('GET', '/capaian', 'rencana-aksi.capaian', { skema: { query: s.skemaCapaian } }),
  r('GET', '/statistik/rhk', 'rencana-aksi.statistikRhk', { skema: { query: s.skemaStatistikRhk } }),
];
