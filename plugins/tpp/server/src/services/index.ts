import kunci from './kunci';
import presensi from './presensi';
import hitung from './hitung';
import tpp from './tpp';
import capaianMassal from './capaian-massal';

export default { kunci, presensi, hitung, tpp, capaianMassal };
