import { r } from './r';

/** Evaluation (the PLT perilaku sync route is plt's). Specific paths before the general ones. */
export default [
  r('GET', '/evaluasi/persiapan', 'evaluasi.persiapan'),
  r('POST', '/evaluasi/tahunan', 'evaluasi.buatTahunan'),
  r('GET', '/evaluasi', 'evaluasi.daftar'),
  r('POST', '/evaluasi', 'evaluasi.buat'),
];
