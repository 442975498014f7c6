import { r } from './r';

/** Predikat organisasi per OPD per month (domain.md §5): read, set, finalise, BKPSDM's quota override. */
export default [
  r('GET', '/predikat-organisasi', 'predikat-organisasi.ambil'),
  r('PUT', '/predikat-organisasi', 'predikat-organisasi.tetapkan'),
  r('POST', '/predikat-organisasi/final', 'predikat-organisasi.finalkan'),
  r('POST', '/predikat-organisasi/override', 'predikat-organisasi.override'),
];
