import {
  Box,
  Checkbox,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import type { RenaksiInput, RenaksiTahun } from '../dataProvider/renaksi';
import type { Rhk } from '../dataProvider/types';
import { intlLocale } from '../i18n';
import { muatUlangRenaksi } from '../common/realisasi/kueri';
import { angkaKeInput, BULAN, fieldTarget, namaBulan, targetDariIsian } from './aturan';
import { PesanGalat, TombolDialog } from '../common/dialog';
import { PilihanNative } from '../common/PilihanNative';

interface Isian {
  uraian: string;
  satuan: string;
  sebagai_rtp: boolean;
  polaritas: 'NAIK' | 'TURUN';
  target: Record<number, string>;
}

const isianDari = (renaksi?: RenaksiTahun): Isian => ({
  uraian: renaksi?.uraian ?? '',
  satuan: renaksi?.satuan ?? '',
  sebagai_rtp: !!renaksi?.sebagai_rtp,
  polaritas: renaksi?.polaritas ?? 'NAIK',
  target: Object.fromEntries((renaksi?.target ?? []).map((t) => [t.bulan, angkaKeInput(t.nilai)])),
});

/** Add or edit one renaksi: text, unit, RTP, polarity and the twelve monthly targets. */
export const RenaksiDialog = ({
  rhk,
  renaksi,
  onClose,
  onTersimpan,
}: {
  rhk: Rhk;
  renaksi?: RenaksiTahun;
  onClose: () => void;
  onTersimpan: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const dataProvider = useMskpDataProvider();
  const queryClient = useQueryClient();
  const [isian, setIsian] = useState<Isian>(() => isianDari(renaksi));
  const [galat, setGalat] = useState<Record<string, string>>({});
  const [pesan, setPesan] = useState<string | null>(null);
  const ubah = <K extends keyof Isian>(kunci: K, nilai: Isian[K]) =>
    setIsian((previous) => ({ ...previous, [kunci]: nilai }));

  const tulis = useMutation({
    mutationFn: (input: RenaksiInput) =>
      renaksi ? dataProvider.ubahRenaksi(renaksi.id, input) : dataProvider.tambahRenaksi(rhk.id, input),
    onSuccess: () => {
      notify('mskp.skp.tersimpan', { type: 'success' });
      onTersimpan();
      return muatUlangRenaksi(queryClient);
    },
    onError: (error, input) => {
      // the server's field errors name targets by their index in the list sent; show them on the month
      const e = error as Error & { body?: { errors?: Record<string, string> } };
      const peta: Record<string, string> = {};
      for (const [field, teks] of Object.entries(e?.body?.errors ?? {}))
        peta[fieldTarget(field, input.target ?? []) ?? field] = teks;
      setGalat(peta);
      setPesan(e?.message || 'ra.notification.http_error');
    },
  });
  const sibuk = tulis.isPending;

  const simpan = () => {
    const { target, galat: salah } = targetDariIsian(isian.target);
    const ditemukan: Record<string, string> = {};
    if (!isian.uraian.trim()) ditemukan.uraian = 'ra.validation.required';
    if (!isian.satuan.trim()) ditemukan.satuan = 'ra.validation.required';
    for (const b of salah) ditemukan[`target.${b}`] = 'mskp.renaksi.galat.nilai';
    if (target.length === 0 && salah.length === 0) ditemukan.target = 'mskp.renaksi.galat.target_wajib';
    setGalat(ditemukan);
    setPesan(null);
    if (Object.keys(ditemukan).length > 0) return;
    tulis.mutate({
      uraian: isian.uraian.trim(),
      satuan: isian.satuan.trim(),
      sebagai_rtp: isian.sebagai_rtp,
      polaritas: isian.polaritas,
      target,
    });
  };
  const teks = (field: string) => (galat[field] ? translate(galat[field], { _: galat[field] }) : undefined);

  return (
    <Dialog open onClose={sibuk ? undefined : onClose} fullWidth maxWidth="md" data-testid="renaksi-dialog">
      <DialogTitle>{translate(renaksi ? 'mskp.renaksi.ubah' : 'mskp.renaksi.tambah')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {rhk.uraian}
        </Typography>
        <Stack spacing={2}>
          <TextField
            label={translate('mskp.renaksi.uraian')}
            value={isian.uraian}
            onChange={(event) => ubah('uraian', event.target.value)}
            multiline
            minRows={2}
            required
            error={!!galat.uraian}
            helperText={teks('uraian')}
            slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'renaksi-uraian' } }}
          />
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
            <TextField
              label={translate('mskp.skp.satuan')}
              value={isian.satuan}
              onChange={(event) => ubah('satuan', event.target.value)}
              required
              error={!!galat.satuan}
              helperText={teks('satuan')}
              slotProps={{ htmlInput: { maxLength: 60, 'data-testid': 'renaksi-satuan' } }}
            />
            <PilihanNative<Isian['polaritas']>
              label={translate('mskp.skp.polaritas')}
              value={isian.polaritas}
              onChange={(nilai) => ubah('polaritas', nilai)}
              error={!!galat.polaritas}
              helperText={teks('polaritas')}
              labelMengecil
              pilihan={(['NAIK', 'TURUN'] as const).map((p) => ({
                id: p,
                name: translate(`mskp.skp.polaritas_pilihan.${p}`),
              }))}
              testId="renaksi-polaritas"
            />
            <FormControlLabel
              control={
                <Checkbox
                  checked={isian.sebagai_rtp}
                  onChange={(event) => ubah('sebagai_rtp', event.target.checked)}
                  slotProps={{ input: { ...{ 'data-testid': 'renaksi-rtp' } } }}
                />
              }
              label={translate('mskp.renaksi.sebagai_rtp')}
            />
          </Box>
          <Box>
            <Typography variant="subtitle2">{translate('mskp.renaksi.target_bulanan')}</Typography>
            <Typography variant="caption" color="text.secondary">
              {translate('mskp.renaksi.target_bulanan_petunjuk')}
            </Typography>
            <Box
              sx={{
                display: 'grid',
                gap: 1,
                mt: 1,
                gridTemplateColumns: { xs: 'repeat(3, 1fr)', sm: 'repeat(6, 1fr)' },
              }}
            >
              {BULAN.map((b) => (
                <TextField
                  key={b}
                  size="small"
                  label={namaBulan(b, intlLocale(locale), 'short')}
                  value={isian.target[b] ?? ''}
                  onChange={(event) => ubah('target', { ...isian.target, [b]: event.target.value })}
                  error={!!galat[`target.${b}`]}
                  helperText={teks(`target.${b}`)}
                  slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `renaksi-target-${b}` } }}
                />
              ))}
            </Box>
            {galat.target ? (
              <Typography variant="caption" color="error" data-testid="renaksi-galat-target">
                {teks('target')}
              </Typography>
            ) : null}
          </Box>
          <PesanGalat pesan={pesan} testId="renaksi-galat" />
        </Stack>
      </DialogContent>
      <TombolDialog sibuk={sibuk} label="ra.action.save" testId="renaksi-simpan" onBatal={onClose} onKirim={simpan} />
    </Dialog>
  );
};
