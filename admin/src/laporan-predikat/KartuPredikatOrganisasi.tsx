import { Alert, Box, Button, Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { LaporanPredikat, PredikatOrganisasi } from '../dataProvider/laporanPredikat';
import { intlLocale } from '../i18n';
import { alasanTidakFinal, K, MERAH, teksPersen } from './aturan';

/**
 * The organisation predikat: set or proposed, draft or final, who set it and why, an override, and the
 * actions the reader may take (set/change, finalise, override); why it cannot be finalised yet.
 */
export const KartuPredikatOrganisasi = ({
  laporan,
  po,
  sibuk,
  onDialog,
  onFinalkan,
}: {
  laporan: LaporanPredikat;
  po: PredikatOrganisasi;
  sibuk: boolean;
  onDialog: (dialog: 'tetapkan' | 'override') => void;
  onFinalkan: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const tidakFinal = alasanTidakFinal(laporan, po.boleh);
  return (
    <Card data-testid="predikat-organisasi">
      <CardHeader title={translate(`${K}organisasi`)} slotProps={{ title: { variant: 'h6' } }} />
      <CardContent>
        <Stack spacing={1.5}>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h5" data-testid="predikat-nilai">
              {laporan.predikat_organisasi.nama ?? translate(`${K}belum_ada`)}
            </Typography>
            <Chip
              size="small"
              label={translate(laporan.predikat_organisasi.sumber === 'DITETAPKAN' ? `${K}ditetapkan` : `${K}usulan`)}
            />
            <Chip
              size="small"
              color={laporan.predikat_organisasi.status === 'FINAL' ? 'success' : 'default'}
              label={translate(`${K}status.${laporan.predikat_organisasi.status}`)}
              data-testid="predikat-status"
            />
          </Box>
          <Typography variant="body2" color="text.secondary">
            {po.usulan ? translate(`${K}usulan_label`, { nama: po.usulan.nama }) : translate(`${K}tanpa_usulan`)}
            {po.capaian_opd != null
              ? ` · ${translate(`${K}capaian_opd`, { nilai: teksPersen(po.capaian_opd, lokal) })}`
              : ''}
          </Typography>
          {po.ditetapkan_oleh ? (
            <Typography variant="body2">
              {translate(`${K}oleh`, { nama: po.ditetapkan_oleh.nama, sebagai: po.ditetapkan_oleh.sebagai })}
              {po.alasan ? ` — ${po.alasan}` : ''}
            </Typography>
          ) : null}
          {laporan.predikat_organisasi.override ? (
            <Alert severity="info" data-testid="predikat-override-ada">
              {translate(`${K}override_ada`, {
                alasan: laporan.predikat_organisasi.override.alasan,
                oleh: laporan.predikat_organisasi.override.oleh,
              })}
            </Alert>
          ) : null}
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
            {po.boleh.tetapkan ? (
              <Button variant="outlined" onClick={() => onDialog('tetapkan')} data-testid="predikat-tetapkan">
                {translate(laporan.predikat_organisasi.sumber === 'DITETAPKAN' ? `${K}ubah` : `${K}tetapkan`)}
              </Button>
            ) : null}
            <Button
              variant="contained"
              disabled={!!tidakFinal || sibuk}
              onClick={onFinalkan}
              data-testid="predikat-finalkan"
            >
              {translate(`${K}finalkan`)}
            </Button>
            {po.boleh.override ? (
              <Button
                color="error"
                variant="outlined"
                onClick={() => onDialog('override')}
                data-testid="predikat-override"
              >
                {translate(`${K}override`)}
              </Button>
            ) : null}
          </Box>
          {tidakFinal ? (
            <Typography
              variant="body2"
              color={tidakFinal.kode === 'diblokir' ? MERAH : 'text.secondary'}
              data-testid="predikat-alasan-tidak-final"
            >
              {translate(`${K}tidak_final.${tidakFinal.kode}`, {
                smart_count: tidakFinal.kode === 'diblokir' ? tidakFinal.jumlah : 0,
              })}
            </Typography>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
};
