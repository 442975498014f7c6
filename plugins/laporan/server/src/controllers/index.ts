import cetak from './cetak';
import predikat from './predikat';
import tpp from './tpp';
import pk from './pk';
import daerah from './daerah';

export default { cetak, predikat, tpp, pk, daerah };
