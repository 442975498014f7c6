import { Alert, Box, Card, CardContent, CardHeader, Chip, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { useMe } from '../common/useIdentity';
import { intlLocale } from '../i18n';
import { formatAngka, formatPersen } from '../common/angka';
import { namaBulan } from '../common/periode';
import { PilihPeriode } from '../common/PilihPeriode';
import { formatDate } from '../util/format';
import { labelPeriode } from './aturan';
import { kueriDaftarEvaluasi } from './kueri';
import { CetakEvaluasi, PerilakuPltChip, PredikatChip, useEvaluasiDataProvider } from './komponen';

/**
 * `/evaluasi-saya`: the signed-in pegawai's evaluations of a year (GET /api/evaluasi?nip=<me>&tahun=),
 * newest period first: predikat, both ratings, capaian, umpan balik (general, per RHK, per BerAKHLAK
 * value), the penilai, the Plt marker on a perilaku taken from the Plt context, angka kredit (annual JF).
 */
export const EvaluasiSaya = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const dataProvider = useEvaluasiDataProvider();
  const { me, isPending: mePending } = useMe();
  const nip = me?.pegawai?.nip;
  const [tahun, setTahun] = useState(new Date().getFullYear());
  const {
    data = [],
    isPending,
    error,
  } = useQuery({ ...kueriDaftarEvaluasi(dataProvider, { nip: nip ?? '', tahun }), enabled: !!nip });
  const urut = [...data].sort((a, b) =>
    a.periode_jenis === 'TAHUNAN' ? -1 : b.periode_jenis === 'TAHUNAN' ? 1 : (b.bulan ?? 0) - (a.bulan ?? 0),
  );

  if (mePending) return <Skeleton variant="rectangular" height={200} sx={{ mt: 1 }} />;
  return (
    <Box sx={{ mt: 1 }} data-testid="evaluasi-saya">
      <Title title="mskp.evaluasi.judul_saya" />
      <Stack spacing={2}>
        <Card>
          <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Box sx={{ flex: 1, minWidth: 240 }}>
              <Typography variant="h5" component="h1">
                {translate('mskp.evaluasi.judul_saya')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate('mskp.evaluasi.saya_petunjuk')}
              </Typography>
            </Box>
            <PilihPeriode tahun={tahun} onTahun={setTahun} />
          </CardContent>
        </Card>
        {isPending && nip ? (
          <Skeleton variant="rectangular" height={160} />
        ) : error ? (
          <Alert severity="error">{translate('mskp.error.gagal_memuat', { pesan: error.message })}</Alert>
        ) : urut.length === 0 ? (
          <EmptyNote testId="evaluasi-saya-kosong">{translate('mskp.evaluasi.saya_kosong', { tahun })}</EmptyNote>
        ) : (
          urut.map((e) => {
            const label = labelPeriode(e, (b) => namaBulan(b, lokal));
            return (
              <Card
                key={e.id}
                data-testid="evaluasi-saya-baris"
                data-bulan={e.bulan ?? ''}
                data-jenis={e.periode_jenis}
              >
                <CardHeader
                  title={translate(label.key, label.args)}
                  subheader={translate('mskp.evaluasi.dinilai_oleh', {
                    nama: `${e.penilai.sebagai === 'PLT' ? 'Plt. ' : ''}${e.penilai.nama ?? ''}`,
                    tanggal: formatDate(e.dinilai_pada, lokal),
                  })}
                  action={
                    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', pt: 1, pr: 1 }}>
                      {e.konteks === 'PLT' ? (
                        <Chip size="small" variant="outlined" label={translate('mskp.evaluasi.konteks_plt')} />
                      ) : null}
                      <PredikatChip kode={e.predikat.kode} nama={e.predikat.nama} />
                      <CetakEvaluasi evaluasi={e} kecil />
                    </Box>
                  }
                  slotProps={{ title: { variant: 'h6' } }}
                />
                <CardContent sx={{ pt: 0 }}>
                  <Box
                    sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' }, mb: 1 }}
                  >
                    <Nilai label={translate('mskp.evaluasi.rating_hasil')} testId="saya-rating-hasil">
                      {translate(`mskp.evaluasi.rating.${e.rating_hasil}`)}
                    </Nilai>
                    <Nilai label={translate('mskp.evaluasi.rating_perilaku')} testId="saya-rating-perilaku">
                      {translate(`mskp.evaluasi.rating.${e.rating_perilaku}`)}{' '}
                      {e.perilaku_source === 'PLT' && e.konteks === 'DEFINITIF' ? (
                        <PerilakuPltChip asli={e.rating_perilaku_asli} />
                      ) : null}
                    </Nilai>
                    <Nilai label={translate('mskp.evaluasi.capaian')} testId="saya-capaian">
                      {formatPersen(e.capaian, lokal)}
                      {e.angka_kredit != null
                        ? ` · ${translate('mskp.evaluasi.angka_kredit_nilai', { nilai: formatAngka(e.angka_kredit, lokal, 3) })}`
                        : ''}
                    </Nilai>
                  </Box>
                  {e.umpan_balik ? (
                    <Nilai label={translate('mskp.evaluasi.umpan_balik')} testId="saya-umpan-balik">
                      {e.umpan_balik}
                    </Nilai>
                  ) : null}
                  {e.umpan_balik_rhk.length ? (
                    <Nilai label={translate('mskp.evaluasi.hasil_kerja')} testId="saya-umpan-balik-rhk">
                      {e.umpan_balik_rhk
                        .map((x) => (x.uraian ? `${x.uraian}: ${x.umpan_balik}` : x.umpan_balik))
                        .join('\n')}
                    </Nilai>
                  ) : null}
                  {e.umpan_balik_perilaku.length ? (
                    <Nilai label={translate('mskp.evaluasi.perilaku')} testId="saya-umpan-balik-perilaku">
                      {e.umpan_balik_perilaku.map((x) => `${x.nama ?? x.kode}: ${x.umpan_balik}`).join('\n')}
                    </Nilai>
                  ) : null}
                </CardContent>
              </Card>
            );
          })
        )}
      </Stack>
    </Box>
  );
};

const Nilai = ({ label, children, testId }: { label: string; children: React.ReactNode; testId: string }) => (
  <Box sx={{ mb: 1 }}>
    <Typography variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
      {children}
    </Typography>
  </Box>
);
