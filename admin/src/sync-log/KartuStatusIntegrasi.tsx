import { Alert, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import { barisStatus } from './tampilan';

/** "Status integrasi": each system on (with its URL) or off ("tidak dikonfigurasi" is a state, not an error). */
export const KartuStatusIntegrasi = () => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const { data, error, isPending } = useQuery({
    queryKey: ['integrasi', 'status'],
    queryFn: () => dataProvider.statusIntegrasi(),
    retry: false,
  });
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="status-integrasi">
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {translate('mskp.sync_log.status_integrasi')}
        </Typography>
        {error ? (
          <Alert severity="warning">{(error as Error).message || translate('ra.notification.http_error')}</Alert>
        ) : isPending ? (
          <Typography variant="body2" color="text.secondary">
            {translate('ra.page.loading')}
          </Typography>
        ) : (
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
            {barisStatus(data).map((s) => (
              <Stack key={s.kode} spacing={0.5} data-testid={`status-integrasi-${s.kode}`}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography variant="body1">{translate(`mskp.sync_log.sistem.${s.kode}`)}</Typography>
                  <Chip
                    size="small"
                    color={s.aktif ? 'success' : s.keadaan === 'KONFIGURASI_SALAH' ? 'warning' : 'default'}
                    variant={s.aktif ? 'filled' : 'outlined'}
                    label={translate(`mskp.sync_log.keadaan.${s.keadaan}`)}
                  />
                </Stack>
                <Typography variant="caption" color="text.secondary">
                  {s.url ?? s.pesan ?? ''}
                </Typography>
              </Stack>
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
