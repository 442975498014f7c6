import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n';
import { tanggalIndonesia } from './periode';

/**
 * The preview card of an import screen (presensi, DPA): the summary, the accepted / rejected counts, how long
 * the preview is kept, apply / cancel and the apply progress; `children` follow inside the card (e.g. tables).
 * Test ids are `<awalan>-ringkasan`, `-jumlah-diterima`, `-jumlah-ditolak`, `-berlaku`, `-terapkan` and
 * `-progres-terapkan`; `kunci` is the screen's message prefix, ending with a dot (`ringkasan`, `berlaku`, `tanpa_diterima`,
 * `terapkan`, `batal`, `menerapkan` below it).
 */
export const KartuPratinjauImpor = ({
  awalan,
  kunci,
  pratinjau,
  argRingkasan,
  labelDiterima,
  labelDitolak,
  sibuk,
  menerapkan,
  onTerapkan,
  onBatal,
  testId,
  sx,
  children,
}: {
  awalan: string;
  kunci: string;
  pratinjau: { diterima: readonly unknown[]; ditolak: readonly unknown[]; berlaku_sampai: string };
  argRingkasan: Record<string, unknown>;
  labelDiterima: string;
  labelDitolak: string;
  sibuk: boolean;
  menerapkan: boolean;
  onTerapkan: () => void;
  onBatal: () => void;
  testId?: string;
  sx?: object;
  children?: ReactNode;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const nDiterima = pratinjau.diterima.length;
  const nDitolak = pratinjau.ditolak.length;
  return (
    <Card sx={sx} data-testid={testId}>
      <CardContent>
        <Typography variant="body1" data-testid={`${awalan}-ringkasan`}>
          {translate(`${kunci}ringkasan`, argRingkasan)}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ my: 1 }}>
          <Chip
            size="small"
            color="success"
            label={labelDiterima}
            data-testid={`${awalan}-jumlah-diterima`}
            data-n={nDiterima}
          />
          <Chip
            size="small"
            color={nDitolak ? 'error' : 'default'}
            label={labelDitolak}
            data-testid={`${awalan}-jumlah-ditolak`}
            data-n={nDitolak}
          />
        </Stack>
        <Typography variant="caption" color="text.secondary" data-testid={`${awalan}-berlaku`}>
          {translate(`${kunci}berlaku`, {
            waktu: tanggalIndonesia(pratinjau.berlaku_sampai, { jam: true, locale: intlLocale(locale) }),
          })}
        </Typography>
        {nDiterima === 0 ? (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {translate(`${kunci}tanpa_diterima`)}
          </Alert>
        ) : null}
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button
            variant="contained"
            startIcon={<DoneAllIcon />}
            disabled={sibuk || nDiterima === 0}
            onClick={onTerapkan}
            data-testid={`${awalan}-terapkan`}
          >
            {translate(`${kunci}terapkan`, { n: nDiterima })}
          </Button>
          <Button disabled={sibuk} onClick={onBatal}>
            {translate(`${kunci}batal`)}
          </Button>
        </Stack>
        {menerapkan ? (
          <Box sx={{ mt: 2 }} data-testid={`${awalan}-progres-terapkan`}>
            <Typography variant="caption">{translate(`${kunci}menerapkan`)}</Typography>
            <LinearProgress />
          </Box>
        ) : null}
        {children}
      </CardContent>
    </Card>
  );
};
