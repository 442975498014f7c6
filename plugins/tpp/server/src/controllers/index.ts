import kunci from './kunci';
import presensi from './presensi';
import tpp from './tpp';

export default { kunci, presensi, tpp };
