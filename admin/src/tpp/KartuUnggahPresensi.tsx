import { Box, Button, Card, CardContent, MenuItem, Stack, TextField } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useMutation } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import { intlLocale } from '../i18n';
import { namaBulan } from '../common/periode';
import { simpanBerkas } from '../common/berkas';
import { BarisUnggahBerkas, ProgresUnggah } from '../common/UnggahBerkas';

const BULAN = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The period, the two templates, the file and the upload of the attendance import. A template download
 * reports its failure through `laporkan` like the upload does.
 */
export const KartuUnggahPresensi = ({
  tahun,
  bulan,
  onTahun,
  onBulan,
  berkas,
  input,
  onBerkas,
  onKirim,
  unggah,
  sibuk,
  laporkan,
}: {
  tahun: number;
  bulan: number;
  onTahun: (tahun: number) => void;
  onBulan: (bulan: number) => void;
  berkas: File | null;
  input: RefObject<HTMLInputElement>;
  onBerkas: (berkas: File | null) => void;
  onKirim: () => void;
  /** upload progress in percent; null when no upload runs */
  unggah: number | null;
  sibuk: boolean;
  laporkan: (fn: () => Promise<unknown>) => Promise<void>;
}) => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const templat = useMutation({
    mutationFn: (format: 'xlsx' | 'csv') =>
      laporkan(async () => {
        const { blob, namaBerkas } = await dataProvider.templatPresensi(format);
        simpanBerkas(blob, namaBerkas);
      }),
  });
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <TextField
            size="small"
            type="number"
            label={translate('mskp.tpp.tahun')}
            value={tahun}
            disabled={sibuk}
            onChange={(e) => onTahun(Number(e.target.value))}
            sx={{ width: 110 }}
            slotProps={{ htmlInput: { 'data-testid': 'presensi-tahun', min: 2000, max: 2100 } }}
          />
          <TextField
            select
            size="small"
            label={translate('mskp.tpp.bulan')}
            value={bulan}
            disabled={sibuk}
            onChange={(e) => onBulan(Number(e.target.value))}
            sx={{ width: 160 }}
            data-testid="presensi-bulan"
          >
            {BULAN.map((b) => (
              <MenuItem key={b} value={b} data-bulan={b}>
                {namaBulan(b, lokal)}
              </MenuItem>
            ))}
          </TextField>
          <Box sx={{ flex: 1 }} />
          {(['xlsx', 'csv'] as const).map((f) => (
            <Button
              key={f}
              size="small"
              startIcon={<DownloadIcon />}
              disabled={templat.isPending}
              onClick={() => templat.mutate(f)}
              data-testid={`presensi-templat-${f}`}
            >
              {translate(f === 'xlsx' ? 'mskp.tpp.presensi.templat_xlsx' : 'mskp.tpp.presensi.templat_csv')}
            </Button>
          ))}
        </Stack>
        <BarisUnggahBerkas
          awalan="presensi"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          berkas={berkas}
          input={input}
          onBerkas={onBerkas}
          onKirim={onKirim}
          sibuk={sibuk}
          pesan={{ pilih: 'mskp.tpp.presensi.pilih_berkas', unggah: 'mskp.tpp.presensi.unggah' }}
        />
        <ProgresUnggah
          awalan="presensi"
          persen={unggah}
          pesan={{ mengunggah: 'mskp.tpp.presensi.mengunggah', memeriksa: 'mskp.tpp.presensi.memeriksa' }}
        />
      </CardContent>
    </Card>
  );
};
