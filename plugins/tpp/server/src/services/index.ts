import kunci from './kunci';
import presensi from './presensi';
import hitung from './hitung';
import tpp from './tpp';

export default { kunci, presensi, hitung, tpp };
