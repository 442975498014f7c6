import BadgeIcon from '@mui/icons-material/Badge';
import { PegawaiCreate } from './PegawaiCreate';
import { PegawaiEdit } from './PegawaiEdit';
import { PegawaiList } from './PegawaiList';
import { PegawaiShow } from './PegawaiShow';

export const list = PegawaiList;
export const edit = PegawaiEdit;
export const create = PegawaiCreate;
export const show = PegawaiShow;
export const icon = BadgeIcon;

export default { list, edit, create, show, icon, recordRepresentation: 'nama_lengkap' };
