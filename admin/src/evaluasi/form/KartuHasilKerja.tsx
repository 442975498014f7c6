import {
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { PersiapanEvaluasi } from '../../dataProvider/evaluasi';
import type { RenaksiBulan } from '../../dataProvider/renaksi';
import { intlLocale } from '../../i18n';
import { formatAngka, formatPersen } from '../../common/angka';
import { perRhk } from '../../common/realisasi/aturan';
import { DaftarBukti, RtpChip, StatusRealisasiChip, useWarnaRtp } from '../../common/realisasi/komponen';
import { capaianBulan } from '../aturan';

/** The RHK of the SKP with their capaian, the month's renaksi and evidence, and an umpan balik per RHK. */
export const KartuHasilKerja = ({
  data,
  rhk,
  renaksiPending,
  umpanBalik,
  onUmpanBalik,
  nonaktif,
}: {
  data: PersiapanEvaluasi;
  rhk: ReturnType<typeof perRhk<RenaksiBulan>>;
  renaksiPending: boolean;
  umpanBalik: Record<string, string>;
  onUmpanBalik: (rhkId: string, teks: string) => void;
  nonaktif: boolean;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const warna = useWarnaRtp();
  const capaianRhk = new Map((capaianBulan(data.capaian)?.rhk ?? []).map((r) => [r.id, r]));
  return (
    <Card data-testid="evaluasi-hasil-kerja">
      <CardHeader title={translate('mskp.evaluasi.hasil_kerja')} slotProps={{ title: { variant: 'h6' } }} />
      <CardContent sx={{ pt: 0, overflowX: 'auto' }}>
        {renaksiPending ? (
          <Skeleton variant="rectangular" height={80} />
        ) : rhk.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('mskp.evaluasi.rhk_kosong')}
          </Typography>
        ) : (
          <Stack spacing={3}>
            {rhk.map(({ rhk: r, renaksi }) => (
              <Box key={r.id} data-testid="evaluasi-rhk" data-id={r.id}>
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
                  <Chip size="small" label={r.jenis} />
                  <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
                    {r.uraian}
                  </Typography>
                  <Typography variant="body2">
                    {translate('mskp.evaluasi.capaian')}: {formatPersen(capaianRhk.get(r.id)?.capaian ?? null, lokal)}
                  </Typography>
                </Box>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('mskp.evaluasi.rencana_aksi')}</TableCell>
                      <TableCell align="right">{translate('mskp.renaksi.target')}</TableCell>
                      <TableCell align="right">{translate('mskp.renaksi.realisasi')}</TableCell>
                      <TableCell align="right">{translate('mskp.renaksi.capaian')}</TableCell>
                      <TableCell>{translate('mskp.renaksi.bukti')}</TableCell>
                      <TableCell>{translate('mskp.renaksi.status_label')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {renaksi.map((x) => (
                      <TableRow
                        key={x.id}
                        data-testid="evaluasi-renaksi"
                        sx={x.sebagai_rtp ? { bgcolor: warna.latar } : undefined}
                      >
                        <TableCell sx={{ minWidth: 200 }}>
                          {x.uraian} {x.sebagai_rtp ? <RtpChip /> : null}
                        </TableCell>
                        <TableCell align="right">
                          {formatAngka(x.target?.nilai, lokal)} {x.satuan}
                        </TableCell>
                        <TableCell align="right">{formatAngka(x.realisasi?.nilai, lokal)}</TableCell>
                        <TableCell align="right">{formatPersen(x.realisasi?.capaian, lokal)}</TableCell>
                        <TableCell sx={{ minWidth: 160, maxWidth: 240 }}>
                          <DaftarBukti bukti={x.realisasi?.bukti ?? []} />
                        </TableCell>
                        <TableCell>
                          <StatusRealisasiChip realisasi={x.realisasi} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                <TextField
                  label={translate('mskp.evaluasi.umpan_balik_rhk')}
                  value={umpanBalik[r.id] ?? ''}
                  onChange={(event) => onUmpanBalik(r.id, event.target.value)}
                  multiline
                  fullWidth
                  size="small"
                  sx={{ mt: 1 }}
                  disabled={nonaktif}
                  slotProps={{ htmlInput: { 'data-testid': 'umpan-balik-rhk', maxLength: 4000 } }}
                />
              </Box>
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
