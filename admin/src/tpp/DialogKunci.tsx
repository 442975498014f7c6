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
  Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import { intlLocale } from '../i18n';
import { hariIniJakarta } from '../common/periode';
import { MIN_ALASAN, pesanGalat, useLabelBulan } from './bersama';
import { alasanCukup, bulanTriwulan, kunciTerlaluDini, romawiTriwulan, tanggalIndonesia } from './format';

/** The quarter the dialog acts on: lock (with the first day BKAD may) or unlock. */
export interface AksiKunci {
  aksi: 'kunci' | 'buka';
  triwulan: number;
  dapatMulai?: string | null;
}

const AKIBAT = ['ditolak_realisasi', 'ditolak_evaluasi', 'ditolak_tpp', 'ditolak_presensi'] as const;

/**
 * Lock or unlock one quarter. The lock lists what is refused from then on and, before the day BKAD may
 * lock, that only the Admin BKPSDM may, with a reason; the unlock always needs a reason.
 */
export const DialogKunci = ({
  tahun,
  bkpsdm,
  dialog,
  onTutup,
  onBerubah,
}: {
  tahun: number;
  bkpsdm: boolean;
  dialog: AksiKunci | null;
  onTutup: () => void;
  onBerubah: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useMskpDataProvider();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const labelBulan = useLabelBulan();
  const [alasan, setAlasan] = useState('');
  const jalankan = useMutation({
    mutationFn: (d: AksiKunci) =>
      d.aksi === 'kunci'
        ? dataProvider.kunciTriwulanTpp(tahun, d.triwulan, bkpsdm ? alasan : undefined)
        : dataProvider.bukaTriwulanTpp(tahun, d.triwulan, alasan),
    onSuccess: (_hasil, d) => {
      notify(d.aksi === 'kunci' ? 'mskp.tpp.kunci_tabel.berhasil_kunci' : 'mskp.tpp.kunci_tabel.berhasil_buka', {
        type: 'success',
        messageArgs: { triwulan: romawiTriwulan(d.triwulan), tahun },
      });
      setAlasan('');
      onTutup();
      onBerubah();
    },
  });
  const sibuk = jalankan.isPending;
  const galat = jalankan.error ? pesanGalat(jalankan.error) : null;
  const tutup = () => {
    if (sibuk) return;
    setAlasan('');
    jalankan.reset();
    onTutup();
  };
  const daftarBulan = (tw: number) => bulanTriwulan(tw).map(labelBulan).join(', ');
  const dini = dialog?.aksi === 'kunci' && kunciTerlaluDini(dialog.dapatMulai, hariIniJakarta());
  /** the lock needs a reason (the BKPSDM override) / the unlock always does */
  const perluAlasan = dialog?.aksi === 'buka' || (dialog?.aksi === 'kunci' && bkpsdm);
  const bolehKonfirmasi =
    !sibuk && !(dialog?.aksi === 'kunci' && dini && !bkpsdm) && !(perluAlasan && !alasanCukup(alasan, MIN_ALASAN));
  return (
    <Dialog open={dialog !== null} onClose={tutup} fullWidth maxWidth="sm" data-testid="tpp-kunci-dialog">
      {dialog ? (
        <>
          <DialogTitle>
            {translate(
              dialog.aksi === 'kunci' ? 'mskp.tpp.kunci_tabel.konfirmasi_judul' : 'mskp.tpp.kunci_tabel.buka_judul',
              { triwulan: romawiTriwulan(dialog.triwulan), tahun },
            )}
          </DialogTitle>
          <DialogContent>
            {dialog.aksi === 'kunci' ? (
              <Box sx={{ mb: 2 }} data-testid="tpp-kunci-akibat">
                <DialogContentText>
                  {translate('mskp.tpp.kunci_tabel.konfirmasi_isi', {
                    bulan: `${daftarBulan(dialog.triwulan)} ${tahun}`,
                  })}
                </DialogContentText>
                <Box component="ul" sx={{ my: 1, pl: 3 }}>
                  {AKIBAT.map((x) => (
                    <Typography component="li" variant="body2" key={x}>
                      {translate(`mskp.tpp.kunci_tabel.${x}`)}
                    </Typography>
                  ))}
                </Box>
                <DialogContentText>{translate('mskp.tpp.kunci_tabel.konfirmasi_buka')}</DialogContentText>
                {dini ? (
                  <Alert severity={bkpsdm ? 'info' : 'warning'} sx={{ mt: 1 }} data-testid="tpp-kunci-dini">
                    {translate('mskp.tpp.kunci_tabel.terlalu_dini', {
                      tanggal: tanggalIndonesia(dialog.dapatMulai, { locale: lokal }),
                    })}
                  </Alert>
                ) : null}
                {bkpsdm ? (
                  <DialogContentText sx={{ mt: 1 }}>
                    {translate('mskp.tpp.kunci_tabel.override_isi', { min: MIN_ALASAN })}
                  </DialogContentText>
                ) : null}
              </Box>
            ) : (
              <DialogContentText sx={{ mb: 2 }}>
                {translate('mskp.tpp.kunci_tabel.buka_isi', { min: MIN_ALASAN })}
              </DialogContentText>
            )}
            {perluAlasan ? (
              <TextField
                autoFocus
                fullWidth
                multiline
                minRows={2}
                required
                label={translate(dialog.aksi === 'buka' ? 'mskp.tpp.alasan_buka' : 'mskp.tpp.kunci_tabel.alasan_kunci')}
                value={alasan}
                onChange={(e) => setAlasan(e.target.value)}
                helperText={
                  alasanCukup(alasan, MIN_ALASAN)
                    ? ' '
                    : translate('mskp.tpp.kunci_tabel.alasan_pendek', { min: MIN_ALASAN, n: alasan.trim().length })
                }
                slotProps={{
                  htmlInput: {
                    'data-testid': dialog.aksi === 'buka' ? 'tpp-buka-alasan' : 'tpp-kunci-alasan',
                    maxLength: 500,
                  },
                }}
              />
            ) : null}
            {sibuk ? <LinearProgress sx={{ mt: 1 }} /> : null}
            {galat ? (
              <Alert severity="error" sx={{ mt: 1 }} data-testid="tpp-kunci-galat">
                {translate(galat, { _: galat })}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={tutup} disabled={sibuk}>
              {translate('ra.action.cancel')}
            </Button>
            <Button
              variant="contained"
              color={dialog.aksi === 'kunci' ? 'primary' : 'warning'}
              disabled={!bolehKonfirmasi}
              onClick={() => jalankan.mutate(dialog)}
              data-testid="tpp-kunci-konfirmasi"
            >
              {translate(dialog.aksi === 'kunci' ? 'mskp.tpp.kunci' : 'mskp.tpp.buka')}
            </Button>
          </DialogActions>
        </>
      ) : null}
    </Dialog>
  );
};
