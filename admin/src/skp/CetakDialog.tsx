import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  Stack,
  TextField,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import type { JenisCetakSkp, Kertas } from '../dataProvider/types';
import { hariIniJakarta } from './aturan';
import { pesanGagal } from './kueri';
import { simpanBerkas } from '../common/berkas';
import { PilihanNative } from '../common/PilihanNative';
import { useDaerah } from '../common/useIdentity';

const CetakForm = ({ skpId, onClose }: { skpId: string; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useMskpDataProvider();
  const [jenis, setJenis] = useState<JenisCetakSkp>('rencana-skp');
  const [tanggal, setTanggal] = useState(() => hariIniJakarta());
  const { tempat_default } = useDaerah();
  // null = not edited: follows the region's default from /api/users/me (policy `daerah`)
  const [tempatDiubah, setTempat] = useState<string | null>(null);
  const tempat = tempatDiubah ?? tempat_default;
  const [kertas, setKertas] = useState<Kertas>('A4');
  const kurang = !tanggal || !tempat.trim();

  const unduh = useMutation({
    mutationFn: () => dataProvider.cetakSkp({ skp: skpId, jenis, tanggal, tempat: tempat.trim(), kertas }),
    onSuccess: ({ blob, namaBerkas }) => {
      simpanBerkas(blob, namaBerkas);
      notify('mskp.skp.cetak.berhasil', { type: 'success', messageArgs: { nama: namaBerkas } });
    },
  });
  const sibuk = unduh.isPending;
  const e = unduh.error as (Error & { body?: { errors?: Record<string, string> } }) | null;
  const galat = e ? { pesan: pesanGagal(e), field: e.body?.errors } : null;

  const fieldError = (nama: string) => galat?.field?.[nama];

  return (
    <>
      <DialogTitle>{translate('mskp.skp.cetak.judul')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('mskp.skp.cetak.petunjuk')}</DialogContentText>
        <Stack spacing={2}>
          <PilihanNative<JenisCetakSkp>
            label={translate('mskp.skp.cetak.dokumen')}
            value={jenis}
            onChange={setJenis}
            fullWidth
            labelMengecil
            pilihan={[
              { id: 'rencana-skp', name: translate('mskp.skp.cetak.rencana_skp') },
              { id: 'lampiran-skp', name: translate('mskp.skp.cetak.lampiran_skp') },
            ]}
            testId="cetak-jenis"
          />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
            <TextField
              label={translate('mskp.skp.cetak.tempat')}
              value={tempat}
              onChange={(event) => setTempat(event.target.value)}
              required
              error={!!fieldError('tempat') || !tempat.trim()}
              helperText={fieldError('tempat') ?? (!tempat.trim() ? translate('mskp.skp.cetak.tempat_wajib') : ' ')}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'cetak-tempat', maxLength: 60 } }}
            />
            <TextField
              type="date"
              label={translate('mskp.skp.cetak.tanggal')}
              value={tanggal}
              onChange={(event) => setTanggal(event.target.value)}
              required
              error={!!fieldError('tanggal') || !tanggal}
              helperText={fieldError('tanggal') ?? (!tanggal ? translate('mskp.skp.cetak.tanggal_wajib') : ' ')}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'cetak-tanggal' } }}
            />
          </Box>
          <PilihanNative<Kertas>
            label={translate('mskp.skp.cetak.kertas')}
            value={kertas}
            onChange={setKertas}
            fullWidth
            labelMengecil
            error={!!fieldError('kertas')}
            helperText={fieldError('kertas')}
            pilihan={[
              { id: 'A4', name: translate('mskp.skp.cetak.kertas_a4') },
              { id: 'F4', name: translate('mskp.skp.cetak.kertas_f4') },
            ]}
            testId="cetak-kertas"
          />
          {sibuk ? (
            <Box data-testid="cetak-progres">
              <LinearProgress />
              <Box sx={{ mt: 1, typography: 'body2', color: 'text.secondary' }}>
                {translate('mskp.skp.cetak.menyiapkan')}
              </Box>
            </Box>
          ) : null}
          {galat ? (
            <Alert severity="error" data-testid="cetak-galat" data-field={Object.keys(galat.field ?? {}).join(',')}>
              {translate(galat.pesan, { _: galat.pesan })}
            </Alert>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={sibuk}>
          {translate('ra.action.close')}
        </Button>
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          disabled={kurang || sibuk}
          data-testid="cetak-unduh"
          onClick={() => unduh.mutate()}
        >
          {translate('mskp.skp.cetak.unduh')}
        </Button>
      </DialogActions>
    </>
  );
};

/** The "Cetak" button of the SKP screen and its dialog (Rencana / Lampiran SKP as PDF). */
export const CetakSkp = ({ skpId }: { skpId: string }) => {
  const translate = useTranslate();
  const [buka, setBuka] = useState(false);
  return (
    <>
      <Button variant="outlined" startIcon={<PrintIcon />} data-testid="skp-cetak" onClick={() => setBuka(true)}>
        {translate('mskp.skp.cetak.tombol')}
      </Button>
      <Dialog open={buka} onClose={() => setBuka(false)} fullWidth maxWidth="sm" data-testid="dialog-cetak">
        {buka ? <CetakForm skpId={skpId} onClose={() => setBuka(false)} /> : null}
      </Dialog>
    </>
  );
};
