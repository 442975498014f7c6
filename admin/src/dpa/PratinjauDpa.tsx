import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { KartuPratinjauImpor } from '../common/KartuPratinjauImpor';
import { potongPratinjau } from '../common/useImpor';
import type { PratinjauDpa as Pratinjau } from '../dataProvider/dpa';
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
  const diterima = potongPratinjau(pratinjau.diterima);
  const ditolak = potongPratinjau(pratinjau.ditolak);
  return (
    <KartuPratinjauImpor
      awalan="dpa"
      kunci="mskp.dpa."
      pratinjau={pratinjau}
      argRingkasan={{
        nama: pratinjau.nama_berkas ?? '',
        jumlah: pratinjau.jumlah,
        diterima: pratinjau.diterima.length,
        ditolak: pratinjau.ditolak.length,
        total: uang(pratinjau.total_pagu),
      }}
      labelDiterima={translate('mskp.dpa.chip_diterima', { n: pratinjau.diterima.length })}
      labelDitolak={translate('mskp.dpa.chip_ditolak', { n: pratinjau.ditolak.length })}
      sibuk={sibuk}
      menerapkan={menerapkan}
      onTerapkan={onTerapkan}
      onBatal={onBatal}
      testId="dpa-pratinjau"
      sx={{ mb: 2 }}
    >
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
    </KartuPratinjauImpor>
  );
};
