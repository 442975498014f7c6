import cetak from './cetak';
import predikat from './predikat';
import tpp from './tpp';

export default { cetak, predikat, tpp };
