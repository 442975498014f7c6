import SyncAltIcon from '@mui/icons-material/SyncAlt';
import { SinkronPltList } from './SinkronPltList';
import { SinkronPltShow } from './SinkronPltShow';

/** Panel resource `sinkron-plt` (plugins/plt): the PLT sync runs, read-only. */
export const list = SinkronPltList;
export const show = SinkronPltShow;
export const icon = SyncAltIcon;

export default { list, show, icon, recordRepresentation: 'mulai' };
