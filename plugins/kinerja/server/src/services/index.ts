import skp from './skp';
import rencana from './rencana';
import renaksi from './renaksi';
import realisasi from './realisasi';
import capaian from './capaian';
import statistik from './statistik';
import bukti from './bukti';
import sasaranOpd from './sasaran-opd';
import evaluasi from './evaluasi';
import predikatOrganisasi from './predikat-organisasi';
import versi from './versi';

export default {
  skp,
  rencana,
  renaksi,
  realisasi,
  capaian,
  statistik,
  bukti,
  'sasaran-opd': sasaranOpd,
  evaluasi,
  'predikat-organisasi': predikatOrganisasi,
  versi,
};
