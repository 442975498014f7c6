import cetak from './cetak';
import predikat from './predikat';
import tpp from './tpp';
import pk from './pk';

export default { cetak, predikat, tpp, pk };
