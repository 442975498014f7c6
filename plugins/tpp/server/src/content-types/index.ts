import presensi from './presensi';
import tpp from './tpp';
import dpa from './dpa';

/** TPP content types: `plugin::tpp.<name>`. */
export default { presensi, tpp, dpa };
