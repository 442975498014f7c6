import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import { BATAS_TOTAL_TPP } from '../dataProvider/tpp';
import { pesanGalat, totalKey } from './bersama';
import { rupiah } from './format';

/** Totals of the listed month (summed from GET /api/tpp); read again when the TPP queries are invalidated. */
export const KartuTotal = ({
  tahun,
  bulan,
  kodeOpd,
  periode,
}: {
  tahun: number;
  bulan: number;
  kodeOpd: string;
  periode: string;
}) => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const { data: total, error } = useQuery({
    queryKey: totalKey(tahun, bulan, kodeOpd),
    queryFn: () => dataProvider.totalTpp({ tahun, bulan, ...(kodeOpd ? { kode_opd: kodeOpd } : {}) }),
    retry: false,
  });
  const galat = error ? pesanGalat(error) : null;
  return (
    <Card sx={{ my: 2 }} data-testid="tpp-total">
      <CardHeader
        title={translate('mskp.tpp.total.judul', { periode })}
        titleTypographyProps={{ variant: 'subtitle1' }}
      />
      <CardContent sx={{ pt: 0 }}>
        {galat ? (
          <Alert severity="error">{translate(galat, { _: galat })}</Alert>
        ) : total === undefined ? (
          <LinearProgress />
        ) : total === null ? (
          <Typography variant="body2" color="text.secondary">
            {translate('mskp.tpp.total.terlalu_banyak', { batas: BATAS_TOTAL_TPP })}
          </Typography>
        ) : total.pegawai === 0 ? (
          <Typography variant="body2" color="text.secondary" data-testid="tpp-total-kosong">
            {translate('mskp.tpp.total.kosong')}
          </Typography>
        ) : (
          <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {[
              ['pegawai', translate('mskp.tpp.total.pegawai'), String(total.pegawai)],
              ['jumlah_tpp', translate('mskp.tpp.kolom.jumlah_tpp'), rupiah(total.jumlah_tpp)],
              ['jumlah_potongan', translate('mskp.tpp.kolom.potongan'), rupiah(total.jumlah_potongan)],
              ['jumlah_ditransfer', translate('mskp.tpp.kolom.ditransfer'), rupiah(total.jumlah_ditransfer)],
            ].map(([k, label, nilai]) => (
              <Box key={k}>
                <Typography variant="caption" color="text.secondary">
                  {label}
                </Typography>
                <Typography variant="h6" data-testid={`tpp-total-${k}`}>
                  {nilai}
                </Typography>
              </Box>
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
