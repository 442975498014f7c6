import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatNip } from '../util/format';

/** One evaluation a run rewrote, as the server's `sinkron-plt` row lists it. */
export interface EvaluasiDiubah {
  nip: string | null;
  evaluasi: string;
  bulan: number;
  periode_jenis: 'BULANAN' | 'TRIWULAN';
  periode: number;
  dari: number;
  ke: number;
  aksi: 'TERAPKAN' | 'KEMBALIKAN';
  predikat: { dari: number; ke: number };
}

export interface EvaluasiDitahan {
  nip: string | null;
  evaluasi?: string;
  bulan: number | null;
  alasan: string;
}

/** What one run changed (and withheld): one row per evaluation. */
export const PerubahanRun = () => {
  const record = useRecordContext<{ id: string; diubah?: EvaluasiDiubah[]; ditahan?: EvaluasiDitahan[] }>();
  const translate = useTranslate();
  if (!record) return null;
  const diubah = record.diubah ?? [];
  const ditahan = record.ditahan ?? [];
  const f = (field: string) => translate(`resources.sinkron-plt.fields.${field}`);
  return (
    <Box sx={{ display: 'grid', gap: 1 }} data-testid="sinkron-plt-perubahan">
      <Typography variant="subtitle2">{translate('mskp.plt.perubahan')}</Typography>
      {diubah.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('mskp.plt.tidak_ada_perubahan')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{f('nip')}</TableCell>
              <TableCell>{f('periode')}</TableCell>
              <TableCell>{f('aksi')}</TableCell>
              <TableCell>{f('perilaku')}</TableCell>
              <TableCell>{f('predikat')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {diubah.map((d) => (
              <TableRow key={d.evaluasi}>
                <TableCell>{d.nip ? formatNip(d.nip) : '-'}</TableCell>
                <TableCell>{d.periode_jenis === 'TRIWULAN' ? `TW ${d.periode}` : d.bulan}</TableCell>
                <TableCell>{translate(`mskp.plt.aksi.${d.aksi}`)}</TableCell>
                <TableCell>{translate('mskp.plt.rating', { dari: d.dari, ke: d.ke })}</TableCell>
                <TableCell>{translate('mskp.plt.rating', { dari: d.predikat.dari, ke: d.predikat.ke })}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {ditahan.length > 0 ? (
        <>
          <Typography variant="subtitle2">{translate('mskp.plt.ditahan')}</Typography>
          {ditahan.map((d) => (
            <Typography key={`${d.evaluasi}-${d.bulan}`} variant="body2">
              {d.nip ? formatNip(d.nip) : '-'} · {d.bulan ?? '-'}
            </Typography>
          ))}
        </>
      ) : null}
    </Box>
  );
};
