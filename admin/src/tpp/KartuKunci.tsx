import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import type { KunciTriwulan } from '../dataProvider/tpp';
import { intlLocale } from '../i18n';
import { hariIniJakarta } from '../common/periode';
import { kunciKey, pesanGalat, useLabelBulan } from './bersama';
import { DialogKunci, type AksiKunci } from './DialogKunci';
import { bulanTriwulan, kunciTerlaluDini, romawiTriwulan, tanggalIndonesia } from './format';

/**
 * The four quarters of the year: state, who locked/unlocked and when, the reason; lock (BKAD, from the
 * day after the last month's input deadline; the Admin BKPSDM at any time with a reason) and unlock
 * (BKPSDM).
 */
export const KartuKunci = ({
  tahun,
  peran,
  onBerubah,
}: {
  tahun: number;
  peran: string | null;
  onBerubah: () => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const labelBulan = useLabelBulan();
  const [dialog, setDialog] = useState<AksiKunci | null>(null);
  const muat = useQuery({ queryKey: kunciKey(tahun), queryFn: () => dataProvider.kunciTpp(tahun), retry: false });
  // a failed load shows the message over an empty table
  const kunci: KunciTriwulan[] | null = muat.data ?? (muat.error ? [] : null);
  const galatMuat = muat.error ? pesanGalat(muat.error) : null;
  const oleh = (siapa: string | null | undefined, pada: string | null | undefined) =>
    siapa
      ? translate('mskp.tpp.kunci_tabel.oleh_pada', {
          oleh: siapa,
          pada: tanggalIndonesia(pada, { jam: true, locale: lokal }),
        })
      : '-';
  const daftarBulan = (tw: number) => bulanTriwulan(tw).map(labelBulan).join(', ');
  const bkpsdm = peran === 'admin_bkpsdm';
  const hariIni = hariIniJakarta();
  return (
    <Card sx={{ my: 2 }} data-testid="tpp-kunci">
      <CardHeader
        title={translate('mskp.tpp.kunci_tabel.judul', { tahun })}
        titleTypographyProps={{ variant: 'subtitle1' }}
      />
      <CardContent sx={{ pt: 0 }}>
        {galatMuat ? (
          <Alert severity="error">{translate('mskp.tpp.kunci_tabel.gagal_muat', { pesan: galatMuat })}</Alert>
        ) : null}
        {kunci === null ? (
          <LinearProgress />
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('mskp.tpp.kunci_tabel.triwulan')}</TableCell>
                <TableCell>{translate('mskp.tpp.kunci_tabel.status')}</TableCell>
                <TableCell>{translate('mskp.tpp.kunci_tabel.dikunci')}</TableCell>
                <TableCell>{translate('mskp.tpp.kunci_tabel.dibuka')}</TableCell>
                <TableCell>{translate('mskp.tpp.kunci_tabel.aksi')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {kunci.map((k) => (
                <TableRow
                  key={k.triwulan}
                  data-testid="tpp-kunci-baris"
                  data-triwulan={k.triwulan}
                  data-terkunci={String(k.terkunci)}
                >
                  <TableCell>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      {romawiTriwulan(k.triwulan)}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      {daftarBulan(k.triwulan)}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      icon={k.terkunci ? <LockIcon /> : <LockOpenIcon />}
                      color={k.terkunci ? 'warning' : 'success'}
                      variant={k.terkunci ? 'filled' : 'outlined'}
                      label={translate(
                        k.terkunci ? 'mskp.tpp.kunci_tabel.chip_terkunci' : 'mskp.tpp.kunci_tabel.chip_terbuka',
                      )}
                      data-testid={`tpp-kunci-chip-${k.triwulan}`}
                    />
                  </TableCell>
                  <TableCell>{k.terkunci || k.dikunci_oleh ? oleh(k.dikunci_oleh, k.dikunci_pada) : '-'}</TableCell>
                  <TableCell>
                    {oleh(k.dibuka_oleh, k.dibuka_pada)}
                    {k.alasan_buka ? (
                      <Typography variant="caption" component="p" color="text.secondary">
                        {translate('mskp.tpp.kunci_tabel.alasan', { alasan: k.alasan_buka })}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    {(peran === 'bkad' || bkpsdm) && !k.terkunci ? (
                      <Button
                        size="small"
                        variant="outlined"
                        startIcon={<LockIcon />}
                        onClick={() =>
                          setDialog({ aksi: 'kunci', triwulan: k.triwulan, dapatMulai: k.dapat_dikunci_mulai })
                        }
                        data-testid={`tpp-kunci-${k.triwulan}`}
                      >
                        {translate(bkpsdm ? 'mskp.tpp.kunci_tabel.kunci_override' : 'mskp.tpp.kunci')}
                      </Button>
                    ) : null}
                    {!k.terkunci && kunciTerlaluDini(k.dapat_dikunci_mulai, hariIni) ? (
                      <Typography
                        variant="caption"
                        component="p"
                        color="text.secondary"
                        data-testid={`tpp-kunci-mulai-${k.triwulan}`}
                      >
                        {translate('mskp.tpp.kunci_tabel.dapat_dikunci', {
                          tanggal: tanggalIndonesia(k.dapat_dikunci_mulai, { locale: lokal }),
                        })}
                      </Typography>
                    ) : null}
                    {bkpsdm && k.terkunci ? (
                      <Button
                        size="small"
                        variant="outlined"
                        color="warning"
                        startIcon={<LockOpenIcon />}
                        onClick={() => setDialog({ aksi: 'buka', triwulan: k.triwulan })}
                        data-testid={`tpp-buka-${k.triwulan}`}
                      >
                        {translate('mskp.tpp.buka')}
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      <DialogKunci
        tahun={tahun}
        bkpsdm={bkpsdm}
        dialog={dialog}
        onTutup={() => setDialog(null)}
        onBerubah={onBerubah}
      />
    </Card>
  );
};
