import cetak from './cetak';
import predikat from './predikat';

export default { cetak, predikat };
