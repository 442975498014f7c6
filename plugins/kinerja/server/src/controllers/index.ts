import skp from './skp';
import rhk from './rhk';
import rencanaAksi from './rencana-aksi';
import bukti from './bukti';
import sasaranOpd from './sasaran-opd';
import evaluasi from './evaluasi';
import predikatOrganisasi from './predikat-organisasi';

export default {
  skp,
  rhk,
  'rencana-aksi': rencanaAksi,
  bukti,
  'sasaran-opd': sasaranOpd,
  evaluasi,
  'predikat-organisasi': predikatOrganisasi,
};
