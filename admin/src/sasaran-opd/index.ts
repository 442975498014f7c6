import FlagIcon from '@mui/icons-material/Flag';
import { SasaranOpdCreate } from './SasaranOpdCreate';
import { SasaranOpdEdit } from './SasaranOpdEdit';
import { SasaranOpdList } from './SasaranOpdList';
import { SasaranOpdShow } from './SasaranOpdShow';

/** OPD-level sasaran/PK: the reference of the Kepala OPD's duplicate-indicator check. */
export const list = SasaranOpdList;
export const edit = SasaranOpdEdit;
export const create = SasaranOpdCreate;
export const show = SasaranOpdShow;
export const icon = FlagIcon;

export default { list, edit, create, show, icon, recordRepresentation: 'sasaran' };
