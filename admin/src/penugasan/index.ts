import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { PenugasanCreate } from './PenugasanCreate';
import { PenugasanEdit } from './PenugasanEdit';
import { PenugasanList } from './PenugasanList';
import { PenugasanShow } from './PenugasanShow';

export const list = PenugasanList;
export const edit = PenugasanEdit;
export const create = PenugasanCreate;
export const show = PenugasanShow;
export const icon = AssignmentIndIcon;

export default {
  list,
  edit,
  create,
  show,
  icon,
  recordRepresentation: (record: { pegawai_nama?: string; jabatan_nama?: string }) =>
    `${record.pegawai_nama ?? ''} — ${record.jabatan_nama ?? ''}`,
};
