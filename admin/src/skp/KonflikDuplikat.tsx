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
  TextField,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import type { SkpDetail } from '../dataProvider/types';
import { ALASAN_MIN, alasanCukup, konflikTerbuka } from './aturan';
import { pesanGagal, useMuatUlangSkp } from './kueri';

const AbaikanDialog = ({ skp, onClose, onSelesai }: { skp: SkpDetail; onClose: () => void; onSelesai: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useMskpDataProvider();
  const [alasan, setAlasan] = useState('');
  const [disentuh, setDisentuh] = useState(false);
  const cukup = alasanCukup(alasan);
  const kirim = useMutation({
    mutationFn: () => dataProvider.abaikanKonflikDuplikat(skp.id, alasan),
    onSuccess: () => {
      notify('mskp.skp.duplikat.diabaikan', { type: 'success' });
      onSelesai();
    },
  });
  const sibuk = kirim.isPending;
  const e = kirim.error as (Error & { body?: { errors?: Record<string, string> } }) | null;
  const galat = e ? { pesan: pesanGagal(e), alasan: e.body?.errors?.alasan } : null;
  const pesanAlasan =
    galat?.alasan ?? (disentuh && !cukup ? translate('mskp.skp.duplikat.alasan_min', { min: ALASAN_MIN }) : ' ');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="dialog-abaikan">
      <DialogTitle>{translate('mskp.skp.duplikat.abaikan_judul')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('mskp.skp.duplikat.abaikan_petunjuk')}</DialogContentText>
        <TextField
          label={translate('mskp.skp.duplikat.alasan')}
          value={alasan}
          onChange={(event) => setAlasan(event.target.value)}
          onBlur={() => setDisentuh(true)}
          multiline
          minRows={3}
          fullWidth
          required
          error={!!galat?.alasan || (disentuh && !cukup)}
          helperText={pesanAlasan}
          slotProps={{ htmlInput: { 'data-testid': 'duplikat-alasan', maxLength: 2000 } }}
        />
        {sibuk ? <LinearProgress sx={{ mt: 1 }} /> : null}
        {galat && !galat.alasan ? (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="duplikat-galat">
            {translate(galat.pesan, { _: galat.pesan })}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={sibuk}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          variant="contained"
          color="warning"
          disabled={!cukup || sibuk}
          data-testid="duplikat-kirim"
          onClick={() => kirim.mutate()}
        >
          {translate('mskp.skp.duplikat.kirim')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/**
 * The duplicate-indicator warning of the SKP screen: while the conflict is open, the blocking
 * warning and "Abaikan dengan alasan" (the server decides who may: Kepala OPD, Admin BKPSDM; 403
 * otherwise); once waived, who waived it and why.
 */
export const KonflikDuplikat = ({ skp }: { skp: SkpDetail }) => {
  const translate = useTranslate();
  const muatUlang = useMuatUlangSkp(skp.id);
  const [buka, setBuka] = useState(false);
  const diabaikan = skp.konflik_duplikat_diabaikan;
  if (skp.peringatan.length === 0 && !diabaikan) return null;
  if (!konflikTerbuka(skp)) {
    if (!diabaikan) return null;
    const oleh = [
      diabaikan.oleh_nama,
      diabaikan.sebagai ? `(${translate(`mskp.skp.sebagai.${diabaikan.sebagai}`, { _: diabaikan.sebagai })})` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return (
      <Alert severity="info" sx={{ mb: 2 }} data-testid="skp-konflik-diabaikan">
        <Box sx={{ whiteSpace: 'pre-wrap' }}>
          {translate('mskp.skp.duplikat.diabaikan_oleh', { oleh: oleh || '-', alasan: diabaikan.alasan })}
        </Box>
      </Alert>
    );
  }
  return (
    <>
      <Alert
        severity="warning"
        sx={{ mb: 2 }}
        data-testid="skp-peringatan"
        action={
          <Button color="inherit" size="small" data-testid="duplikat-abaikan" onClick={() => setBuka(true)}>
            {translate('mskp.skp.duplikat.abaikan')}
          </Button>
        }
      >
        {translate('mskp.skp.peringatan_duplikat')}
      </Alert>
      {buka ? (
        <AbaikanDialog
          skp={skp}
          onClose={() => setBuka(false)}
          onSelesai={() => {
            setBuka(false);
            void muatUlang();
          }}
        />
      ) : null}
    </>
  );
};
