import { Alert, Box, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { KartuPratinjauImpor } from '../common/KartuPratinjauImpor';
import { potongPratinjau, useImpor } from '../common/useImpor';
import { useMskpDataProvider } from '../dataProvider';
import type { HasilTerapkanPresensi, PratinjauPresensi } from '../dataProvider/tpp';
import { intlLocale } from '../i18n';
import { namaBulan } from '../common/periode';
import { bulanBawaan } from './format';
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
          <KartuPratinjauImpor
            awalan="presensi"
            kunci="mskp.tpp.presensi."
            pratinjau={pratinjau}
            argRingkasan={{
              periode: periode(pratinjau.tahun, pratinjau.bulan),
              nama: pratinjau.nama_berkas,
              jumlah: pratinjau.jumlah,
              diterima: pratinjau.diterima.length,
              ditolak: pratinjau.ditolak.length,
            }}
            labelDiterima={`${pratinjau.diterima.length} ✓`}
            labelDitolak={`${pratinjau.ditolak.length} ✗`}
            sibuk={sibuk}
            menerapkan={impor.menerapkan}
            onTerapkan={() => void impor.terapkan()}
            onBatal={reset}
          />
          {ditolak.total > 0 ? <TabelDitolakPresensi ditolak={ditolak} /> : null}
          {diterima.total > 0 ? <TabelDiterimaPresensi diterima={diterima} /> : null}
        </Stack>
      ) : !hasil && impor.unggah === null ? (
        <EmptyNote testId="presensi-kosong">{translate('mskp.tpp.presensi.kosong')}</EmptyNote>
      ) : null}
    </Box>
  );
};
