import {
  Alert,
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
import { useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import type { LaporanPredikat } from '../dataProvider/laporanPredikat';
import { formatNip } from '../util/format';
import { K } from './aturan';

/** The rated pegawai with their ratings and predikat, and those not rated yet. */
export const KartuPegawaiPredikat = ({ laporan }: { laporan: LaporanPredikat }) => {
  const translate = useTranslate();
  return (
    <Card>
      <CardHeader title={translate(`${K}pegawai`)} slotProps={{ title: { variant: 'h6' } }} />
      <CardContent sx={{ overflowX: 'auto' }}>
        {laporan.pegawai.length ? (
          <Table size="small" data-testid="predikat-pegawai">
            <TableHead>
              <TableRow>
                <TableCell>{translate(`${K}nip`)}</TableCell>
                <TableCell>{translate(`${K}nama`)}</TableCell>
                <TableCell>{translate(`${K}jabatan`)}</TableCell>
                <TableCell>{translate(`${K}rating_hasil`)}</TableCell>
                <TableCell>{translate(`${K}rating_perilaku`)}</TableCell>
                <TableCell>{translate(`${K}predikat`)}</TableCell>
                <TableCell>{translate(`${K}sumber_perilaku`)}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {laporan.pegawai.map((p) => (
                <TableRow key={p.nip} data-testid="predikat-pegawai-baris">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatNip(p.nip)}</TableCell>
                  <TableCell>{p.nama}</TableCell>
                  <TableCell>{p.jabatan ?? ''}</TableCell>
                  <TableCell>{p.rating_hasil.nama}</TableCell>
                  <TableCell>{p.rating_perilaku.nama}</TableCell>
                  <TableCell>{p.predikat.nama}</TableCell>
                  <TableCell>{translate(p.perilaku_source === 'PLT' ? `${K}plt` : `${K}definitif`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <EmptyNote testId="predikat-pegawai-kosong">{translate(`${K}kosong`)}</EmptyNote>
        )}
        {laporan.belum_dinilai.length ? (
          <Alert severity="info" sx={{ mt: 2 }} data-testid="predikat-belum-dinilai">
            <Typography variant="subtitle2">
              {translate(`${K}belum_dinilai`, { smart_count: laporan.belum_dinilai.length })}
            </Typography>
            {laporan.belum_dinilai.map((p) => `${p.nama} (${formatNip(p.nip)})`).join(', ')}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
};
