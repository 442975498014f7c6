import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { SyncLogList } from './SyncLogList';
import { SyncLogShow } from './SyncLogShow';

/** Panel resource `sync-log` (plugins/integrasi): the eKAK/SIMPEG runs, read-only. */
export const list = SyncLogList;
export const show = SyncLogShow;
export const icon = ReceiptLongIcon;

export default { list, show, icon, recordRepresentation: 'mulai' };
