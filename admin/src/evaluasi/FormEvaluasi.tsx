import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  Skeleton,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { useParams, useSearchParams } from 'react-router-dom';
import { RouterLink } from '../common/RouterLink';
import { intlLocale } from '../i18n';
import { PilihanNative } from '../common/PilihanNative';
import { hariIniJakarta, namaBulan } from '../common/periode';
import { KartuCapaian } from '../common/realisasi/KartuCapaian';
import { formatNip } from '../util/format';
import { alasanTahunan, bulanLalu, capaianBulan } from './aturan';
import { IsianForm } from './form/IsianForm';
import { KartuStatusRealisasi } from './form/KartuStatusRealisasi';
import { useFormEvaluasi, type Mode } from './form/useFormEvaluasi';

/**
 * `/penilaian-kinerja/:nip?tahun=&bulan=&skp=`: the penilai's evaluation of one pegawai (GET
 * /api/evaluasi/persiapan): capaian, RHK with renaksi and evidence, the realisasi gate, the advisory
 * rating, both ratings with the matrix's predikat live, umpan balik (general, per RHK, per BerAKHLAK
 * value), the SKP context for a Plt holder; save → POST /api/evaluasi, or /api/evaluasi/tahunan in the
 * annual mode (angka kredit for JF). The server decides; its predikat is shown after saving.
 */
export const FormEvaluasi = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const { nip = '' } = useParams();
  const [cari, setCari] = useSearchParams();
  const awal = bulanLalu(hariIniJakarta());
  const tahun = Number(cari.get('tahun')) || awal.tahun;
  const bulan = Number(cari.get('bulan')) || awal.bulan;
  const skp = cari.get('skp') || undefined;
  const [mode, setMode] = useState<Mode>(cari.get('mode') === 'TAHUNAN' ? 'TAHUNAN' : 'BULANAN');

  const { persiapan, data, rhk, renaksiPending, evaluasiTahunan, periksaSemua, muatUlangTersimpan } = useFormEvaluasi({
    nip,
    tahun,
    bulan,
    skp,
    mode,
  });

  const periode = { bulan: namaBulan(bulan, lokal), tahun };

  if (persiapan.isPending && !data) return <Skeleton variant="rectangular" height={300} sx={{ mt: 1 }} />;
  if (persiapan.error || !data) {
    return (
      <Alert severity="error" sx={{ mt: 1 }} data-testid="evaluasi-galat-muat">
        {translate('mskp.error.gagal_memuat', { pesan: persiapan.error?.message ?? '' })}
      </Alert>
    );
  }
  const capaian = capaianBulan(data.capaian);
  const alasan = mode === 'TAHUNAN' ? alasanTahunan(data) : data.alasan_tidak_boleh;
  const tersimpan = mode === 'TAHUNAN' ? evaluasiTahunan : data.evaluasi;
  const gantiSkp = (id: string) => {
    const baru = new URLSearchParams(cari);
    baru.set('skp', id);
    setCari(baru, { replace: true });
  };

  return (
    <Box sx={{ mt: 1 }} data-testid="form-evaluasi" data-nip={nip}>
      <Title title={translate('mskp.evaluasi.judul_form', { nama: data.pegawai.nama })} />
      <Stack spacing={2}>
        <Card>
          <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              component={RouterLink}
              to={`/penilaian-kinerja?tahun=${tahun}&bulan=${bulan}`}
              startIcon={<ArrowBackIcon />}
              data-testid="evaluasi-kembali"
            >
              {translate('mskp.evaluasi.kembali')}
            </Button>
            <Box sx={{ flex: 1, minWidth: 240 }}>
              <Typography variant="h5" component="h1">
                {data.pegawai.nama}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {[formatNip(data.pegawai.nip), data.skp?.jabatan, translate('mskp.evaluasi.periode.BULANAN', periode)]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            </Box>
            <ToggleButtonGroup size="small" exclusive value={mode} onChange={(_, m: Mode | null) => m && setMode(m)}>
              <ToggleButton value="BULANAN" data-testid="mode-bulanan">
                {translate('mskp.evaluasi.mode.BULANAN')}
              </ToggleButton>
              <ToggleButton value="TAHUNAN" data-testid="mode-tahunan">
                {translate('mskp.evaluasi.mode.TAHUNAN')}
              </ToggleButton>
            </ToggleButtonGroup>
            {data.skp_pilihan.length > 1 ? (
              <PilihanNative
                size="small"
                label={translate('mskp.evaluasi.skp_konteks')}
                value={data.skp?.id ?? ''}
                onChange={gantiSkp}
                helperText={translate('mskp.evaluasi.skp_pilihan_petunjuk')}
                sx={{ minWidth: 280 }}
                labelMengecil
                pilihan={data.skp_pilihan.map((s) => ({
                  id: s.id,
                  name: translate(`mskp.evaluasi.skp_pilihan.${s.konteks}`, { jabatan: s.jabatan ?? '-' }),
                }))}
                testId="pilih-skp"
              />
            ) : null}
          </CardContent>
        </Card>

        {alasan ? (
          <Alert severity="warning" data-testid="evaluasi-tidak-boleh" data-code={alasan.code}>
            <AlertTitle>{translate('mskp.evaluasi.tidak_boleh')}</AlertTitle>
            {alasan.message}
          </Alert>
        ) : null}

        {mode === 'BULANAN' ? (
          <>
            {capaian ? <KartuCapaian capaian={capaian} isPending={false} /> : null}
            <KartuStatusRealisasi
              data={data}
              sibuk={periksaSemua.isPending}
              onPeriksaSemua={(ids) => periksaSemua.mutate(ids)}
            />
          </>
        ) : (
          <Alert severity="info" data-testid="tahunan-petunjuk">
            {translate('mskp.evaluasi.tahunan_petunjuk')}
          </Alert>
        )}

        <IsianForm
          key={`${mode}:${data.skp?.id ?? ''}:${tersimpan?.id ?? ''}:${tersimpan?.updatedAt ?? ''}`}
          data={data}
          mode={mode}
          tersimpan={tersimpan}
          nonaktif={!!alasan}
          rhk={rhk}
          renaksiPending={renaksiPending}
          onTersimpan={muatUlangTersimpan}
        />
      </Stack>
    </Box>
  );
};
