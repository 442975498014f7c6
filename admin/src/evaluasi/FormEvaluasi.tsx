import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  List,
  ListItem,
  ListItemText,
  Skeleton,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useMemo, useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useParams, useSearchParams } from 'react-router-dom';
import { RouterLink } from '../common/RouterLink';
import { useAsync } from '../common/useAsync';
import type { Evaluasi } from '../dataProvider/evaluasi';
import type { RenaksiBulan } from '../dataProvider/renaksi';
import { intlLocale } from '../i18n';
import { PilihanNative } from '../common/PilihanNative';
import { hariIniJakarta, namaBulan } from '../common/periode';
import { perRhk } from '../common/realisasi/aturan';
import { KartuCapaian } from '../common/realisasi/KartuCapaian';
import { formatDate, formatNip } from '../util/format';
import { alasanTahunan, bulanLalu, capaianBulan } from './aturan';
import { useEvaluasiDataProvider } from './komponen';
import { IsianForm, type Mode } from './form/IsianForm';

/**
 * `/penilaian-kinerja/:nip?tahun=&bulan=&skp=`: the penilai's evaluation of one pegawai (GET
 * /api/evaluasi/persiapan): capaian, RHK with renaksi and evidence, the realisasi gate, the advisory
 * rating, both ratings with the matrix's predikat live, umpan balik (general, per RHK, per BerAKHLAK
 * value), the SKP context for a Plt holder; save → POST /api/evaluasi, or /api/evaluasi/tahunan in the
 * annual mode (angka kredit for JF). The server decides; its predikat is shown after saving.
 */
