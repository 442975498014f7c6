import {
  Alert,
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
  Typography,
} from '@mui/material';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { useMemo } from 'react';
import { Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { EmptyNote } from '../common/EmptyState';
import { RouterLink } from '../common/RouterLink';
import { useMe } from '../common/useIdentity';
import type { EvaluasiBaris } from '../dataProvider/evaluasi';
import { bulanLalu, daftarPenilaian, type SkpDinilai } from './aturan';
import { BelumDinilaiChip, PerilakuPltChip, PredikatChip } from './komponen';
import { intlLocale } from '../i18n';
import { hariIniJakarta, namaBulan } from '../common/periode';
import { PilihPeriode } from '../common/PilihPeriode';
import { formatNip } from '../util/format';

/**
 * `/penilaian-kinerja`: the penilai's list of the pegawai he evaluates in a month (default last month):
 * approved SKP whose penilai he is (Plt posts included) and the evaluations of the month he gave, each
 * "Belum dinilai" or with its predikat; a row opens the evaluation form.
 */
export const PenilaianKinerja = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const { me, isPending: mePending } = useMe();
  const nipSaya = me?.pegawai?.nip ?? '';
  const [cari, setCari] = useSearchParams();
  const awal = bulanLalu(hariIniJakarta());
  const tahun = Number(cari.get('tahun')) || awal.tahun;
  const bulan = Number(cari.get('bulan')) || awal.bulan;
  const ganti = (t: number, b: number) =>
    setCari(new URLSearchParams({ tahun: String(t), bulan: String(b) }), { replace: true });

  const skp = useGetList<SkpDinilai & { id: string }>(
    'skp',
    {
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'pegawai_nama', order: 'ASC' },
      filter: { tahun, status: 'DISETUJUI' },
    },
    { enabled: !!nipSaya },
  );
  const evaluasi = useGetList<EvaluasiBaris>(
    'evaluasi',
    {
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'pegawai_nama', order: 'ASC' },
      filter: { tahun, periode: bulan, periode_jenis: 'BULANAN' },
    },
    { enabled: !!nipSaya },
  );
  const baris = useMemo(
    () => daftarPenilaian(skp.data ?? [], evaluasi.data ?? [], nipSaya, tahun, bulan),
    [skp.data, evaluasi.data, nipSaya, tahun, bulan],
  );

  if (mePending) return <Skeleton variant="rectangular" height={200} sx={{ mt: 1 }} />;
  const periode = { bulan: namaBulan(bulan, lokal), tahun };
  const galat = skp.error ?? evaluasi.error;
  return (
    <Box sx={{ mt: 1 }} data-testid="penilaian-kinerja">
      <Title title="mskp.evaluasi.judul_penilaian" />
      <Stack spacing={2}>
        <Card>
          <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h1" sx={{ mr: 1 }}>
              {translate('mskp.evaluasi.judul_penilaian')}
            </Typography>
            <PilihPeriode
              tahun={tahun}
              bulan={bulan}
              onTahun={(t) => ganti(t, bulan)}
              onBulan={(b) => ganti(tahun, b)}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader
            title={translate('mskp.evaluasi.daftar_judul', periode)}
            subheader={translate('mskp.evaluasi.daftar_petunjuk')}
            slotProps={{ title: { variant: 'h6' } }}
          />
          <CardContent sx={{ pt: 0 }}>
            {skp.isPending || evaluasi.isPending ? (
              <Skeleton variant="rectangular" height={120} />
            ) : galat ? (
              <Alert severity="error">
                {translate('mskp.error.gagal_memuat', { pesan: String((galat as Error).message) })}
              </Alert>
            ) : baris.length === 0 ? (
              <EmptyNote testId="penilaian-kosong">{translate('mskp.evaluasi.daftar_kosong', periode)}</EmptyNote>
            ) : (
              <List dense disablePadding>
                {baris.map((b) => {
                  const query = new URLSearchParams({
                    tahun: String(tahun),
                    bulan: String(bulan),
                    ...(b.skp_id ? { skp: b.skp_id } : {}),
                  });
                  return (
                    <ListItem
                      key={`${b.skp_id ?? b.nip}:${b.konteks}`}
                      divider
                      data-testid="penilaian-baris"
                      data-nip={b.nip}
                      data-konteks={b.konteks}
                      sx={{ flexWrap: 'wrap', gap: 1 }}
                    >
                      <ListItemText
                        primary={
                          <>
                            {b.nama}{' '}
                            {b.konteks === 'PLT' ? (
                              <Chip
                                size="small"
                                variant="outlined"
                                label={translate('mskp.evaluasi.konteks_plt')}
                                data-testid="konteks-plt"
                              />
                            ) : null}
                          </>
                        }
                        secondary={[formatNip(b.nip), b.jabatan].filter(Boolean).join(' · ')}
                      />
                      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                        {b.evaluasi ? (
                          <PredikatChip kode={b.evaluasi.predikat_kode} nama={b.evaluasi.predikat_nama} />
                        ) : (
                          <BelumDinilaiChip />
                        )}
                        {b.evaluasi?.perilaku_source === 'PLT' && b.konteks === 'DEFINITIF' ? (
                          <PerilakuPltChip />
                        ) : null}
                        <Button
                          size="small"
                          variant={b.evaluasi ? 'text' : 'contained'}
                          startIcon={<RateReviewIcon />}
                          component={RouterLink}
                          to={`/penilaian-kinerja/${b.nip}?${query.toString()}`}
                          data-testid="penilaian-buka"
                        >
                          {translate(b.evaluasi ? 'mskp.evaluasi.ubah_nilai' : 'mskp.evaluasi.nilai')}
                        </Button>
                      </Box>
                    </ListItem>
                  );
                })}
              </List>
            )}
          </CardContent>
        </Card>
      </Stack>
    </Box>
  );
};
