import { Alert, Box, Button, Chip, LinearProgress, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DownloadIcon from '@mui/icons-material/Download';
import VerifiedIcon from '@mui/icons-material/Verified';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import type { SkpDetail } from '../dataProvider/types';
import { simpanBerkas } from '../common/berkas';
import { pesanGagal, useMuatUlangSkp } from './kueri';

/** Accepted signed documents (the server checks the content, not the name). */
export const JENIS_DOKUMEN_SKP = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/**
 * The signed SKP document (domain.md §4): an approved SKP counts as final once its signed copy is
 * uploaded. The owner uploads (or replaces) it; everyone who may read the SKP downloads it.
 */
export const DokumenSkp = ({ skp, pemilik }: { skp: SkpDetail; pemilik: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useMskpDataProvider();
  const input = useRef<HTMLInputElement>(null);
  const [progres, setProgres] = useState<number | null>(null);
  const muatUlang = useMuatUlangSkp(skp.id);
  const unggah = useMutation({
    mutationFn: (berkas: File) =>
      dataProvider.unggahDokumenSkp(skp.id, berkas, (terkirim, total) =>
        setProgres(total ? Math.round((terkirim / total) * 100) : null),
      ),
    onMutate: () => setProgres(0),
    onSuccess: () => {
      notify('mskp.skp.dokumen.berhasil', { type: 'success' });
      void muatUlang();
    },
    onSettled: () => {
      setProgres(null);
      if (input.current) input.current.value = '';
    },
  });
  const unduh = useMutation({
    mutationFn: async (dokumen: NonNullable<SkpDetail['dokumen']>) => {
      const { blob, namaBerkas } = await dataProvider.unduhBukti({ ...dokumen, jenis: 'BERKAS' });
      simpanBerkas(blob, namaBerkas);
    },
    onError: (error) => notify(pesanGagal(error), { type: 'error' }),
  });
  if (skp.status !== 'DISETUJUI') return null;
  const sibuk = unggah.isPending;
  const galat = unggah.error ? unggah.error.message || translate('ra.notification.http_error') : null;

  return (
    <Alert
      severity={skp.final ? 'success' : 'warning'}
      icon={skp.final ? <VerifiedIcon /> : undefined}
      sx={{ mb: 2 }}
      data-testid="skp-dokumen"
      data-final={skp.final ? 'true' : 'false'}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <Typography variant="body2" sx={{ mr: 1 }}>
          {translate(
            skp.final
              ? 'mskp.skp.dokumen.final'
              : pemilik
                ? 'mskp.skp.dokumen.wajib_pemilik'
                : 'mskp.skp.dokumen.belum',
          )}
        </Typography>
        {skp.final ? (
          <Chip
            size="small"
            color="success"
            label={translate('mskp.skp.dokumen.label_final')}
            data-testid="skp-final"
          />
        ) : null}
        {skp.dokumen ? (
          <Button
            size="small"
            startIcon={<DownloadIcon />}
            onClick={() => skp.dokumen && unduh.mutate(skp.dokumen)}
            data-testid="skp-dokumen-unduh"
          >
            {skp.dokumen.nama}
          </Button>
        ) : null}
        {pemilik ? (
          <>
            <input
              ref={input}
              type="file"
              hidden
              accept={JENIS_DOKUMEN_SKP}
              data-testid="skp-dokumen-berkas"
              onChange={(event) => {
                const berkas = event.target.files?.[0];
                if (berkas) unggah.mutate(berkas);
              }}
            />
            <Button
              size="small"
              variant="contained"
              startIcon={<UploadFileIcon />}
              disabled={sibuk}
              onClick={() => input.current?.click()}
              data-testid="skp-dokumen-unggah"
            >
              {translate(skp.dokumen ? 'mskp.skp.dokumen.ganti' : 'mskp.skp.dokumen.unggah')}
            </Button>
          </>
        ) : null}
      </Box>
      {sibuk ? (
        <LinearProgress
          sx={{ mt: 1 }}
          variant={progres == null ? 'indeterminate' : 'determinate'}
          value={progres ?? 0}
        />
      ) : null}
      {galat ? (
        <Typography variant="body2" color="error" sx={{ mt: 1 }} data-testid="skp-dokumen-galat">
          {galat}
        </Typography>
      ) : null}
    </Alert>
  );
};
