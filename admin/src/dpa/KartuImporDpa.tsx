import { Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import type { RefObject } from 'react';
import { useTranslate } from 'react-admin';
import { BarisUnggahBerkas, ProgresUnggah } from '../common/UnggahBerkas';

/**
 * The year and OPD of the DPA screen and, for the roles that import, the steps: template, file, upload
 * (with its progress). An Admin OPD's OPD is fixed.
 */
export const KartuImporDpa = ({
  tahun,
  kodeOpd,
  daftarOpd,
  opdSendiri,
  onTahun,
  onOpd,
  bolehImpor,
  onTemplat,
  berkas,
  input,
  onBerkas,
  onKirim,
  unggah,
  sibuk,
}: {
  tahun: number;
  kodeOpd: string;
  daftarOpd: Array<{ id: string; kode_opd: string; nama: string }>;
  opdSendiri: boolean;
  onTahun: (tahun: number) => void;
  onOpd: (kodeOpd: string) => void;
  bolehImpor: boolean;
  onTemplat: () => void;
  berkas: File | null;
  input: RefObject<HTMLInputElement>;
  onBerkas: (berkas: File | null) => void;
  onKirim: () => void;
  /** upload progress in percent; null when no upload runs */
  unggah: number | null;
  sibuk: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <TextField
            size="small"
            type="number"
            label={translate('mskp.dpa.tahun')}
            value={tahun}
            disabled={sibuk}
            onChange={(e) => onTahun(Number(e.target.value))}
            sx={{ width: 110 }}
            slotProps={{ htmlInput: { 'data-testid': 'dpa-tahun', min: 2000, max: 2100 } }}
          />
          <TextField
            select
            size="small"
            label={translate('mskp.dpa.opd')}
            value={kodeOpd}
            disabled={sibuk || opdSendiri}
            helperText={opdSendiri ? translate('mskp.dpa.opd_sendiri') : undefined}
            onChange={(e) => onOpd(String(e.target.value))}
            sx={{ width: { xs: '100%', sm: 480 } }}
            data-testid="dpa-opd"
          >
            {daftarOpd.map((o) => (
              <MenuItem key={o.id} value={o.kode_opd}>
                {o.kode_opd} — {o.nama}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        {bolehImpor ? (
          <>
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              {translate('mskp.dpa.langkah')}
            </Typography>
            <BarisUnggahBerkas
              awalan="dpa"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              berkas={berkas}
              input={input}
              onBerkas={onBerkas}
              onKirim={onKirim}
              sibuk={sibuk}
              tertutup={!kodeOpd}
              pesan={{ pilih: 'mskp.dpa.pilih_berkas', unggah: 'mskp.dpa.unggah', belumPilih: 'mskp.dpa.belum_pilih' }}
              awal={
                <Button size="small" startIcon={<DownloadIcon />} onClick={onTemplat} data-testid="dpa-templat">
                  {translate('mskp.dpa.templat')}
                </Button>
              }
            />
          </>
        ) : null}
        {!kodeOpd ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {translate('mskp.dpa.pilih_opd')}
          </Typography>
        ) : null}
        <ProgresUnggah
          awalan="dpa"
          persen={unggah}
          pesan={{ mengunggah: 'mskp.dpa.mengunggah', memeriksa: 'mskp.dpa.memeriksa' }}
        />
      </CardContent>
    </Card>
  );
};
