import { rute } from '@m-skp/inti';
import * as s from './skema/evaluasi';

const r = rute('kinerja');

/**
 * Evaluation (the PLT perilaku sync route is plt's). Specific paths before the general ones. An evaluation's
 * body is parsed only after its nip passed (`tunda`).
 */
export default [
  r('GET', '/evaluasi/persiapan', 'evaluasi.persiapan', { skema: { query: s.skemaPersiapan } }),
  r('POST', '/evaluasi/tahunan', 'evaluasi.buatTahunan', { skema: { body: s.skemaEvaluasiTahunan }, tunda: true }),
  r('GET', '/evaluasi', 'evaluasi.daftar', { skema: { query: s.skemaDaftarEvaluasi } }),
  r('POST', '/evaluasi', 'evaluasi.buat', { skema: { body: s.skemaEvaluasiPeriodik }, tunda: true }),
];
