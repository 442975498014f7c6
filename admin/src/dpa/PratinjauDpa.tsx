import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useLocaleState, useTranslate } from 'react-admin';
import { potongPratinjau } from '../common/useImpor';
import type { PratinjauDpa as Pratinjau } from '../dataProvider/dpa';
import { intlLocale } from '../i18n';
import { tanggalIndonesia } from '../common/periode';
import { uang } from './format';

/**
 * The preview of an uploaded DPA: counts, how long it is kept, apply / cancel, then the rejected rows
 * (row number, code, reason in red) and the accepted rows with their budget.
 */
export const PratinjauDpa = ({
  pratinjau,
  sibuk,
  menerapkan,
  onTerapkan,
  onBatal,
}: {
  pratinjau: Pratinjau;
  sibuk: boolean;
  menerapkan: boolean;
  onTerapkan: () => void;
  onBatal: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const diterima = potongPratinjau(pratinjau.diterima);
  const ditolak = potongPratinjau(pratinjau.ditolak);
  return (
    <Card sx={{ mb: 2 }} data-testid="dpa-pratinjau">
      <CardContent>
        <Typography variant="body1">
          {translate('mskp.dpa.ringkasan', {
            nama: pratinjau.nama_berkas ?? '',
            jumlah: pratinjau.jumlah,
            diterima: pratinjau.diterima.length,
            ditolak: pratinjau.ditolak.length,
            total: uang(pratinjau.total_pagu),
          })}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ my: 1 }}>
          <Chip
            size="small"
            color="success"
            label={translate('mskp.dpa.chip_diterima', { n: pratinjau.diterima.length })}
            data-testid="dpa-jumlah-diterima"
            data-n={pratinjau.diterima.length}
          />
          <Chip
            size="small"
            color={pratinjau.ditolak.length ? 'error' : 'default'}
            label={translate('mskp.dpa.chip_ditolak', { n: pratinjau.ditolak.length })}
            data-testid="dpa-jumlah-ditolak"
            data-n={pratinjau.ditolak.length}
          />
        </Stack>
        <Typography variant="caption" color="text.secondary">
          {translate('mskp.dpa.berlaku', {
            waktu: tanggalIndonesia(pratinjau.berlaku_sampai, { jam: true, locale: lokal }),
          })}
        </Typography>
        {pratinjau.diterima.length === 0 ? (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {translate('mskp.dpa.tanpa_diterima')}
          </Alert>
        ) : null}
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button
            variant="contained"
            startIcon={<DoneAllIcon />}
            disabled={sibuk || pratinjau.diterima.length === 0}
            onClick={onTerapkan}
            data-testid="dpa-terapkan"
          >
            {translate('mskp.dpa.terapkan', { n: pratinjau.diterima.length })}
          </Button>
          <Button disabled={sibuk} onClick={onBatal}>
            {translate('mskp.dpa.batal')}
          </Button>
        </Stack>
        {menerapkan ? (
          <Box sx={{ mt: 2 }} data-testid="dpa-progres-terapkan">
            <Typography variant="caption">{translate('mskp.dpa.menerapkan')}</Typography>
            <LinearProgress />
          </Box>
        ) : null}
        {ditolak.tampil.length ? (
          <>
            <Typography variant="subtitle2" color="error" sx={{ mt: 2 }}>
              {translate('mskp.dpa.ditolak')}
            </Typography>
            <TableContainer>
              <Table size="small" data-testid="dpa-ditolak">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('mskp.dpa.kolom.baris')}</TableCell>
                    <TableCell>{translate('mskp.dpa.kolom.kode')}</TableCell>
                    <TableCell>{translate('mskp.dpa.kolom.alasan')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {ditolak.tampil.map((d) => (
                    <TableRow key={d.baris} data-testid="dpa-ditolak-baris" data-baris={d.baris}>
                      <TableCell sx={{ color: 'error.main' }}>{d.baris}</TableCell>
                      <TableCell sx={{ color: 'error.main' }}>{d.kode_sub_kegiatan ?? '-'}</TableCell>
                      <TableCell sx={{ color: 'error.main' }} data-testid="dpa-ditolak-alasan">
                        {d.alasan}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
            {ditolak.sisa ? (
              <Typography variant="caption">{translate('mskp.dpa.lainnya', { n: ditolak.sisa })}</Typography>
            ) : null}
          </>
        ) : null}
        {diterima.tampil.length ? (
          <>
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              {translate('mskp.dpa.diterima')}
            </Typography>
            <TableContainer>
              <Table size="small" data-testid="dpa-diterima">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('mskp.dpa.kolom.baris')}</TableCell>
                    <TableCell>{translate('mskp.dpa.kolom.kode')}</TableCell>
                    <TableCell>{translate('mskp.dpa.kolom.sub_kegiatan')}</TableCell>
                    <TableCell>{translate('mskp.dpa.kolom.program')}</TableCell>
                    <TableCell align="right">{translate('mskp.dpa.kolom.pagu')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {diterima.tampil.map((d) => (
                    <TableRow key={d.baris} data-testid="dpa-diterima-baris" data-baris={d.baris}>
                      <TableCell>{d.baris}</TableCell>
                      <TableCell>{d.kode_sub_kegiatan}</TableCell>
                      <TableCell>{d.nama_sub_kegiatan}</TableCell>
                      <TableCell>{[d.kode_program, d.nama_program].filter(Boolean).join(' ')}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {uang(d.pagu)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
            {diterima.sisa ? (
              <Typography variant="caption">{translate('mskp.dpa.lainnya', { n: diterima.sisa })}</Typography>
            ) : null}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
};
