import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { BarChart } from '../common/BarChart';
import { useMskpDataProvider } from '../dataProvider';
import type { BarisStatistikRhk, StatistikRhk as Statistik } from '../dataProvider/renaksi';
import { intlLocale } from '../i18n';
import { PilihPeriode } from '../common/PilihPeriode';
import { OPSI_KUERI } from '../common/realisasi/kueri';

/** Columns of the table, in order (keys of the server's row = message keys under mskp.renaksi.stat). */
export const KOLOM_STATISTIK: ReadonlyArray<keyof BarisStatistikRhk> = [
  'pegawai',
  'skp',
  'skp_disetujui',
  'rhk',
  'rhk_prioritas',
  'rhk_inovasi',
  'rhk_perintah_walikota',
  'renaksi',
  'renaksi_rtp',
];

/** Bars per OPD for one count: the `n` largest above zero (the table lists every OPD). */
export const barisGrafik = (data: Statistik, nilai: (row: BarisStatistikRhk) => number, n = 15) =>
  data.opd
    .map((row) => ({
      opd_id: String(row.opd.id),
      opd_nama: row.opd.nama,
      singkatan: row.opd.singkatan,
      jumlah: nilai(row),
    }))
    .filter((row) => row.jumlah > 0)
    .sort((a, b) => b.jumlah - a.jumlah || a.opd_nama.localeCompare(b.opd_nama, 'id'))
    .slice(0, n);

/** Flagged RHK of a row: sasaran prioritas + inovasi + perintah wali kota. */
export const jumlahFlag = (row: BarisStatistikRhk) => row.rhk_prioritas + row.rhk_inovasi + row.rhk_perintah_walikota;

/**
 * `/statistik-rhk` (BKPSDM, Admin OPD, Inspektorat): per OPD the pegawai, SKP, approved SKP, RHK and
 * their flags, renaksi and RTP of a year (scoped by the server), the city total, and bar charts.
 */
export const StatistikRhk = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useMskpDataProvider();
  const [tahun, setTahun] = useState(new Date().getFullYear());
  const { data, isPending, error } = useQuery({
    ...OPSI_KUERI,
    queryKey: ['statistik-rhk', tahun],
    queryFn: () => dataProvider.statistikRhk({ tahun }),
    placeholderData: keepPreviousData,
  });
  const angka = (n: number) => Number(n ?? 0).toLocaleString(intlLocale(locale));
  return (
    <Box sx={{ mt: 1 }} data-testid="statistik-rhk">
      <Title title="mskp.renaksi.judul_statistik" />
      <Stack spacing={2}>
        <Card>
          <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h1">
              {translate('mskp.renaksi.judul_statistik')}
            </Typography>
            <PilihPeriode tahun={tahun} onTahun={setTahun} />
          </CardContent>
        </Card>
        {isPending && !data ? (
          <Skeleton variant="rectangular" height={240} />
        ) : error ? (
          <Alert severity="error">{translate('mskp.error.gagal_memuat', { pesan: error.message })}</Alert>
        ) : !data || data.opd.length === 0 ? (
          <EmptyNote testId="statistik-kosong">{translate('mskp.renaksi.statistik_kosong', { tahun })}</EmptyNote>
        ) : (
          <>
            <Card>
              <CardContent sx={{ overflowX: 'auto' }}>
                <Table size="small" data-testid="statistik-tabel">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('mskp.renaksi.stat.opd')}</TableCell>
                      {KOLOM_STATISTIK.map((k) => (
                        <TableCell key={k} align="right">
                          {translate(`mskp.renaksi.stat.${k}`)}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.opd.map((row) => (
                      <TableRow key={String(row.opd.id)} data-testid="statistik-baris" data-opd={row.opd.kode_opd}>
                        <TableCell>{row.opd.nama}</TableCell>
                        {KOLOM_STATISTIK.map((k) => (
                          <TableCell key={k} align="right">
                            {angka(row[k])}
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                    <TableRow
                      data-testid="statistik-total"
                      sx={{ '& td': { fontWeight: 700, borderTop: 2, borderColor: 'divider' } }}
                    >
                      <TableCell>{translate('mskp.renaksi.stat.total')}</TableCell>
                      {KOLOM_STATISTIK.map((k) => (
                        <TableCell key={k} align="right">
                          {angka(data.total[k])}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableBody>
                </Table>
              </CardContent>
            </Card>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
              <Card>
                <CardHeader title={translate('mskp.renaksi.grafik_renaksi')} slotProps={{ title: { variant: 'h6' } }} />
                <CardContent>
                  <BarChart
                    rows={barisGrafik(data, (row) => row.renaksi)}
                    judul="mskp.renaksi.grafik_renaksi"
                    label="mskp.renaksi.grafik_label_renaksi"
                    testId="grafik-renaksi-opd"
                  />
                </CardContent>
              </Card>
              <Card>
                <CardHeader title={translate('mskp.renaksi.grafik_flag')} slotProps={{ title: { variant: 'h6' } }} />
                <CardContent>
                  <BarChart
                    rows={barisGrafik(data, jumlahFlag)}
                    judul="mskp.renaksi.grafik_flag"
                    label="mskp.renaksi.grafik_label_flag"
                    testId="grafik-flag-opd"
                  />
                </CardContent>
              </Card>
            </Box>
          </>
        )}
      </Stack>
    </Box>
  );
};
