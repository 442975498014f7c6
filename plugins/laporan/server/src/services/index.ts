import cetakSkp from './cetak-skp';
import cetakSkpBulanan from './cetak-skp-bulanan';
import laporanPredikat from './laporan-predikat';

export default { 'cetak-skp': cetakSkp, 'cetak-skp-bulanan': cetakSkpBulanan, 'laporan-predikat': laporanPredikat };
