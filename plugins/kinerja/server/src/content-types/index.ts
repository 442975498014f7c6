import skp from './skp';
import rhk from './rhk';
import iki from './iki';
import ekspektasiPerilaku from './ekspektasi-perilaku';
import riwayatValidasi from './riwayat-validasi';

/** SKP plan content types: `plugin::kinerja.<name>`. */
export default { skp, rhk, iki, 'ekspektasi-perilaku': ekspektasiPerilaku, 'riwayat-validasi': riwayatValidasi };
