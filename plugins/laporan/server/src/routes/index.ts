/**
 * Content-API routes at /api/cetak/* (prefix '' instead of /api/laporan: the print paths are the public
 * contract documented in the plugin README). Roles get them through inti's `peran.pastikan`.
 */
import { rute } from '@m-skp/inti';
import { skemaCetakSkp } from './skema/cetak';
import { skemaCetakSkpBulanan } from './skema/cetak-bulanan';
import { skemaCetakEvaluasi } from './skema/cetak-evaluasi';
import { skemaCetakPk, skemaPk } from './skema/pk';
import { skemaLaporanPredikat } from './skema/predikat';
import { skemaEksporTpp, skemaRiwayatTpp } from './skema/tpp';

const kinerja = rute('kinerja');
const tpp = rute('tpp');
const dpa = rute('dpa');
/** Public routes (no token): only GET /api/daerah, the regional identity the login page shows. */
const publik = rute(null);

export default {
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [
      kinerja('GET', '/cetak/rencana-skp', 'cetak.rencanaSkp', { skema: { query: skemaCetakSkp } }),
      kinerja('GET', '/cetak/lampiran-skp', 'cetak.lampiranSkp', { skema: { query: skemaCetakSkp } }),
      kinerja('GET', '/cetak/skp-bulanan', 'cetak.skpBulanan', { skema: { query: skemaCetakSkpBulanan } }),
      kinerja('GET', '/cetak/evaluasi', 'cetak.evaluasi', { skema: { query: skemaCetakEvaluasi } }),
      kinerja('GET', '/laporan/predikat', 'predikat.predikat', { skema: { query: skemaLaporanPredikat } }),
      tpp('GET', '/tpp/export', 'tpp.ekspor', { skema: { query: skemaEksporTpp } }),
      tpp('GET', '/tpp/riwayat', 'tpp.riwayat', { skema: { query: skemaRiwayatTpp } }),
      dpa('GET', '/pk', 'pk.ambil', { skema: { query: skemaPk } }),
      dpa('GET', '/cetak/perjanjian-kinerja', 'pk.cetak', { skema: { query: skemaCetakPk } }),
      publik('GET', '/daerah', 'daerah.identitas', { publik: true }),
    ],
  },
};
