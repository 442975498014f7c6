import SyncAltIcon from '@mui/icons-material/SyncAlt';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import AssignmentIcon from '@mui/icons-material/Assignment';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import ChecklistIcon from '@mui/icons-material/Checklist';
import EventNoteIcon from '@mui/icons-material/EventNote';
import AssessmentIcon from '@mui/icons-material/Assessment';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import FlagIcon from '@mui/icons-material/Flag';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import GradingIcon from '@mui/icons-material/Grading';
import RateReviewIcon from '@mui/icons-material/RateReview';
import StarsIcon from '@mui/icons-material/Stars';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ApartmentIcon from '@mui/icons-material/Apartment';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import BadgeIcon from '@mui/icons-material/Badge';
import DashboardIcon from '@mui/icons-material/Dashboard';
import GroupIcon from '@mui/icons-material/Group';
import HistoryIcon from '@mui/icons-material/History';
import HomeIcon from '@mui/icons-material/Home';
import InsightsIcon from '@mui/icons-material/Insights';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import PersonIcon from '@mui/icons-material/Person';
import WorkIcon from '@mui/icons-material/Work';
import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import PaymentsIcon from '@mui/icons-material/Payments';
import CalculateIcon from '@mui/icons-material/Calculate';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import KeyIcon from '@mui/icons-material/Key';
import type { SvgIconComponent } from '@mui/icons-material';
import type { AccessKey } from '../access';

export const MENU_ICONS: Record<AccessKey, SvgIconComponent> = {
  dashboard: DashboardIcon,
  beranda: HomeIcon,
  opd: ApartmentIcon,
  jabatan: WorkIcon,
  'jabatan-pohon': AccountTreeIcon,
  pegawai: BadgeIcon,
  penugasan: AssignmentIndIcon,
  users: GroupIcon,
  'aktivitas-pengguna': InsightsIcon,
  'riwayat-login': HistoryIcon,
  'audit-log': ManageSearchIcon,
  'statistik-pegawai': InsightsIcon,
  profil: PersonIcon,
  'penugasan-saya': WorkHistoryIcon,
  skp: AssignmentIcon,
  'skp-saya': AssignmentIcon,
  'persetujuan-skp': FactCheckIcon,
  'rencana-aksi-saya': EventNoteIcon,
  'pemeriksaan-realisasi': TaskAltIcon,
  'statistik-rhk': AssessmentIcon,
  'rencana-aksi': EventNoteIcon,
  realisasi: ChecklistIcon,
  'sasaran-opd': FlagIcon,
  'laporan-predikat': LeaderboardIcon,
  'penilaian-kinerja': RateReviewIcon,
  'evaluasi-saya': StarsIcon,
  evaluasi: GradingIcon,
  'sinkron-plt': SyncAltIcon,
  'sync-log': ReceiptLongIcon,
  'perhitungan-tpp': CalculateIcon,
  'impor-presensi': EventAvailableIcon,
  'dpa-pk': FactCheckIcon,
  tpp: PaymentsIcon,
  'tpp-saya': PaymentsIcon,
  'token-api': KeyIcon,
};
