export { Beranda } from './Beranda';
export { GantiKataSandi } from './GantiKataSandi';
export { PenugasanSaya } from './PenugasanSaya';
export { ProfilSaya } from './ProfilSaya';
