import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { KeputusanInput, SnapshotPejabat } from '../dataProvider/types';
import { formatNip } from '../util/format';
import { warnaStatus } from './aturan';

export const StatusSkpChip = ({ status, testId }: { status: string | null | undefined; testId?: string }) => {
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      color={warnaStatus(status)}
      data-testid={testId}
      data-status={status}
      label={translate(`mskp.skp.status.${status}`, { _: status })}
    />
  );
};

/** The prefix of an acting post holder's title. */
export const PREFIX: Record<string, string> = { PLT: 'Plt. ', PLH: 'Plh. ', PJ: 'Pj. ' };

/** One official of the SKP (pegawai, penilai, atasan penilai) from its snapshot. */
export const Pejabat = ({ judul, orang, testId }: { judul: string; orang: SnapshotPejabat | null; testId: string }) => {
  const translate = useTranslate();
  return (
    <Box data-testid={testId} sx={{ minWidth: 0 }}>
      <Typography variant="overline" color="text.secondary">
        {translate(judul)}
      </Typography>
      {orang ? (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {orang.nama}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {orang.nip ? formatNip(orang.nip) : '-'}
          </Typography>
          <Typography variant="body2">
            {orang.sebagai ? (PREFIX[orang.sebagai] ?? '') : ''}
            {orang.jabatan ?? '-'}
          </Typography>
          {orang.unit ? (
            <Typography variant="caption" color="text.secondary">
              {orang.unit}
            </Typography>
          ) : null}
        </>
      ) : (
        <Typography variant="body2">-</Typography>
      )}
    </Box>
  );
};

/**
 * Approve or reject (SKP or one RHK revision): a note (mandatory to reject) and, for an Admin BKPSDM
 * acting instead of the penilai, the written reason.
 */
export const KeputusanDialog = ({
  open,
  judul,
  petunjuk,
  wajibCatatan,
  sebagaiAdmin,
  sibuk,
  onClose,
  onKirim,
  testId,
}: {
  open: boolean;
  judul: string;
  petunjuk: string;
  wajibCatatan: boolean;
  sebagaiAdmin: boolean;
  sibuk: boolean;
  onClose: () => void;
  onKirim: (input: KeputusanInput) => void;
  testId: string;
}) => {
  const translate = useTranslate();
  const [catatan, setCatatan] = useState('');
  const [alasan, setAlasan] = useState('');
  const kurang = (wajibCatatan && !catatan.trim()) || (sebagaiAdmin && !alasan.trim());
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid={testId}>
      <DialogTitle>{translate(judul)}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate(petunjuk)}</DialogContentText>
        <TextField
          label={translate('mskp.skp.catatan')}
          value={catatan}
          onChange={(event) => setCatatan(event.target.value)}
          multiline
          minRows={3}
          fullWidth
          required={wajibCatatan}
          slotProps={{ htmlInput: { 'data-testid': `${testId}-catatan`, maxLength: 2000 } }}
        />
        {sebagaiAdmin ? (
          <TextField
            label={translate('mskp.skp.alasan_admin')}
            value={alasan}
            onChange={(event) => setAlasan(event.target.value)}
            multiline
            minRows={2}
            fullWidth
            required
            sx={{ mt: 2 }}
            slotProps={{ htmlInput: { 'data-testid': `${testId}-alasan`, maxLength: 2000 } }}
          />
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={kurang || sibuk}
          data-testid={`${testId}-kirim`}
          onClick={() =>
            onKirim({
              ...(catatan.trim() ? { catatan: catatan.trim() } : {}),
              ...(sebagaiAdmin ? { alasan: alasan.trim() } : {}),
            })
          }
        >
          {translate('mskp.skp.kirim')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
