import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogContent,
  DialogTitle,
  FormHelperText,
  LinearProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import type { RealisasiInput, RenaksiBulan } from '../dataProvider/renaksi';
import { muatUlangRealisasi } from '../common/realisasi/kueri';
import { intlLocale } from '../i18n';
import { barisKeDaftar } from '../common/teks';
import { angkaKeInput, BUKTI_ACCEPT, bacaAngka, cekRealisasi, formatAngka, namaBulan } from './aturan';
import { PesanGalat, TombolDialog } from '../common/dialog';
import { DaftarBukti, RtpChip } from '../common/realisasi/komponen';

/**
 * Fill (or replace while unchecked) one month's realisasi: nilai typed the Indonesian way, supporting
 * and hindering factors, evidence files with an upload progress bar, evidence links. At least one file
 * or link is checked here; the server checks again (BUKTI_WAJIB) and its message is shown on any 4xx.
 */
export const RealisasiDialog = ({
  renaksi,
  tahun,
  bulan,
  onClose,
  onTersimpan,
}: {
  renaksi: RenaksiBulan;
  tahun: number;
  bulan: number;
  onClose: () => void;
  onTersimpan: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const dataProvider = useMskpDataProvider();
  const queryClient = useQueryClient();
  const lama = renaksi.realisasi;
  const [nilai, setNilai] = useState(angkaKeInput(lama?.nilai));
  const [penunjang, setPenunjang] = useState(lama?.faktor_penunjang ?? '');
  const [penghambat, setPenghambat] = useState(lama?.faktor_penghambat ?? '');
  const [tautan, setTautan] = useState(
    (lama?.bukti ?? [])
      .filter((b) => b.jenis === 'TAUTAN')
      .map((b) => b.url)
      .join('\n'),
  );
  const [berkas, setBerkas] = useState<File[]>([]);
  const [dihapus, setDihapus] = useState<Set<number>>(new Set());
  const [galat, setGalat] = useState<Record<string, string>>({});
  const [pesanServer, setPesanServer] = useState<string | null>(null);
  const [progres, setProgres] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const berkasTersimpan = (lama?.bukti ?? []).filter((b) => b.jenis === 'BERKAS' && b.id != null && !dihapus.has(b.id));
  const isianBukti = () => ({
    berkasBaru: berkas,
    tautan: barisKeDaftar(tautan),
    berkasTersimpan: berkasTersimpan.length,
  });

  const kirim = useMutation({
    mutationFn: (isian: RealisasiInput) =>
      dataProvider.isiRealisasi(renaksi.id, isian, (terkirim, total) =>
        setProgres(total > 0 ? Math.round((terkirim * 100) / total) : null),
      ),
    onSuccess: () => {
      notify('mskp.renaksi.tersimpan', { type: 'success' });
      onTersimpan();
      return muatUlangRealisasi(queryClient);
    },
    onError: (error) => {
      const e = error as Error & { body?: { errors?: Record<string, string> } };
      setPesanServer(e?.message || 'ra.notification.http_error');
      if (e?.body?.errors) setGalat(e.body.errors);
    },
    onSettled: () => setProgres(null),
  });
  const sibuk = kirim.isPending;

  const simpan = () => {
    const ditemukan = cekRealisasi(nilai, isianBukti());
    setGalat(ditemukan);
    setPesanServer(null);
    if (Object.keys(ditemukan).length > 0) return;
    setProgres(berkas.length ? 0 : null);
    kirim.mutate({
      bulan,
      nilai: bacaAngka(nilai) as number,
      faktor_penunjang: penunjang,
      faktor_penghambat: penghambat,
      berkas,
      tautan: barisKeDaftar(tautan),
      hapusBukti: [...dihapus],
    });
  };

  const teksGalat = (field: string) => (galat[field] ? translate(galat[field], { _: galat[field] }) : undefined);
  const target = renaksi.target;

  return (
    <Dialog open onClose={sibuk ? undefined : onClose} fullWidth maxWidth="md" data-testid="realisasi-dialog">
      <DialogTitle>
        {translate('mskp.renaksi.isi_judul', { bulan: namaBulan(bulan, intlLocale(locale)), tahun })}
      </DialogTitle>
      <DialogContent>
        <Box sx={{ mb: 2 }}>
          <Typography variant="body1" sx={{ fontWeight: 600 }}>
            {renaksi.uraian} {renaksi.sebagai_rtp ? <RtpChip /> : null}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('mskp.renaksi.target')}: {formatAngka(target?.nilai, intlLocale(locale))}{' '}
            {target?.satuan ?? renaksi.satuan}
          </Typography>
        </Box>
        <Stack spacing={2}>
          <TextField
            label={translate('mskp.renaksi.nilai_realisasi', { satuan: renaksi.satuan })}
            value={nilai}
            onChange={(event) => setNilai(event.target.value)}
            required
            error={!!galat.nilai}
            helperText={teksGalat('nilai') ?? translate('mskp.renaksi.nilai_petunjuk')}
            sx={{ maxWidth: 320 }}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'realisasi-nilai' } }}
          />
          <TextField
            label={translate('mskp.renaksi.faktor_penunjang')}
            value={penunjang}
            onChange={(event) => setPenunjang(event.target.value)}
            multiline
            minRows={2}
            error={!!galat.faktor_penunjang}
            helperText={teksGalat('faktor_penunjang')}
            slotProps={{ htmlInput: { maxLength: 4000, 'data-testid': 'realisasi-penunjang' } }}
          />
          <TextField
            label={translate('mskp.renaksi.faktor_penghambat')}
            value={penghambat}
            onChange={(event) => setPenghambat(event.target.value)}
            multiline
            minRows={2}
            error={!!galat.faktor_penghambat}
            helperText={teksGalat('faktor_penghambat')}
            slotProps={{ htmlInput: { maxLength: 4000, 'data-testid': 'realisasi-penghambat' } }}
          />
          <Box>
            <Typography variant="subtitle2" gutterBottom>
              {translate('mskp.renaksi.bukti')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('mskp.renaksi.bukti_petunjuk')}
            </Typography>
            {lama && lama.bukti.some((b) => b.jenis === 'BERKAS') ? (
              <Box sx={{ mb: 1 }}>
                <DaftarBukti
                  bukti={lama.bukti.filter((b) => b.jenis === 'BERKAS')}
                  dihapus={dihapus}
                  onHapus={(id) =>
                    setDihapus((previous) => {
                      const next = new Set(previous);
                      if (next.has(id)) next.delete(id);
                      else next.add(id);
                      return next;
                    })
                  }
                />
              </Box>
            ) : null}
            <input
              ref={input}
              type="file"
              multiple
              accept={BUKTI_ACCEPT}
              hidden
              data-testid="realisasi-berkas"
              onChange={(event) => {
                const dipilih = Array.from(event.target.files ?? []);
                setBerkas((previous) => [...previous, ...dipilih]);
                event.target.value = '';
              }}
            />
            <Button
              variant="outlined"
              startIcon={<AttachFileIcon />}
              onClick={() => input.current?.click()}
              data-testid="realisasi-pilih-berkas"
            >
              {translate('mskp.renaksi.pilih_berkas')}
            </Button>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
              {berkas.map((file, index) => (
                <Chip
                  key={`${file.name}-${index}`}
                  label={file.name}
                  onDelete={sibuk ? undefined : () => setBerkas((previous) => previous.filter((_, i) => i !== index))}
                  data-testid="realisasi-berkas-baru"
                />
              ))}
            </Box>
            {galat.bukti ? (
              <FormHelperText error data-testid="realisasi-galat-bukti">
                {teksGalat('bukti')}
              </FormHelperText>
            ) : null}
          </Box>
          <TextField
            label={translate('mskp.renaksi.tautan')}
            value={tautan}
            onChange={(event) => setTautan(event.target.value)}
            multiline
            minRows={2}
            placeholder="https://"
            error={!!galat.bukti_url}
            helperText={teksGalat('bukti_url') ?? translate('mskp.renaksi.tautan_petunjuk')}
            slotProps={{ htmlInput: { 'data-testid': 'realisasi-tautan' } }}
          />
          {sibuk ? (
            <Box data-testid="realisasi-progres">
              <LinearProgress variant={progres == null ? 'indeterminate' : 'determinate'} value={progres ?? 0} />
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                {progres == null
                  ? translate('mskp.renaksi.menyimpan')
                  : translate('mskp.renaksi.mengunggah', { persen: progres })}
              </Typography>
            </Box>
          ) : null}
          <PesanGalat pesan={pesanServer} testId="realisasi-galat" />
        </Stack>
      </DialogContent>
      <TombolDialog
        sibuk={sibuk}
        label="mskp.renaksi.simpan_realisasi"
        testId="realisasi-simpan"
        onBatal={onClose}
        onKirim={simpan}
      />
    </Dialog>
  );
};
