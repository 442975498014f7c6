import { rute } from '@m-skp/inti';
import * as s from './skema/predikat-organisasi';

const r = rute('kinerja');

/** Predikat organisasi per OPD per month: read, set, finalise, BKPSDM's quota override. */
export default [
  r('GET', '/predikat-organisasi', 'predikat-organisasi.ambil', { skema: { query: s.skemaPeriodeOpd } }),
  r('PUT', '/predikat-organisasi', 'predikat-organisasi.tetapkan', { skema: { body: s.skemaTetapkan } }),
  r('POST', '/predikat-organisasi/final', 'predikat-organisasi.finalkan', { skema: { body: s.skemaPeriodeOpd } }),
  r('POST', '/predikat-organisasi/override', 'predikat-organisasi.override', { skema: { body: s.skemaOverride } }),
];
