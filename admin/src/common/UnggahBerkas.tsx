import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { ReactNode, RefObject } from 'react';
import { useTranslate } from 'react-admin';

/**
 * The file step of an import screen: choose a file, see its name, send it. Test ids are `<awalan>-berkas`,
 * `<awalan>-nama-berkas` and `<awalan>-unggah`; `pesan` names the message keys of the screen.
 */
export const BarisUnggahBerkas = ({
  awalan,
  accept,
  berkas,
  input,
  onBerkas,
  onKirim,
  sibuk,
  tertutup = false,
  pesan,
  awal,
}: {
  awalan: string;
  accept: string;
  berkas: File | null;
  input: RefObject<HTMLInputElement>;
  onBerkas: (berkas: File | null) => void;
  onKirim: () => void;
  sibuk: boolean;
  /** true while the screen lacks what the upload needs (e.g. no OPD chosen) */
  tertutup?: boolean;
  pesan: { pilih: string; unggah: string; belumPilih?: string };
  /** buttons shown before the file chooser (templates) */
  awal?: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ mt: awal ? 1 : 2, flexWrap: 'wrap', alignItems: 'center' }}>
      {awal}
      <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={sibuk || tertutup}>
        {translate(pesan.pilih)}
        <input
          ref={input}
          hidden
          type="file"
          accept={accept}
          data-testid={`${awalan}-berkas`}
          onChange={(e) => onBerkas(e.target.files?.[0] ?? null)}
        />
      </Button>
      <Typography
        variant="body2"
        color={berkas || !pesan.belumPilih ? 'text.primary' : 'text.secondary'}
        data-testid={`${awalan}-nama-berkas`}
      >
        {berkas?.name ?? (pesan.belumPilih ? translate(pesan.belumPilih) : '')}
      </Typography>
      <Button
        variant="contained"
        disabled={!berkas || sibuk || tertutup}
        onClick={onKirim}
        data-testid={`${awalan}-unggah`}
      >
        {translate(pesan.unggah)}
      </Button>
    </Stack>
  );
};

/**
 * Progress of an upload (`persen` 0–100: sending; 100: the server checks the file); nothing when no upload runs.
 * Test id `<awalan>-progres-unggah`.
 */
export const ProgresUnggah = ({
  awalan,
  persen,
  pesan,
}: {
  awalan: string;
  persen: number | null;
  pesan: { mengunggah: string; memeriksa: string };
}) => {
  const translate = useTranslate();
  if (persen === null) return null;
  return (
    <Box sx={{ mt: 2 }} data-testid={`${awalan}-progres-unggah`}>
      <Typography variant="caption">
        {translate(persen < 100 ? pesan.mengunggah : pesan.memeriksa, { persen })}
      </Typography>
      <LinearProgress variant={persen < 100 ? 'determinate' : 'indeterminate'} value={persen} />
    </Box>
  );
};
