import { Alert, Box, Button, Card, CardContent, CardHeader, LinearProgress, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useMutation } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import type { BerkasUnduhan } from '../dataProvider/berkas';
import type { JenisEkspor } from '../dataProvider/tpp';
import { simpanBerkas } from '../common/berkas';
import { pesanGalat } from './bersama';

interface Unduhan {
  kunci: string;
  label: string;
  ambil: () => Promise<BerkasUnduhan>;
}

/** Export buttons of the chosen OPD and month (files fetched with the bearer token, saved as blobs). */
export const KartuEkspor = ({
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
  const ekspor = (jenis: JenisEkspor, format: 'xlsx' | 'pdf') => () =>
    dataProvider.eksporTpp({ tahun, bulan, kode_opd: kodeOpd, jenis, format });
  const daftar: Unduhan[] = [
    { kunci: 'beban-xlsx', label: translate('mskp.tpp.ekspor.sipd_beban'), ambil: ekspor('beban', 'xlsx') },
    { kunci: 'prestasi-xlsx', label: translate('mskp.tpp.ekspor.sipd_prestasi'), ambil: ekspor('prestasi', 'xlsx') },
    { kunci: 'beban-pdf', label: translate('mskp.tpp.ekspor.pdf_beban'), ambil: ekspor('beban', 'pdf') },
    { kunci: 'prestasi-pdf', label: translate('mskp.tpp.ekspor.pdf_prestasi'), ambil: ekspor('prestasi', 'pdf') },
    {
      kunci: 'riwayat',
      label: translate('mskp.tpp.ekspor.riwayat', { tahun }),
      ambil: () => dataProvider.riwayatTpp({ tahun, kode_opd: kodeOpd }),
    },
  ];
  const unduh = useMutation({
    mutationFn: async (u: Unduhan) => {
      const { blob, namaBerkas } = await u.ambil();
      simpanBerkas(blob, namaBerkas);
      return namaBerkas;
    },
  });
  const aktif = unduh.isPending ? unduh.variables : undefined;
  const galat = unduh.error ? pesanGalat(unduh.error) : null;
  return (
    <Card sx={{ my: 2 }} data-testid="tpp-ekspor">
      <CardHeader
        title={translate('mskp.tpp.ekspor.judul', { periode })}
        titleTypographyProps={{ variant: 'subtitle1' }}
      />
      <CardContent sx={{ pt: 0 }}>
        {!kodeOpd ? (
          <Alert severity="info" data-testid="tpp-ekspor-pilih-opd" sx={{ mb: 1 }}>
            {translate('mskp.tpp.ekspor.pilih_opd')}
          </Alert>
        ) : null}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {daftar.map((u) => (
            <Button
              key={u.kunci}
              variant="outlined"
              size="small"
              startIcon={<DownloadIcon />}
              disabled={!kodeOpd || unduh.isPending}
              onClick={() => unduh.mutate(u)}
              data-testid={`tpp-ekspor-${u.kunci}`}
            >
              {u.label}
            </Button>
          ))}
        </Stack>
        {aktif ? (
          <Box sx={{ mt: 2 }} data-testid="tpp-ekspor-progres">
            <Typography variant="caption">{translate('mskp.tpp.ekspor.mengunduh', { berkas: aktif.label })}</Typography>
            <LinearProgress />
          </Box>
        ) : null}
        {galat ? (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="tpp-ekspor-galat">
            {translate('mskp.tpp.ekspor.gagal', { pesan: translate(galat, { _: galat }) })}
          </Alert>
        ) : null}
        {unduh.data ? (
          <Alert severity="success" sx={{ mt: 2 }} data-testid="tpp-ekspor-berhasil">
            {translate('mskp.tpp.ekspor.berhasil', { nama: unduh.data })}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
};
