import { Alert, Card, CardContent, CardHeader, Skeleton, Stack } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { useMskpDataProvider } from '../dataProvider';
import type { RenaksiTahun } from '../dataProvider/renaksi';
import { kueriRenaksiTahun } from '../common/realisasi/kueri';
import { perRhk } from './aturan';
import { GridTahunan } from './GridTahunan';

/** The year: 12 months as columns (realisasi / target), RTP months coloured. */
export const TampilanTahunan = ({ nip, tahun }: { nip: string; tahun: number }) => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const { data, isPending, error } = useQuery({
    ...kueriRenaksiTahun(dataProvider, nip, tahun),
    placeholderData: keepPreviousData,
  });
  if (isPending && !data) return <Skeleton variant="rectangular" height={200} />;
  if (error) return <Alert severity="error">{translate('mskp.error.gagal_memuat', { pesan: error.message })}</Alert>;
  const rows: RenaksiTahun[] = data ?? [];
  if (rows.length === 0)
    return <EmptyNote testId="renaksi-kosong-tahun">{translate('mskp.renaksi.kosong_tahun')}</EmptyNote>;
  return (
    <Stack spacing={2}>
      {perRhk(rows).map(({ rhk, renaksi }) => (
        <Card key={rhk.id}>
          <CardHeader
            title={rhk.uraian}
            subheader={translate(`mskp.skp.jenis_rhk.${rhk.jenis}`)}
            slotProps={{ title: { variant: 'subtitle1', sx: { fontWeight: 600 } } }}
          />
          <CardContent sx={{ pt: 0 }}>
            <GridTahunan renaksi={renaksi} realisasi />
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};
