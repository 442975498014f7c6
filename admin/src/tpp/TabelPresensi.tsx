import {
  Card,
  CardHeader,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { potongPratinjau } from '../common/useImpor';
import type { BarisPresensiDiterima, BarisPresensiDitolak } from '../dataProvider/tpp';
import { formatNip } from '../util/format';
import { jumlahPulangCepat, jumlahTelat } from './format';

type Potongan<T> = ReturnType<typeof potongPratinjau<T>>;

const Terpotong = ({ p }: { p: Potongan<unknown> }) => {
  const translate = useTranslate();
  return p.terpotong ? (
    <Typography variant="caption" sx={{ p: 1, display: 'block' }}>
      {translate('mskp.tpp.presensi.ditampilkan', { n: p.tampil.length, total: p.total })}
    </Typography>
  ) : null;
};

/** The rejected rows of the attendance preview: row number, NIP and the reason, in red. */
export const TabelDitolakPresensi = ({ ditolak }: { ditolak: Potongan<BarisPresensiDitolak> }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ borderLeft: 4, borderColor: 'error.main' }} data-testid="presensi-ditolak">
      <CardHeader
        title={translate('mskp.tpp.presensi.ditolak', { n: ditolak.total })}
        titleTypographyProps={{ variant: 'subtitle1', color: 'error' }}
      />
      <TableContainer sx={{ maxHeight: 420 }}>
        <Table size="small" stickyHeader>
          <TableHead>
            <TableRow>
              <TableCell>{translate('mskp.tpp.presensi.baris')}</TableCell>
              <TableCell>NIP</TableCell>
              <TableCell>{translate('mskp.tpp.presensi.alasan')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ditolak.tampil.map((r) => (
              <TableRow
                key={`${r.baris}-${r.nip}`}
                sx={{ bgcolor: 'error.light', '& td': { color: 'error.contrastText' } }}
                data-testid="presensi-ditolak-baris"
                data-baris={r.baris}
              >
                <TableCell>{r.baris}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.nip ? formatNip(r.nip) : '-'}</TableCell>
                <TableCell data-testid="presensi-ditolak-alasan">{r.alasan}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Terpotong p={ditolak} />
    </Card>
  );
};

const KOLOM_ANGKA = [
  'mskp.tpp.presensi.hari_kerja',
  'mskp.tpp.presensi.hadir',
  'mskp.tpp.presensi.tk',
  'mskp.tpp.presensi.telat',
  'mskp.tpp.presensi.pulang_cepat',
  'mskp.tpp.presensi.cuti',
  'mskp.tpp.presensi.dl',
];

/** The accepted rows of the attendance preview: what will be written per pegawai. */
export const TabelDiterimaPresensi = ({ diterima }: { diterima: Potongan<BarisPresensiDiterima> }) => {
  const translate = useTranslate();
  return (
    <Card data-testid="presensi-diterima">
      <CardHeader
        title={translate('mskp.tpp.presensi.diterima', { n: diterima.total })}
        titleTypographyProps={{ variant: 'subtitle1' }}
      />
      <TableContainer sx={{ maxHeight: 520 }}>
        <Table size="small" stickyHeader>
          <TableHead>
            <TableRow>
              <TableCell>{translate('mskp.tpp.presensi.baris')}</TableCell>
              <TableCell>NIP</TableCell>
              <TableCell>{translate('mskp.tpp.nama')}</TableCell>
              {KOLOM_ANGKA.map((k) => (
                <TableCell key={k} align="right">
                  {translate(k)}
                </TableCell>
              ))}
              <TableCell>{translate('mskp.tpp.presensi.hukdis')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {diterima.tampil.map((r) => (
              <TableRow key={`${r.baris}-${r.nip}`} data-testid="presensi-diterima-baris" data-nip={r.nip}>
                <TableCell>{r.baris}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatNip(r.nip)}</TableCell>
                <TableCell>{r.nama}</TableCell>
                <TableCell align="right">{r.hari_kerja}</TableCell>
                <TableCell align="right">{r.hadir ?? '-'}</TableCell>
                <TableCell align="right">{r.alpa_hari}</TableCell>
                <TableCell align="right">{jumlahTelat(r)}</TableCell>
                <TableCell align="right">{jumlahPulangCepat(r)}</TableCell>
                <TableCell align="right">{r.cuti}</TableCell>
                <TableCell align="right">{r.dl}</TableCell>
                <TableCell>
                  {translate(r.hukuman_disiplin_aktif ? 'mskp.tpp.presensi.ya' : 'mskp.tpp.presensi.tidak')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Terpotong p={diterima} />
    </Card>
  );
};
