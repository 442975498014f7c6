import cetakSkp from './cetak-skp';

export default { 'cetak-skp': cetakSkp };
