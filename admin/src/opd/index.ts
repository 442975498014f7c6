import ApartmentIcon from '@mui/icons-material/Apartment';
import { OpdCreate } from './OpdCreate';
import { OpdEdit } from './OpdEdit';
import { OpdList } from './OpdList';
import { OpdShow } from './OpdShow';

export const list = OpdList;
export const edit = OpdEdit;
export const create = OpdCreate;
export const show = OpdShow;
export const icon = ApartmentIcon;

export default { list, edit, create, show, icon, recordRepresentation: 'nama' };
