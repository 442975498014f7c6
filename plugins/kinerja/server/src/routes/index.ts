/**
 * Content-API routes at /api/skp, /api/rhk, /api/iki (prefix '' instead of /api/kinerja: these paths
 * are the public contract of api.md). Ids are documentIds. Specific paths before /:id. Every route of this
 * plugin is performance data: the caller's role must reach the 'kinerja' area.
 */
import { rute } from '@m-skp/inti';
import * as s from './skema/skp';
import ruteRencanaAksi from './rencana-aksi';
import ruteBukti from './bukti';
import ruteSasaranOpd from './sasaran-opd';
import ruteEvaluasi from './evaluasi';
import rutePredikatOrganisasi from './predikat-organisasi';

const r = rute('kinerja');

export default {
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [
      r('GET', '/skp/rhk-atasan', 'skp.rhkAtasan', { skema: { query: s.skemaQueryRhkAtasan } }),
      r('POST', '/skp', 'skp.buat', { skema: { body: s.skemaBuatSkp } }),
      r('GET', '/skp/:id', 'skp.ambil'),
      r('PUT', '/skp/:id', 'skp.ubah', { skema: { body: s.skemaUbahSkp } }),
      r('POST', '/skp/:id/ajukan', 'skp.ajukan', { skema: { body: s.skemaTransisi } }),
      r('POST', '/skp/:id/setujui', 'skp.setujui', { skema: { body: s.skemaTransisi } }),
      r('POST', '/skp/:id/tolak', 'skp.tolak', { skema: { body: s.skemaTransisi } }),
      r('POST', '/skp/:id/abaikan-konflik-duplikat', 'skp.abaikanKonflik', { skema: { body: s.skemaAbaikanKonflik } }),
      r('GET', '/skp/:id/riwayat', 'skp.riwayat'),
      r('PUT', '/skp/:id/ekspektasi', 'skp.ekspektasi', { skema: { body: s.skemaEkspektasi } }),
      r('POST', '/skp/:id/rhk', 'skp.buatRhk', { skema: { body: s.skemaBuatRhk } }),
      r('PUT', '/rhk/:id', 'rhk.ubah', { skema: { body: s.skemaUbahRhk } }),
      r('DELETE', '/rhk/:id', 'rhk.hapus'),
      r('POST', '/rhk/:id/revisi', 'rhk.revisi', { skema: { body: s.skemaTransisi } }),
      r('POST', '/rhk/:id/ajukan', 'rhk.ajukan', { skema: { body: s.skemaTransisi } }),
      r('POST', '/rhk/:id/setujui', 'rhk.setujui', { skema: { body: s.skemaTransisi } }),
      r('POST', '/rhk/:id/tolak', 'rhk.tolak', { skema: { body: s.skemaTransisi } }),
      r('POST', '/rhk/:id/iki', 'rhk.buatIki', { skema: { body: s.skemaBuatIki } }),
      r('PUT', '/iki/:id', 'rhk.ubahIki', { skema: { body: s.skemaUbahIki } }),
      r('DELETE', '/iki/:id', 'rhk.hapusIki'),
      ...ruteRencanaAksi,
      ...ruteBukti,
      ...ruteSasaranOpd,
      ...ruteEvaluasi,
      ...rutePredikatOrganisasi,
    ],
  },
};
