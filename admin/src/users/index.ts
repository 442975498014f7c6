import GroupIcon from '@mui/icons-material/Group';
import { UsersCreate } from './UsersCreate';
import { UsersEdit } from './UsersEdit';
import { UsersList } from './UsersList';

export const list = UsersList;
export const edit = UsersEdit;
export const create = UsersCreate;
export const icon = GroupIcon;

export default { list, edit, create, icon, recordRepresentation: 'username' };
