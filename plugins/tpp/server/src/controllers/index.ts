import kunci from './kunci';
import presensi from './presensi';
import tpp from './tpp';
import dpa from './dpa';

export default { kunci, presensi, tpp, dpa };
