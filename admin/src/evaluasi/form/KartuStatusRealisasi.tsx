import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  List,
  ListItem,
  ListItemText,
  Stack,
} from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useLocaleState, useTranslate } from 'react-admin';
import { RouterLink } from '../../common/RouterLink';
import type { PersiapanEvaluasi } from '../../dataProvider/evaluasi';
import { intlLocale } from '../../i18n';
import { namaBulan } from '../../common/periode';
import { formatDate } from '../../util/format';

/**
 * The realisasi gate of the month: counts by status, the unchecked ones (check them all here or go to
 * the check screen) and the ones not yet filled with their entry deadline.
 */
export const KartuStatusRealisasi = ({
  data,
  sibuk,
  onPeriksaSemua,
}: {
  data: PersiapanEvaluasi;
  sibuk: boolean;
  onPeriksaSemua: (ids: string[]) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const jumlah = data.realisasi.jumlah;
  return (
    <Card data-testid="evaluasi-realisasi">
      <CardHeader title={translate('mskp.evaluasi.status_realisasi')} slotProps={{ title: { variant: 'h6' } }} />
      <CardContent sx={{ pt: 0 }}>
        {jumlah ? (
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }}>
            {(Object.keys(jumlah) as Array<keyof typeof jumlah>).map((k) => (
              <Chip
                key={k}
                size="small"
                variant="outlined"
                color={(k === 'belum_diperiksa' || k === 'belum_diisi') && jumlah[k] > 0 ? 'warning' : 'default'}
                label={`${translate(`mskp.evaluasi.jumlah.${k}`)}: ${jumlah[k]}`}
                data-testid={`jumlah-${k}`}
                data-jumlah={jumlah[k]}
              />
            ))}
          </Box>
        ) : null}
        {data.realisasi.belum_diperiksa.length ? (
          <Alert
            severity="warning"
            sx={{ mb: 2 }}
            data-testid="blok-belum-diperiksa"
            action={
              <Stack spacing={1}>
                <Button
                  size="small"
                  variant="contained"
                  startIcon={<DoneAllIcon />}
                  disabled={sibuk}
                  onClick={() => onPeriksaSemua(data.realisasi.belum_diperiksa.map((x) => x.realisasi))}
                  data-testid="periksa-semua"
                >
                  {translate('mskp.evaluasi.periksa_semua', {
                    smart_count: data.realisasi.belum_diperiksa.length,
                  })}
                </Button>
                <Button size="small" component={RouterLink} to="/pemeriksaan-realisasi" data-testid="ke-pemeriksaan">
                  {translate('mskp.evaluasi.ke_pemeriksaan')}
                </Button>
              </Stack>
            }
          >
            <AlertTitle>{translate('mskp.evaluasi.belum_diperiksa_judul')}</AlertTitle>
            {translate('mskp.evaluasi.belum_diperiksa_petunjuk')}
            <List dense disablePadding>
              {data.realisasi.belum_diperiksa.map((x) => (
                <ListItem key={`${x.realisasi}`} disableGutters data-testid="belum-diperiksa">
                  <ListItemText primary={x.uraian} secondary={namaBulan(x.bulan, lokal)} />
                </ListItem>
              ))}
            </List>
          </Alert>
        ) : null}
        {data.realisasi.belum_diisi.length ? (
          <Alert severity="info" data-testid="blok-belum-diisi">
            <AlertTitle>{translate('mskp.evaluasi.belum_diisi_judul')}</AlertTitle>
            {translate('mskp.evaluasi.belum_diisi_petunjuk')}
            <List dense disablePadding>
              {data.realisasi.belum_diisi.map((x) => (
                <ListItem key={`${x.renaksi}:${x.bulan}`} disableGutters data-testid="belum-diisi">
                  <ListItemText
                    primary={x.uraian}
                    secondary={translate('mskp.evaluasi.batas_sampai', {
                      bulan: namaBulan(x.bulan, lokal),
                      tanggal: formatDate(`${x.batas_input}T00:00:00`, lokal),
                    })}
                  />
                </ListItem>
              ))}
            </List>
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
};
