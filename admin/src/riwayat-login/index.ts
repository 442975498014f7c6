import HistoryIcon from '@mui/icons-material/History';
import { RiwayatLoginList } from './RiwayatLoginList';

export const list = RiwayatLoginList;
export const icon = HistoryIcon;

export default { list, icon, recordRepresentation: 'identifier' };
