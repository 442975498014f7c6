import KeyIcon from '@mui/icons-material/Key';
import { TokenApiList } from './TokenApiList';

/** Resource `token-api` (Admin BKPSDM): list with create, rotate and revoke in dialogs. */
export default { list: TokenApiList, icon: KeyIcon, recordRepresentation: 'nama' };
