import WorkIcon from '@mui/icons-material/Work';
import { JabatanCreate } from './JabatanCreate';
import { JabatanEdit } from './JabatanEdit';
import { JabatanList } from './JabatanList';
import { JabatanShow } from './JabatanShow';

export { PohonJabatan } from './PohonJabatan';

export const list = JabatanList;
export const edit = JabatanEdit;
export const create = JabatanCreate;
export const show = JabatanShow;
export const icon = WorkIcon;

export default { list, edit, create, show, icon, recordRepresentation: 'nama' };
