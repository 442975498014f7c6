import { r } from './r';

/** Evaluation and the PLT perilaku sync (a Plt's perilaku of a month replaces his definitive one). Specific paths before the general ones. */
export default [
  r('GET', '/evaluasi/persiapan', 'evaluasi.persiapan'),
  r('POST', '/evaluasi/tahunan', 'evaluasi.buatTahunan'),
  r('POST', '/evaluasi/sinkron-plt', 'evaluasi.sinkronPlt'),
  r('GET', '/evaluasi', 'evaluasi.daftar'),
  r('POST', '/evaluasi', 'evaluasi.buat'),
];
