import { Box } from '@mui/material';
import {
  FunctionField,
  Labeled,
  ListButton,
  NumberField,
  Show,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { TanggalField } from '../common/fields';
import { PerubahanRun } from './PerubahanRun';

/** One run: when, why, by whom, its counts, and every evaluation it changed. */
export const SinkronPltShow = () => {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <ListButton />
        </TopToolbar>
      }
    >
      <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' }, gap: 2 }}>
          <Labeled source="mulai">
            <TanggalField source="mulai" showTime />
          </Labeled>
          <Labeled source="selesai">
            <TanggalField source="selesai" showTime emptyText="-" />
          </Labeled>
          <Labeled source="pemicu">
            <FunctionField source="pemicu" render={(r) => translate(`mskp.plt.pemicu.${r.pemicu}`)} />
          </Labeled>
          <Labeled source="oleh">
            <FunctionField source="oleh" render={(r) => r.oleh ?? translate('mskp.plt.sistem')} />
          </Labeled>
          <Labeled source="tahun">
            <TextField source="tahun" />
          </Labeled>
          <Labeled source="bulan">
            <TextField source="bulan" emptyText="-" />
          </Labeled>
          <Labeled source="status">
            <FunctionField source="status" render={(r) => translate(`mskp.plt.status.${r.status}`)} />
          </Labeled>
          <Labeled source="diperiksa">
            <NumberField source="diperiksa" />
          </Labeled>
          <Labeled source="jumlah_diterapkan">
            <NumberField source="jumlah_diterapkan" />
          </Labeled>
          <Labeled source="jumlah_dikembalikan">
            <NumberField source="jumlah_dikembalikan" />
          </Labeled>
          <Labeled source="jumlah_ditahan">
            <NumberField source="jumlah_ditahan" />
          </Labeled>
        </Box>
        <Labeled source="galat">
          <TextField source="galat" emptyText="-" />
        </Labeled>
        <PerubahanRun />
      </Box>
    </Show>
  );
};
