import kunci from './kunci';
import presensi from './presensi';
import hitung from './hitung';
import tpp from './tpp';
import capaianMassal from './capaian-massal';
import dpa from './dpa';

export default { kunci, presensi, hitung, tpp, capaianMassal, dpa };
