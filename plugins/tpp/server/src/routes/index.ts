/**
 * Content-API routes at /api/tpp/* (prefix '' with the full path, as in api.md). Every role gets the
 * endpoint permission through inti's `peran.pastikan`; who may lock or unlock is decided in the service.
 * Writes that are refused by role before their body is judged parse it when the controller reads it (`tunda`).
 */
import { rute } from '@m-skp/inti';
import * as dpa from './skema/dpa';
import * as kunci from './skema/kunci';
import * as presensi from './skema/presensi';
import * as tpp from './skema/tpp';

/** The lock states every screen reads belong to no data area. */
const umum = rute(null);
const rTpp = rute('tpp');
const rDpa = rute('dpa');
/** An attendance file with its period, judged after the role check. */
const imporPresensi = { berkas: true, skema: { body: presensi.skemaImpor }, tunda: true };

export default {
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [
      umum('GET', '/tpp/kunci', 'kunci.daftar', { skema: { query: kunci.skemaDaftar } }),
      umum('POST', '/tpp/kunci', 'kunci.kunci', { skema: { body: kunci.skemaKunci }, tunda: true }),
      umum('POST', '/tpp/buka', 'kunci.buka', { skema: { body: kunci.skemaBuka }, tunda: true }),
      rTpp('GET', '/tpp/presensi/template', 'presensi.templat', { skema: { query: presensi.skemaTemplat } }),
      rTpp('POST', '/tpp/presensi/impor', 'presensi.impor', imporPresensi),
      rTpp('POST', '/tpp/presensi/impor/:id/terapkan', 'presensi.terapkan'),
      rTpp('POST', '/tpp/presensi', 'presensi.dorong', { skema: { body: presensi.skemaDorong }, tunda: true }),
      rTpp('POST', '/tpp/hitung', 'tpp.hitung', { skema: { body: tpp.skemaHitung }, tunda: true }),
      rTpp('GET', '/tpp', 'tpp.daftar', { skema: { query: tpp.skemaDaftarTpp } }),
      rDpa('GET', '/dpa/template', 'dpa.templat'),
      rDpa('POST', '/dpa/impor', 'dpa.impor', { berkas: true, skema: { body: dpa.skemaDpa }, tunda: true }),
      rDpa('POST', '/dpa/impor/:id/terapkan', 'dpa.terapkan'),
      rDpa('GET', '/dpa', 'dpa.daftar', { skema: { query: dpa.skemaDpa } }),
    ],
  },
};
