import { Box, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import type { SkpDetail } from '../dataProvider/types';
import { intlLocale } from '../i18n';
import { formatDate, formatNip, LONG_DATE_TIME } from '../util/format';
import { StatusSkpChip } from './komponen';
import { useRiwayatSkp } from './kueri';

/** The validation history (newest first): every transition of the SKP and of its RHK. */
export const RiwayatTab = ({ skp }: { skp: SkpDetail }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useRiwayatSkp(skp.id);
  const uraianRhk = new Map(skp.rhk.map((rhk) => [rhk.id, rhk.uraian]));
  if (isPending && !data) return <Skeleton variant="rectangular" height={160} />;
  if (error) return <Typography color="error">{error.message}</Typography>;
  if (!data || data.length === 0)
    return <EmptyNote testId="riwayat-kosong">{translate('mskp.skp.riwayat_kosong')}</EmptyNote>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="riwayat-tabel">
        <TableHead>
          <TableRow>
            <TableCell>{translate('mskp.skp.riwayat_waktu')}</TableCell>
            <TableCell>{translate('mskp.skp.riwayat_objek')}</TableCell>
            <TableCell>{translate('mskp.skp.riwayat_aksi')}</TableCell>
            <TableCell>{translate('mskp.skp.riwayat_status')}</TableCell>
            <TableCell>{translate('mskp.skp.riwayat_oleh')}</TableCell>
            <TableCell>{translate('mskp.skp.riwayat_sebagai')}</TableCell>
            <TableCell>{translate('mskp.skp.riwayat_catatan')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((baris) => (
            <TableRow key={baris.id} data-testid="riwayat-baris" data-aksi={baris.aksi}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {formatDate(baris.waktu, intlLocale(locale), LONG_DATE_TIME)}
              </TableCell>
              <TableCell>
                {baris.objek_tipe === 'RHK' ? `RHK: ${uraianRhk.get(baris.objek_id) ?? baris.objek_id}` : 'SKP'}
              </TableCell>
              <TableCell>{translate(`mskp.skp.aksi.${baris.aksi}`, { _: baris.aksi })}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {baris.dari ? (
                  <>
                    <StatusSkpChip status={baris.dari} /> →{' '}
                  </>
                ) : null}
                <StatusSkpChip status={baris.ke} />
              </TableCell>
              <TableCell sx={{ minWidth: 190 }}>
                {baris.aktor_nama ?? '-'}
                {baris.aktor_nip && /^\d{18}$/.test(baris.aktor_nip) ? (
                  <Typography variant="caption" component="div" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                    {formatNip(baris.aktor_nip)}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell data-testid="riwayat-sebagai" data-sebagai={baris.bertindak_sebagai ?? ''}>
                {baris.bertindak_sebagai
                  ? translate(`mskp.skp.sebagai.${baris.bertindak_sebagai}`, { _: baris.bertindak_sebagai })
                  : '-'}
              </TableCell>
              <TableCell data-testid="riwayat-catatan" sx={{ whiteSpace: 'pre-wrap', maxWidth: 360 }}>
                {baris.catatan ?? '-'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
