import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { LaporanPredikat } from '../dataProvider/laporanPredikat';
import { intlLocale } from '../i18n';
import { batangDistribusi, K, MERAH, teksPersen } from './aturan';
import { GrafikDistribusi } from './GrafikDistribusi';

/** The distribution per predikat against the quota (table and chart), the quota rules and their violations. */
export const KartuDistribusi = ({ laporan }: { laporan: LaporanPredikat }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  return (
    <Card data-testid="predikat-distribusi">
      <CardHeader
        title={translate(`${K}distribusi`)}
        subheader={translate(`${K}dinilai`, { smart_count: laporan.n })}
        slotProps={{ title: { variant: 'h6' } }}
      />
      <CardContent>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '2fr 3fr' } }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate(`${K}predikat`)}</TableCell>
                <TableCell align="right">{translate(`${K}jumlah`)}</TableCell>
                <TableCell align="right">{translate(`${K}persen`)}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {batangDistribusi(laporan).map((b) => (
                <TableRow
                  key={b.kode}
                  data-testid="predikat-jumlah"
                  sx={b.langgar ? { '& td': { color: MERAH, fontWeight: 700 } } : undefined}
                >
                  <TableCell>{b.nama}</TableCell>
                  <TableCell align="right">{b.jumlah}</TableCell>
                  <TableCell align="right">{teksPersen(b.persen, lokal)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <GrafikDistribusi batang={batangDistribusi(laporan)} />
        </Box>
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {translate(`${K}aturan`)}
        </Typography>
        {laporan.aturan.length ? (
          <Box component="ul" sx={{ mt: 0.5 }} data-testid="predikat-aturan">
            {laporan.aturan.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </Box>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate(`${K}aturan_kosong`)}
          </Typography>
        )}
        {laporan.pelanggaran.length ? (
          <Alert
            severity={laporan.hanya_peringatan ? 'warning' : 'error'}
            sx={{ mt: 1 }}
            data-testid="predikat-pelanggaran"
          >
            <Typography variant="subtitle2">{translate(`${K}pelanggaran`)}</Typography>
            <Box component="ul" sx={{ my: 0.5, color: MERAH }}>
              {laporan.pelanggaran.map((p) => (
                <li key={p.aturan} data-testid="predikat-pelanggaran-butir">
                  {p.pesan}
                </li>
              ))}
            </Box>
            {laporan.hanya_peringatan ? translate(`${K}peringatan`, { n: laporan.kurva_minimal_pegawai }) : null}
          </Alert>
        ) : laporan.aturan.length ? (
          <Alert severity="success" sx={{ mt: 1 }}>
            {translate(`${K}terpenuhi`)}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
};