export const FormEvaluasi = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const dataProvider = useEvaluasiDataProvider();
  const { nip = '' } = useParams();
  const [cari, setCari] = useSearchParams();
  const awal = bulanLalu(hariIniJakarta());
  const tahun = Number(cari.get('tahun')) || awal.tahun;
  const bulan = Number(cari.get('bulan')) || awal.bulan;
  const skp = cari.get('skp') || undefined;
  const [mode, setMode] = useState<Mode>(cari.get('mode') === 'TAHUNAN' ? 'TAHUNAN' : 'BULANAN');

  const persiapan = useAsync(
    () => dataProvider.persiapanEvaluasi({ nip, tahun, bulan, skp }),
    [nip, tahun, bulan, skp],
  );
  const data = persiapan.data;
  const skpId = data?.skp?.id;
  const renaksi = useAsync(
    () => (nip ? dataProvider.daftarRenaksiBulan({ nip, tahun, bulan }) : Promise.resolve([] as RenaksiBulan[])),
    [nip, tahun, bulan],
  );
  const tahunan = useAsync(
    () =>
      mode === 'TAHUNAN'
        ? dataProvider.daftarEvaluasi({ nip, tahun, periode_jenis: 'TAHUNAN' })
        : Promise.resolve([] as Evaluasi[]),
    [nip, tahun, mode],
  );
  const evaluasiTahunan = (tahunan.data ?? []).find((e) => !skpId || e.skp?.id === skpId) ?? null;

  const [sibuk, setSibuk] = useState(false);
  const periksaSemua = async (ids: string[]) => {
    setSibuk(true);
    try {
      await dataProvider.periksaRealisasiMassal(ids);
      notify('mskp.evaluasi.diperiksa_semua', { type: 'success', messageArgs: { smart_count: ids.length } });
      persiapan.reload();
      renaksi.reload();
    } catch (e) {
      const pesan = (e as Error)?.message || 'ra.notification.http_error';
      notify(pesan, { type: 'error', messageArgs: { _: pesan } });
    } finally {
      setSibuk(false);
    }
  };

  const periode = { bulan: namaBulan(bulan, lokal), tahun };
  const rhkSkp = useMemo(
    () => perRhk((renaksi.data ?? []).filter((r) => !skpId || !r.skp || r.skp.id === skpId)),
    [renaksi.data, skpId],
  );

  if (persiapan.isPending && !data) return <Skeleton variant="rectangular" height={300} sx={{ mt: 1 }} />;
  if (persiapan.error || !data) {
    return (
      <Alert severity="error" sx={{ mt: 1 }} data-testid="evaluasi-galat-muat">
        {translate('mskp.error.gagal_memuat', { pesan: persiapan.error?.message ?? '' })}
      </Alert>
    );
  }
  const capaian = capaianBulan(data.capaian);
  const jumlah = data.realisasi.jumlah;
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
            <Card data-testid="evaluasi-realisasi">
              <CardHeader
                title={translate('mskp.evaluasi.status_realisasi')}
                slotProps={{ title: { variant: 'h6' } }}
              />
              <CardContent sx={{ pt: 0 }}>
                {jumlah ? (
                  <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }}>
                    {(Object.keys(jumlah) as Array<keyof typeof jumlah>).map((k) => (
                      <Chip
                        key={k}
                        size="small"
                        variant="outlined"
                        color={
                          (k === 'belum_diperiksa' || k === 'belum_diisi') && jumlah[k] > 0 ? 'warning' : 'default'
                        }
                        label={`${translate(`mskp.evaluasi.jumlah.${k}`)}: ${jumlah[k]}`}
                        data-testid={`jumlah-${k}`}
                        data-jumlah={jumlah[k]}
                      />
                    ))}
                  </Box>
                ) : null}
                {data.realisasi.belum_diperiksa.length ? (
                  <Alert
                    severity="warning"
                    sx={{ mb: 2 }}
                    data-testid="blok-belum-diperiksa"
                    action={
                      <Stack spacing={1}>
                        <Button
                          size="small"
                          variant="contained"
                          startIcon={<DoneAllIcon />}
                          disabled={sibuk}
                          onClick={() => void periksaSemua(data.realisasi.belum_diperiksa.map((x) => x.realisasi))}
                          data-testid="periksa-semua"
                        >
                          {translate('mskp.evaluasi.periksa_semua', {
                            smart_count: data.realisasi.belum_diperiksa.length,
                          })}
                        </Button>
                        <Button
                          size="small"
                          component={RouterLink}
                          to="/pemeriksaan-realisasi"
                          data-testid="ke-pemeriksaan"
                        >
                          {translate('mskp.evaluasi.ke_pemeriksaan')}
                        </Button>
                      </Stack>
                    }
                  >
                    <AlertTitle>{translate('mskp.evaluasi.belum_diperiksa_judul')}</AlertTitle>
                    {translate('mskp.evaluasi.belum_diperiksa_petunjuk')}
                    <List dense disablePadding>
                      {data.realisasi.belum_diperiksa.map((x) => (
                        <ListItem key={`${x.realisasi}`} disableGutters data-testid="belum-diperiksa">
                          <ListItemText primary={x.uraian} secondary={namaBulan(x.bulan, lokal)} />
                        </ListItem>
                      ))}
                    </List>
                  </Alert>
                ) : null}
                {data.realisasi.belum_diisi.length ? (
                  <Alert severity="info" data-testid="blok-belum-diisi">
                    <AlertTitle>{translate('mskp.evaluasi.belum_diisi_judul')}</AlertTitle>
                    {translate('mskp.evaluasi.belum_diisi_petunjuk')}
                    <List dense disablePadding>
                      {data.realisasi.belum_diisi.map((x) => (
                        <ListItem key={`${x.renaksi}:${x.bulan}`} disableGutters data-testid="belum-diisi">
                          <ListItemText
                            primary={x.uraian}
                            secondary={translate('mskp.evaluasi.batas_sampai', {
                              bulan: namaBulan(x.bulan, lokal),
                              tanggal: formatDate(`${x.batas_input}T00:00:00`, lokal),
                            })}
                          />
                        </ListItem>
                      ))}
                    </List>
                  </Alert>
                ) : null}
              </CardContent>
            </Card>
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
          rhk={rhkSkp}
          renaksiPending={renaksi.isPending}
          onTersimpan={() => {
            if (mode === 'TAHUNAN') tahunan.reload();
            else persiapan.reload();
          }}
        />
      </Stack>
    </Box>
  );
};
