/**
 * Content-API routes at /api/skp, /api/rhk, /api/iki (prefix '' instead of /api/kinerja: these paths
 * are the public contract of api.md). Ids are documentIds. Specific paths before /:id.
 */
import { r } from './r';
import ruteRencanaAksi from './rencana-aksi';
import ruteBukti from './bukti';
import ruteSasaranOpd from './sasaran-opd';
import ruteEvaluasi from './evaluasi';
import rutePredikatOrganisasi from './predikat-organisasi';

export default {
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [
      r('GET', '/skp/rhk-atasan', 'skp.rhkAtasan'),
      r('POST', '/skp', 'skp.buat'),
      r('GET', '/skp/:id', 'skp.ambil'),
      r('PUT', '/skp/:id', 'skp.ubah'),
      r('POST', '/skp/:id/ajukan', 'skp.ajukan'),
      r('POST', '/skp/:id/setujui', 'skp.setujui'),
      r('POST', '/skp/:id/tolak', 'skp.tolak'),
      r('POST', '/skp/:id/abaikan-konflik-duplikat', 'skp.abaikanKonflik'),
      r('GET', '/skp/:id/riwayat', 'skp.riwayat'),
      r('PUT', '/skp/:id/ekspektasi', 'skp.ekspektasi'),
      r('POST', '/skp/:id/rhk', 'skp.buatRhk'),
      r('PUT', '/rhk/:id', 'rhk.ubah'),
      r('DELETE', '/rhk/:id', 'rhk.hapus'),
      r('POST', '/rhk/:id/revisi', 'rhk.revisi'),
      r('POST', '/rhk/:id/ajukan', 'rhk.ajukan'),
      r('POST', '/rhk/:id/setujui', 'rhk.setujui'),
      r('POST', '/rhk/:id/tolak', 'rhk.tolak'),
      r('POST', '/rhk/:id/iki', 'rhk.buatIki'),
      r('PUT', '/iki/:id', 'rhk.ubahIki'),
      r('DELETE', '/iki/:id', 'rhk.hapusIki'),
      ...ruteRencanaAksi,
      ...ruteBukti,
      ...ruteSasaranOpd,
      ...ruteEvaluasi,
      ...rutePredikatOrganisasi,
    ],
  },
};
