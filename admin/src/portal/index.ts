export { Beranda } from './Beranda';
export { GantiKataSandi } from './GantiKataSandi';
export { PenugasanSaya } from './PenugasanSaya';
export { PortalLayout } from './PortalLayout';
export { ProfilSaya } from './ProfilSaya';
export { PersetujuanSkp } from './PersetujuanSkp';
export { SkpSaya } from './SkpSaya';
