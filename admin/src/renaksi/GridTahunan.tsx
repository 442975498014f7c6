import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { RenaksiTahun } from '../dataProvider/renaksi';
import { intlLocale } from '../i18n';
import { BULAN, bulanRtp, formatAngka, namaBulan, petaTahunan } from './aturan';
import { RtpChip, useWarnaRtp } from '../common/realisasi/komponen';

/**
 * Twelve months as columns: the target of each month (and, with `realisasi`, "realisasi / target");
 * months of an RTP renaksi are coloured and labelled "RTP". `aksi` renders per-row buttons.
 */
export const GridTahunan = ({
  renaksi,
  realisasi = false,
  aksi,
  testId = 'grid-tahunan',
}: {
  renaksi: readonly RenaksiTahun[];
  realisasi?: boolean;
  aksi?: (row: RenaksiTahun) => ReactNode;
  testId?: string;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const warna = useWarnaRtp();
  const lokal = intlLocale(locale);
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid={testId} sx={{ '& td, & th': { px: 0.75 } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ minWidth: 220 }}>{translate('mskp.renaksi.uraian')}</TableCell>
            {BULAN.map((b) => (
              <TableCell key={b} align="center" sx={{ minWidth: 52 }}>
                {namaBulan(b, lokal, 'short')}
              </TableCell>
            ))}
            {aksi ? <TableCell /> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {renaksi.map((row) => {
            const rtp = bulanRtp(row);
            return (
              <TableRow key={row.id} data-testid="grid-baris" data-id={row.id}>
                <TableCell>
                  <Typography variant="body2">{row.uraian}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {row.satuan}
                  </Typography>
                </TableCell>
                {petaTahunan(row).map(({ bulan, target, realisasi: r }) => (
                  <TableCell
                    key={bulan}
                    align="center"
                    data-testid="grid-sel"
                    data-bulan={bulan}
                    data-rtp={rtp.has(bulan) ? 'true' : 'false'}
                    sx={rtp.has(bulan) ? { bgcolor: warna.latar, borderLeft: `2px solid ${warna.utama}` } : undefined}
                  >
                    {target ? (
                      <>
                        <Typography variant="body2" component="div">
                          {realisasi ? `${formatAngka(r?.nilai, lokal)} / ` : ''}
                          {formatAngka(target.nilai, lokal)}
                        </Typography>
                        {rtp.has(bulan) ? (
                          <Typography variant="caption" sx={{ color: warna.utama, fontWeight: 700 }}>
                            RTP
                          </Typography>
                        ) : null}
                      </>
                    ) : (
                      <Typography variant="body2" color="text.disabled">
                        –
                      </Typography>
                    )}
                  </TableCell>
                ))}
                {aksi ? <TableCell sx={{ whiteSpace: 'nowrap' }}>{aksi(row)}</TableCell> : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 1 }}>
        <RtpChip testId="legenda-rtp" />
        <Typography variant="caption" color="text.secondary">
          {translate(realisasi ? 'mskp.renaksi.legenda_tahunan' : 'mskp.renaksi.legenda_target')}
        </Typography>
      </Box>
    </Box>
  );
};
