import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** The server's (or a client check's) message inside a dialog; nothing when there is none. */
export const PesanGalat = ({ pesan, testId, sx }: { pesan?: string | null; testId: string; sx?: object }) => {
  const translate = useTranslate();
  return pesan ? (
    <Alert severity="error" data-testid={testId} sx={sx}>
      {translate(pesan, { _: pesan })}
    </Alert>
  ) : null;
};

/** Cancel and the main action of a dialog (both wait while `sibuk`). */
export const TombolDialog = ({
  sibuk,
  batal = 'ra.action.cancel',
  label,
  nonaktif = false,
  ikon,
  testId,
  onBatal,
  onKirim,
}: {
  sibuk: boolean;
  batal?: string;
  label: string;
  nonaktif?: boolean;
  ikon?: ReactNode;
  testId: string;
  onBatal: () => void;
  onKirim: () => void;
}) => {
  const translate = useTranslate();
  return (
    <DialogActions>
      <Button onClick={onBatal} disabled={sibuk}>
        {translate(batal)}
      </Button>
      <Button variant="contained" startIcon={ikon} disabled={sibuk || nonaktif} onClick={onKirim} data-testid={testId}>
        {translate(label, { _: label })}
      </Button>
    </DialogActions>
  );
};

/** A dialog asking for one text (umpan balik, alasan); `wajib` = must not be empty. */
export const DialogTeks = ({
  open,
  judul,
  petunjuk,
  label,
  wajib = false,
  sibuk,
  galat,
  tombol,
  testId,
  onClose,
  onKirim,
}: {
  open: boolean;
  judul: string;
  petunjuk?: string;
  label: string;
  wajib?: boolean;
  sibuk: boolean;
  galat?: string | null;
  tombol: string;
  testId: string;
  onClose: () => void;
  onKirim: (teks: string) => void;
}) => {
  const [teks, setTeks] = useState('');
  return (
    <Dialog open={open} onClose={sibuk ? undefined : onClose} fullWidth maxWidth="sm" data-testid={testId}>
      <DialogTitle>{judul}</DialogTitle>
      <DialogContent>
        {petunjuk ? <DialogContentText sx={{ mb: 2 }}>{petunjuk}</DialogContentText> : null}
        <TextField
          label={label}
          value={teks}
          onChange={(event) => setTeks(event.target.value)}
          multiline
          minRows={3}
          fullWidth
          required={wajib}
          autoFocus
          slotProps={{ htmlInput: { 'data-testid': `${testId}-teks`, maxLength: 4000 } }}
        />
        <PesanGalat pesan={galat} testId={`${testId}-galat`} sx={{ mt: 2 }} />
      </DialogContent>
      <TombolDialog
        sibuk={sibuk}
        label={tombol}
        nonaktif={wajib && teks.trim() === ''}
        testId={`${testId}-kirim`}
        onBatal={onClose}
        onKirim={() => onKirim(teks)}
      />
    </Dialog>
  );
};
