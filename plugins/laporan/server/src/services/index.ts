import cetakSkp from './cetak-skp';
import cetakSkpBulanan from './cetak-skp-bulanan';
import cetakEvaluasi from './cetak-evaluasi';
import laporanPredikat from './laporan-predikat';
import eksporTpp from './ekspor-tpp';
import cetakPk from './cetak-pk';
import daerah from './daerah';

export default {
  'cetak-skp': cetakSkp,
  'cetak-skp-bulanan': cetakSkpBulanan,
  'cetak-evaluasi': cetakEvaluasi,
  'laporan-predikat': laporanPredikat,
  'ekspor-tpp': eksporTpp,
  'cetak-pk': cetakPk,
  daerah,
};
