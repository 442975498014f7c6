import { Box } from '@mui/material';
import { Labeled, ListButton, Show, TextField, TopToolbar } from 'react-admin';
import { TanggalField } from '../common/fields';
import { GalatRun } from './GalatRun';
import { DurasiField, JenisField, JumlahField, ModeField, PemicuField, SistemField, StatusField } from './bidang';

/** One run: what ran, when, who or which job, dry-run or apply, its counts, and every error with its reason. */
export const SyncLogShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ListButton />
      </TopToolbar>
    }
  >
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' }, gap: 2 }}>
        <Labeled source="sistem">
          <SistemField />
        </Labeled>
        <Labeled source="jenis">
          <JenisField />
        </Labeled>
        <Labeled source="dry_run">
          <ModeField />
        </Labeled>
        <Labeled source="status">
          <StatusField />
        </Labeled>
        <Labeled source="mulai">
          <TanggalField source="mulai" showTime />
        </Labeled>
        <Labeled source="selesai">
          <TanggalField source="selesai" showTime emptyText="-" />
        </Labeled>
        <Labeled source="durasi_ms">
          <DurasiField />
        </Labeled>
        <Labeled source="pemicu">
          <PemicuField />
        </Labeled>
        <Labeled source="tahun">
          <TextField source="tahun" emptyText="-" />
        </Labeled>
        <Labeled source="opd_nama">
          <TextField source="opd_nama" emptyText="-" />
        </Labeled>
        <Labeled source="jumlah">
          <JumlahField />
        </Labeled>
      </Box>
      <Labeled source="pesan">
        <TextField source="pesan" emptyText="-" />
      </Labeled>
      <GalatRun />
    </Box>
  </Show>
);
