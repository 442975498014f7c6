import { Box, Button, Chip, IconButton, Link, Stack, Tooltip, Typography } from '@mui/material';
import { alpha, useTheme } from '@mui/material/styles';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import LinkIcon from '@mui/icons-material/Link';
import RestoreIcon from '@mui/icons-material/Restore';
import { useMutation } from '@tanstack/react-query';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../../dataProvider';
import type { Bukti, StatusRealisasi } from '../../dataProvider/renaksi';
import { intlLocale } from '../../i18n';
import { simpanBerkas } from '../berkas';
import { CetakPdf } from '../CetakPdf';
import { namaBulan } from '../periode';
import { statusTampil, warnaStatusTampil } from './aturan';

/** Parts of a realisasi shown by the renaksi screens and the evaluation form: RTP, status, evidence, print. */

/** The RTP colour: a purple distinct from the theme's blues and the status colours. */
export const WARNA_RTP = '#7b1fa2';

export const useWarnaRtp = () => {
  const theme = useTheme();
  const utama = theme.palette.mode === 'dark' ? '#ce93d8' : WARNA_RTP;
  return { utama, latar: alpha(utama, theme.palette.mode === 'dark' ? 0.18 : 0.08) };
};

export const RtpChip = ({ testId = 'rtp' }: { testId?: string }) => {
  const translate = useTranslate();
  const warna = useWarnaRtp();
  return (
    <Tooltip title={translate('mskp.renaksi.rtp_petunjuk')}>
      <Chip
        size="small"
        label="RTP"
        data-testid={testId}
        sx={{ bgcolor: warna.utama, color: '#fff', fontWeight: 700, height: 20 }}
      />
    </Tooltip>
  );
};

export const StatusRealisasiChip = ({ realisasi }: { realisasi: { status: StatusRealisasi } | null | undefined }) => {
  const translate = useTranslate();
  const status = statusTampil(realisasi);
  return (
    <Chip
      size="small"
      variant={status === 'BELUM' ? 'outlined' : 'filled'}
      color={warnaStatusTampil(status)}
      label={translate(`mskp.renaksi.status.${status}`)}
      data-testid="realisasi-status"
      data-status={status}
    />
  );
};

const ukuranBerkas = (byte: number | null | undefined, locale: string) =>
  byte == null
    ? ''
    : byte >= 1024 * 1024
      ? `${(byte / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`
      : `${Math.max(1, Math.round(byte / 1024)).toLocaleString(locale)} KB`;

/**
 * The evidence of a realisasi: files downloaded with the bearer token, links opened in a new tab.
 * With `onHapus`, stored files can be marked for removal (and restored before saving).
 */
export const DaftarBukti = ({
  bukti,
  dihapus,
  onHapus,
}: {
  bukti: readonly Bukti[];
  dihapus?: ReadonlySet<number>;
  onHapus?: (id: number) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useMskpDataProvider();
  const unduh = useMutation({
    mutationFn: async (item: Bukti) => {
      const { blob, namaBerkas } = await dataProvider.unduhBukti(item);
      simpanBerkas(blob, item.nama || namaBerkas);
    },
    onError: (error) => {
      const pesan = error?.message || 'ra.notification.http_error';
      notify(pesan, { type: 'error', messageArgs: { _: pesan } });
    },
  });
  // the file being downloaded, its button disabled meanwhile
  const sibuk = unduh.isPending ? unduh.variables?.id : null;
  if (bukti.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('mskp.renaksi.bukti_kosong')}
      </Typography>
    );
  }
  return (
    <Stack spacing={0.5} data-testid="daftar-bukti">
      {bukti.map((item, index) =>
        item.jenis === 'TAUTAN' ? (
          <Box
            key={`t-${index}`}
            sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}
            data-testid="bukti-tautan"
          >
            <LinkIcon fontSize="small" color="action" />
            <Link
              href={item.url}
              target="_blank"
              rel="noopener noreferrer"
              variant="body2"
              sx={{ wordBreak: 'break-all' }}
            >
              {item.nama || item.url}
            </Link>
          </Box>
        ) : (
          <Box
            key={`b-${item.id}`}
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 0.5,
              minWidth: 0,
              opacity: item.id != null && dihapus?.has(item.id) ? 0.5 : 1,
            }}
            data-testid="bukti-berkas"
          >
            <Button
              size="small"
              startIcon={<DownloadIcon />}
              disabled={sibuk === item.id}
              onClick={() => unduh.mutate(item)}
              data-testid="bukti-unduh"
              sx={{
                textTransform: 'none',
                textDecoration: item.id != null && dihapus?.has(item.id) ? 'line-through' : 'none',
                justifyContent: 'flex-start',
                minWidth: 0,
              }}
            >
              <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                {item.nama}
              </Box>
            </Button>
            <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
              {ukuranBerkas(item.ukuran, intlLocale(locale))}
            </Typography>
            {onHapus && item.id != null ? (
              <Tooltip
                title={translate(dihapus?.has(item.id) ? 'mskp.renaksi.bukti_batal_hapus' : 'mskp.renaksi.bukti_hapus')}
              >
                <IconButton size="small" onClick={() => onHapus(item.id as number)} data-testid="bukti-hapus">
                  {dihapus?.has(item.id) ? <RestoreIcon fontSize="small" /> : <DeleteIcon fontSize="small" />}
                </IconButton>
              </Tooltip>
            ) : null}
          </Box>
        ),
      )}
    </Stack>
  );
};

/** "Cetak SKP Bulanan" (GET /api/cetak/skp-bulanan). */
export const CetakSkpBulanan = ({
  nip,
  tahun,
  bulan,
  testId = 'cetak-bulanan',
  kecil = false,
}: {
  nip: string;
  tahun: number;
  bulan: number;
  testId?: string;
  kecil?: boolean;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useMskpDataProvider();
  return (
    <CetakPdf
      label={translate('mskp.renaksi.cetak_bulanan')}
      judul={translate('mskp.renaksi.cetak_bulanan_judul', { bulan: namaBulan(bulan, intlLocale(locale)), tahun })}
      ambil={(input) => dataProvider.cetakSkpBulanan({ nip, tahun, bulan, ...input })}
      testId={testId}
      kecil={kecil}
    />
  );
};
