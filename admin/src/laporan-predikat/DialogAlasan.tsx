import { PilihanNative } from '../common/PilihanNative';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { KodePredikatOrganisasi, PredikatOrganisasi } from '../dataProvider/laporanPredikat';
import { alasanCukup, K } from './aturan';

/** A dialog asking for a written reason (set/change predikat, BKPSDM override). */
export const DialogAlasan = ({
  buka,
  judul,
  petunjuk,
  pilihan,
  awal,
  onTutup,
  onKirim,
  children,
}: {
  buka: boolean;
  judul: string;
  petunjuk?: string;
  pilihan?: PredikatOrganisasi['pilihan'];
  awal?: KodePredikatOrganisasi | null;
  onTutup: () => void;
  onKirim: (alasan: string, predikat?: KodePredikatOrganisasi) => Promise<void>;
  children?: ReactNode;
}) => {
  const translate = useTranslate();
  const [alasan, setAlasan] = useState('');
  const [predikat, setPredikat] = useState<KodePredikatOrganisasi | ''>(awal ?? '');
  const kirim = useMutation({
    mutationFn: () => onKirim(alasan.trim(), predikat || undefined),
    onSuccess: onTutup,
  });
  const { reset } = kirim;
  useEffect(() => {
    if (buka) {
      setAlasan('');
      setPredikat(awal ?? '');
      reset();
    }
  }, [buka, awal, reset]);
  const galat = kirim.error ? kirim.error.message || 'ra.notification.http_error' : null;
  return (
    <Dialog open={buka} onClose={onTutup} fullWidth maxWidth="sm">
      <DialogTitle>{judul}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {petunjuk ? <DialogContentText>{petunjuk}</DialogContentText> : null}
          {children}
          {pilihan ? (
            <PilihanNative<KodePredikatOrganisasi>
              label={translate(`${K}predikat`)}
              value={predikat}
              onChange={setPredikat}
              testId="predikat-pilih"
              kosong="—"
              pilihan={pilihan.map((p) => ({ id: p.kode, name: p.nama }))}
            />
          ) : null}
          <TextField
            label={translate(`${K}alasan`)}
            value={alasan}
            onChange={(event) => setAlasan(event.target.value)}
            multiline
            minRows={3}
            helperText={translate(`${K}alasan_petunjuk`)}
            slotProps={{ htmlInput: { 'data-testid': 'predikat-alasan', maxLength: 2000 } }}
          />
          {galat ? <Alert severity="error">{translate(galat, { _: galat })}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onTutup}>{translate(`${K}batal`)}</Button>
        <Button
          variant="contained"
          disabled={kirim.isPending || !alasanCukup(alasan) || (!!pilihan && !predikat)}
          onClick={() => kirim.mutate()}
          data-testid="predikat-kirim"
        >
          {translate(`${K}simpan`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
