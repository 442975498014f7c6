import {
  Button,
  Dialog,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  Stack,
  TextField,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import type { BerkasUnduhan } from '../dataProvider/berkas';
import { simpanBerkas } from './berkas';
import { PesanGalat, TombolDialog } from './dialog';
import { hariIniJakarta } from './periode';
import { useDaerah } from './useIdentity';

/**
 * A print button with its dialog: tempat (default: the region's `tempat_default` from /api/users/me,
 * policy `daerah`) and tanggal (default today) chosen by the
 * user, then the PDF from `ambil` saved under the server's file name.
 */
export const CetakPdf = ({
  label,
  judul,
  ambil,
  testId,
  kecil = false,
}: {
  label: string;
  judul: string;
  ambil: (input: { tanggal: string; tempat: string }) => Promise<BerkasUnduhan>;
  testId: string;
  kecil?: boolean;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [buka, setBuka] = useState(false);
  const { tempat_default } = useDaerah();
  // null = not edited: follows the region's default (which may arrive after the first render)
  const [tempatDiubah, setTempat] = useState<string | null>(null);
  const tempat = tempatDiubah ?? tempat_default;
  const [tanggal, setTanggal] = useState(() => hariIniJakarta());
  const [sibuk, setSibuk] = useState(false);
  const [galat, setGalat] = useState<string | null>(null);
  const unduh = async () => {
    setSibuk(true);
    setGalat(null);
    try {
      const { blob, namaBerkas } = await ambil({ tanggal, tempat });
      simpanBerkas(blob, namaBerkas);
      notify('mskp.skp.cetak.berhasil', { type: 'success', messageArgs: { nama: namaBerkas } });
      setBuka(false);
    } catch (error) {
      setGalat((error as Error)?.message || 'ra.notification.http_error');
    } finally {
      setSibuk(false);
    }
  };
  return (
    <>
      <Button
        variant="outlined"
        size={kecil ? 'small' : 'medium'}
        startIcon={<PrintIcon />}
        onClick={() => {
          setGalat(null);
          setBuka(true);
        }}
        data-testid={testId}
      >
        {label}
      </Button>
      <Dialog
        open={buka}
        onClose={sibuk ? undefined : () => setBuka(false)}
        fullWidth
        maxWidth="xs"
        data-testid={`dialog-${testId}`}
      >
        <DialogTitle>{judul}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('mskp.skp.cetak.petunjuk')}</DialogContentText>
          <Stack spacing={2}>
            <TextField
              label={translate('mskp.skp.cetak.tempat')}
              value={tempat}
              onChange={(event) => setTempat(event.target.value)}
              required
              error={!tempat.trim()}
              helperText={!tempat.trim() ? translate('mskp.skp.cetak.tempat_wajib') : ' '}
              slotProps={{ htmlInput: { 'data-testid': `${testId}-tempat`, maxLength: 60 } }}
            />
            <TextField
              type="date"
              label={translate('mskp.skp.cetak.tanggal')}
              value={tanggal}
              onChange={(event) => setTanggal(event.target.value)}
              required
              error={!tanggal}
              helperText={!tanggal ? translate('mskp.skp.cetak.tanggal_wajib') : ' '}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `${testId}-tanggal` } }}
            />
            {sibuk ? <LinearProgress /> : null}
            <PesanGalat pesan={galat} testId={`${testId}-galat`} />
          </Stack>
        </DialogContent>
        <TombolDialog
          sibuk={sibuk}
          batal="ra.action.close"
          label="mskp.skp.cetak.unduh"
          nonaktif={!tempat.trim() || !tanggal}
          ikon={<DownloadIcon />}
          testId={`${testId}-unduh`}
          onBatal={() => setBuka(false)}
          onKirim={() => void unduh()}
        />
      </Dialog>
    </>
  );
};
