import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { potongPratinjau, useImpor } from '../common/useImpor';
import { useMskpDataProvider } from '../dataProvider';
import type { HasilTerapkanPresensi, PratinjauPresensi } from '../dataProvider/tpp';
import { intlLocale } from '../i18n';
import { namaBulan } from '../common/periode';
import { bulanBawaan, tanggalIndonesia } from './format';
import { KartuUnggahPresensi } from './KartuUnggahPresensi';
import { TabelDiterimaPresensi, TabelDitolakPresensi } from './TabelPresensi';

/**
 * `/impor-presensi` (Admin BKPSDM: every pegawai; Admin OPD: his OPD): the monthly attendance summary
 * file. Upload → preview (nothing written; rejected rows with row number and reason) → Terapkan (the
 * accepted rows in one transaction) → summary.
 */
export const ImporPresensi = () => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const [tahun, setTahun] = useState(() => new Date().getFullYear());
  const [bulan, setBulan] = useState(() => bulanBawaan(new Date()));
  const impor = useImpor<PratinjauPresensi & { nama_berkas: string }, HasilTerapkanPresensi>({
    unggah: async (f, onPersen) => ({
      ...(await dataProvider.imporPresensi({ tahun, bulan, berkas: f }, onPersen)),
      nama_berkas: f.name,
    }),
    terapkan: (id) => dataProvider.terapkanPresensi(id),
  });
  const { galat, pratinjau, hasil, reset, sibuk } = impor;
  const periode = (t: number, b: number) => `${namaBulan(b, lokal)} ${t}`;
  const diterima = pratinjau ? potongPratinjau(pratinjau.diterima) : null;
  const ditolak = pratinjau ? potongPratinjau(pratinjau.ditolak) : null;

  return (
    <Box sx={{ p: 2 }} data-testid="impor-presensi">
      <Title title={translate('mskp.tpp.presensi.judul')} />
      <KartuUnggahPresensi
        tahun={tahun}
        bulan={bulan}
        onTahun={(t) => {
          setTahun(t);
          reset();
        }}
        onBulan={(b) => {
          setBulan(b);
          reset();
        }}
        berkas={impor.berkas}
        input={impor.input}
        onBerkas={(f) => {
          impor.setBerkas(f);
          reset();
        }}
        onKirim={() => void impor.kirim()}
        unggah={impor.unggah}
        sibuk={sibuk}
        laporkan={impor.jalankan}
      />

      {galat ? (
        <Alert
          severity={galat.terkunci ? 'warning' : 'error'}
          sx={{ mb: 2 }}
          data-testid={galat.terkunci ? 'presensi-terkunci' : 'presensi-galat'}
        >
          <Typography variant="body2" sx={{ fontWeight: galat.terkunci ? 600 : 400 }}>
            {translate(galat.pesan, { _: galat.pesan })}
          </Typography>
          {galat.terkunci ? <Typography variant="body2">{translate('mskp.tpp.presensi.terkunci')}</Typography> : null}
          {galat.kedaluwarsa ? (
            <Typography variant="body2">{translate('mskp.tpp.presensi.kedaluwarsa')}</Typography>
          ) : null}
        </Alert>
      ) : null}

      {hasil ? (
        <Alert
          severity="success"
          sx={{ mb: 2 }}
          data-testid="presensi-hasil"
          data-dibuat={hasil.dibuat}
          data-diperbarui={hasil.diperbarui}
          data-ditolak={hasil.ditolak}
        >
          {translate('mskp.tpp.presensi.hasil', {
            periode: periode(hasil.tahun, hasil.bulan),
            dibuat: hasil.dibuat,
            diperbarui: hasil.diperbarui,
            ditolak: hasil.ditolak,
          })}
        </Alert>
      ) : null}

      {pratinjau && diterima && ditolak ? (
        <Stack spacing={2} data-testid="presensi-pratinjau">
          <Card>
            <CardContent>
              <Typography variant="body1" data-testid="presensi-ringkasan">
                {translate('mskp.tpp.presensi.ringkasan', {
                  periode: periode(pratinjau.tahun, pratinjau.bulan),
                  nama: pratinjau.nama_berkas,
                  jumlah: pratinjau.jumlah,
                  diterima: pratinjau.diterima.length,
                  ditolak: pratinjau.ditolak.length,
                })}
              </Typography>
              <Stack direction="row" spacing={1} sx={{ my: 1 }}>
                <Chip
                  size="small"
                  color="success"
                  label={`${pratinjau.diterima.length} ✓`}
                  data-testid="presensi-jumlah-diterima"
                  data-n={pratinjau.diterima.length}
                />
                <Chip
                  size="small"
                  color={pratinjau.ditolak.length ? 'error' : 'default'}
                  label={`${pratinjau.ditolak.length} ✗`}
                  data-testid="presensi-jumlah-ditolak"
                  data-n={pratinjau.ditolak.length}
                />
              </Stack>
              <Typography variant="caption" color="text.secondary" data-testid="presensi-berlaku">
                {translate('mskp.tpp.presensi.berlaku', {
                  waktu: tanggalIndonesia(pratinjau.berlaku_sampai, { jam: true, locale: lokal }),
                })}
              </Typography>
              {pratinjau.diterima.length === 0 ? (
                <Alert severity="warning" sx={{ mt: 1 }}>
                  {translate('mskp.tpp.presensi.tanpa_diterima')}
                </Alert>
              ) : null}
              <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
                <Button
                  variant="contained"
                  startIcon={<DoneAllIcon />}
                  disabled={sibuk || pratinjau.diterima.length === 0}
                  onClick={() => void impor.terapkan()}
                  data-testid="presensi-terapkan"
                >
                  {translate('mskp.tpp.presensi.terapkan', { n: pratinjau.diterima.length })}
                </Button>
                <Button disabled={sibuk} onClick={reset}>
                  {translate('mskp.tpp.presensi.batal')}
                </Button>
              </Stack>
              {impor.menerapkan ? (
                <Box sx={{ mt: 2 }} data-testid="presensi-progres-terapkan">
                  <Typography variant="caption">{translate('mskp.tpp.presensi.menerapkan')}</Typography>
                  <LinearProgress />
                </Box>
              ) : null}
            </CardContent>
          </Card>
          {ditolak.total > 0 ? <TabelDitolakPresensi ditolak={ditolak} /> : null}
          {diterima.total > 0 ? <TabelDiterimaPresensi diterima={diterima} /> : null}
        </Stack>
      ) : !hasil && impor.unggah === null ? (
        <EmptyNote testId="presensi-kosong">{translate('mskp.tpp.presensi.kosong')}</EmptyNote>
      ) : null}
    </Box>
  );
};
