import skp from './skp';
import rhk from './rhk';
import iki from './iki';
import ekspektasiPerilaku from './ekspektasi-perilaku';
import riwayatValidasi from './riwayat-validasi';
import rencanaAksi from './rencana-aksi';
import realisasi from './realisasi';
import izinInput from './izin-input';
import sasaranOpd from './sasaran-opd';
import evaluasi from './evaluasi';
import predikatOrganisasi from './predikat-organisasi';

/** SKP plan content types: `plugin::kinerja.<name>`. */
export default {
  skp,
  rhk,
  iki,
  'ekspektasi-perilaku': ekspektasiPerilaku,
  'riwayat-validasi': riwayatValidasi,
  'rencana-aksi': rencanaAksi,
  realisasi,
  'izin-input': izinInput,
  'sasaran-opd': sasaranOpd,
  evaluasi,
  'predikat-organisasi': predikatOrganisasi,
};
