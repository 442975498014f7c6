import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';

export const list = AuditLogList;
export const show = AuditLogShow;
export const icon = ManageSearchIcon;

export default { list, show, icon, recordRepresentation: 'aksi' };
