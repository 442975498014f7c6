import cetakSkp from './cetak-skp';
import laporanPredikat from './laporan-predikat';

export default { 'cetak-skp': cetakSkp, 'laporan-predikat': laporanPredikat };
