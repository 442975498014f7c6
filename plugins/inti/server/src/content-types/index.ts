import opd from './opd';
import jabatan from './jabatan';
import pegawai from './pegawai';
import penugasan from './penugasan';
import riwayatLogin from './riwayat-login';
import auditLog from './audit-log';
import kunciPeriode from './kunci-periode';
import idempotensi from './idempotensi';
import kunciTugas from './kunci-tugas';
import pratinjauImpor from './pratinjau-impor';
import tokenApi from './token-api';

/** Organisation and people: the base every other engine builds on. UIDs are `plugin::inti.<name>`. */
export default {
  opd,
  jabatan,
  pegawai,
  penugasan,
  'riwayat-login': riwayatLogin,
  'audit-log': auditLog,
  'kunci-periode': kunciPeriode,
  idempotensi,
  'kunci-tugas': kunciTugas,
  'pratinjau-impor': pratinjauImpor,
  'token-api': tokenApi,
};
