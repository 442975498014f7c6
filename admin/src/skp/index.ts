import AssignmentIcon from '@mui/icons-material/Assignment';
import { SkpDetail } from './SkpDetail';
import { SkpList } from './SkpList';

export { SkpDetail } from './SkpDetail';
export { StatusSkpChip } from './komponen';
export { PersetujuanSkp } from './PersetujuanSkp';
export { SkpSaya } from './SkpSaya';

export const list = SkpList;
export const show = SkpDetail;
export const icon = AssignmentIcon;

export default { list, show, icon, recordRepresentation: 'pegawai_nama' };
