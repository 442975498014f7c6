import { Alert, Box, Button, TableCell, TableRow, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useLocaleState, useTranslate } from 'react-admin';
import type { RenaksiBulan } from '../dataProvider/renaksi';
import { intlLocale } from '../i18n';
import { hariIniJakarta } from '../common/periode';
import { DaftarBukti, RtpChip, StatusRealisasiChip, useWarnaRtp } from '../common/realisasi/komponen';
import { alasanTertutup, formatAngka, formatPersen } from './aturan';

/** One renaksi of the month: target, realisasi, capaian, status, evidence, umpan balik, and the entry button. */
export const BarisBulanan = ({
  row,
  tahun,
  bulan,
  lewatBatas,
  onIsi,
}: {
  row: RenaksiBulan;
  tahun: number;
  bulan: number;
  lewatBatas: boolean;
  onIsi: (row: RenaksiBulan) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const warna = useWarnaRtp();
  const lokal = intlLocale(locale);
  const r = row.realisasi;
  const alasan = alasanTertutup(row, { tahun, bulan, hariIni: hariIniJakarta(), lewatBatas });
  // past the deadline and not reopened by the penilai (GET /api/capaian input_terbuka): closed, the row explains
  const tertutup = alasan !== null;
  return (
    <TableRow data-testid="renaksi-baris" data-id={row.id} sx={row.sebagai_rtp ? { bgcolor: warna.latar } : undefined}>
      <TableCell>
        <Typography variant="body2">{row.uraian}</Typography>
        {row.sebagai_rtp ? <RtpChip /> : null}
      </TableCell>
      <TableCell align="right" data-testid="renaksi-target">
        {formatAngka(row.target?.nilai, lokal)} {row.target?.satuan ?? row.satuan}
      </TableCell>
      <TableCell align="right" data-testid="renaksi-realisasi">
        {r ? formatAngka(r.nilai, lokal) : '-'}
      </TableCell>
      <TableCell align="right" data-testid="renaksi-capaian">
        {formatPersen(r?.capaian, lokal)}
      </TableCell>
      <TableCell>
        <StatusRealisasiChip realisasi={r} />
      </TableCell>
      <TableCell>
        {r ? <DaftarBukti bukti={r.bukti} /> : null}
        {r?.umpan_balik ? (
          <Alert
            severity={r.status === 'CHECKED' ? 'success' : 'info'}
            icon={false}
            sx={{ mt: 0.5, py: 0 }}
            data-testid="renaksi-umpan-balik"
          >
            <Typography variant="caption" sx={{ display: 'block', fontWeight: 600 }}>
              {translate('mskp.renaksi.umpan_balik_dari', { nama: r.diperiksa_oleh?.nama ?? '-' })}
            </Typography>
            <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
              {r.umpan_balik}
            </Box>
          </Alert>
        ) : null}
      </TableCell>
      <TableCell>
        <Button
          size="small"
          variant={r ? 'outlined' : 'contained'}
          startIcon={<EditIcon />}
          disabled={tertutup}
          onClick={() => onIsi(row)}
          data-testid="renaksi-isi"
          sx={{ whiteSpace: 'nowrap' }}
        >
          {translate(r ? 'mskp.renaksi.ubah_realisasi' : 'mskp.renaksi.isi_realisasi')}
        </Button>
        {alasan ? (
          <Typography
            variant="caption"
            color={alasan === 'diperiksa' ? 'text.secondary' : 'warning.main'}
            component="p"
            data-testid="renaksi-alasan"
            data-alasan={alasan}
          >
            {translate(`mskp.renaksi.tertutup.${alasan}`)}
          </Typography>
        ) : null}
      </TableCell>
    </TableRow>
  );
};
