import {
  Box,
  Card,
  CardContent,
  CardHeader,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import InboxIcon from '@mui/icons-material/Inbox';
import { useLocaleState, useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import type { PerjanjianKinerja } from '../dataProvider/dpa';
import { intlLocale } from '../i18n';
import { CetakPdf } from '../common/CetakPdf';
import { tanggalIndonesia } from '../common/periode';
import { barisSasaran, uang } from './format';

/** The Perjanjian Kinerja of the chosen OPD and year: sasaran, programs with their DPA budget, source, print. */
export const TampilanPk = ({ pk }: { pk: PerjanjianKinerja }) => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const sasaran = barisSasaran(pk.sasaran);
  const s = pk.sumber_anggaran;
  return (
    <Card data-testid="pk">
      <CardHeader
        title={translate('mskp.dpa.pk.judul', { tahun: pk.tahun })}
        subheader={
          <>
            <Typography variant="body1" color="text.secondary" component="div">
              {pk.opd.nama}
            </Typography>
            <Typography variant="body2" color="text.secondary" component="div" data-testid="pk-pihak-pertama">
              {pk.kepala_opd
                ? translate('mskp.dpa.pk.kepala', { nama: pk.kepala_opd.nama, jabatan: pk.kepala_opd.jabatan })
                : translate('mskp.dpa.pk.tanpa_kepala')}
            </Typography>
            {pk.kepala_daerah ? (
              <Typography variant="body2" color="text.secondary" component="div" data-testid="pk-pihak-kedua">
                {pk.kepala_daerah.nama
                  ? translate('mskp.dpa.pk.pihak_kedua', {
                      nama: pk.kepala_daerah.nama,
                      jabatan: pk.kepala_daerah.jabatan,
                    })
                  : translate('mskp.dpa.pk.pihak_kedua_jabatan', { jabatan: pk.kepala_daerah.jabatan })}
              </Typography>
            ) : null}
          </>
        }
        action={
          <CetakPdf
            label={translate('mskp.dpa.pk.cetak')}
            judul={translate('mskp.dpa.pk.cetak_judul', { tahun: pk.tahun })}
            ambil={(input) => dataProvider.cetakPk({ tahun: pk.tahun, kode_opd: pk.opd.kode_opd, ...input })}
            testId="cetak-pk"
          />
        }
      />
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {translate('mskp.dpa.pk.sasaran')}
        </Typography>
        {sasaran.length ? (
          <TableContainer sx={{ mb: 3 }}>
            <Table size="small" data-testid="pk-sasaran">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('mskp.dpa.kolom.no')}</TableCell>
                  <TableCell>{translate('mskp.dpa.kolom.sasaran')}</TableCell>
                  <TableCell>{translate('mskp.dpa.kolom.indikator')}</TableCell>
                  <TableCell>{translate('mskp.dpa.kolom.target')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {sasaran.map((b, i) => (
                  <TableRow key={i}>
                    {b.span ? <TableCell rowSpan={b.span}>{b.no}</TableCell> : null}
                    {b.span ? <TableCell rowSpan={b.span}>{b.sasaran}</TableCell> : null}
                    <TableCell>{b.indikator}</TableCell>
                    <TableCell>{b.target}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {translate('mskp.dpa.pk.tanpa_sasaran')}
          </Typography>
        )}
        <Typography variant="subtitle1" gutterBottom>
          {translate('mskp.dpa.pk.program')}
        </Typography>
        {pk.total_anggaran == null ? (
          <Box sx={{ textAlign: 'center', py: 4 }} data-testid="pk-tanpa-dpa">
            <InboxIcon sx={{ fontSize: 48, color: 'text.disabled' }} />
            <Typography variant="h6">{translate('mskp.dpa.pk.kosong_judul')}</Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('mskp.dpa.pk.kosong')}
            </Typography>
          </Box>
        ) : (
          <>
            <TableContainer>
              <Table size="small" data-testid="pk-program">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('mskp.dpa.kolom.no')}</TableCell>
                    <TableCell>{translate('mskp.dpa.kolom.program')}</TableCell>
                    <TableCell align="right">{translate('mskp.dpa.kolom.anggaran')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {pk.program.map((p, i) => (
                    <TableRow key={p.kode_program} data-testid="pk-program-baris" data-kode={p.kode_program}>
                      <TableCell>{i + 1}</TableCell>
                      <TableCell>
                        {[p.kode_program, p.nama_program].filter(Boolean).join(' ')}
                        {p.kegiatan.map((k) => (
                          <Typography key={k.kode_kegiatan} variant="caption" component="div" color="text.secondary">
                            {[k.kode_kegiatan, k.nama_kegiatan].filter(Boolean).join(' ')}: {uang(k.anggaran)}
                          </Typography>
                        ))}
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }} data-testid="pk-program-anggaran">
                        {uang(p.anggaran)}
                      </TableCell>
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableCell colSpan={2} sx={{ fontWeight: 600 }}>
                      {translate('mskp.dpa.pk.jumlah')}
                    </TableCell>
                    <TableCell align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="pk-total">
                      {uang(pk.total_anggaran)}
                    </TableCell>
                  </TableRow>
                </TableBody>
              </Table>
            </TableContainer>
            {s ? (
              <Typography
                variant="caption"
                color="text.secondary"
                component="div"
                sx={{ mt: 1 }}
                data-testid="pk-sumber"
              >
                {translate('mskp.dpa.pk.sumber', {
                  jenis: s.jenis,
                  berkas: s.berkas ?? '-',
                  waktu: tanggalIndonesia(s.diimpor_pada, { jam: true, locale: lokal }),
                  oleh: s.diimpor_oleh ?? '-',
                })}
              </Typography>
            ) : null}
          </>
        )}
      </CardContent>
    </Card>
  );
};
