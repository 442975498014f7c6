import cetak from './cetak';

export default { cetak };
