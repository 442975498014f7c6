import kebijakan from './kebijakan';
import audit from './audit';
import login from './login';
import sesi from './sesi';
import organisasi from './organisasi';
import cakupan from './cakupan';
import pengguna from './pengguna';
import migrasi from './migrasi';
import peran from './peran';
import periode from './periode';
import idempotensi from './idempotensi';
import kunciTugas from './kunci-tugas';
import pratinjauImpor from './pratinjau-impor';
import tokenApi from './token-api';
import adminStrapi from './admin-strapi';

export default {
  kebijakan,
  audit,
  login,
  sesi,
  organisasi,
  cakupan,
  pengguna,
  migrasi,
  peran,
  periode,
  idempotensi,
  'kunci-tugas': kunciTugas,
  'pratinjau-impor': pratinjauImpor,
  'token-api': tokenApi,
  'admin-strapi': adminStrapi,
};
