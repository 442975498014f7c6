import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { EmptyNote } from '../common/EmptyState';
import { useAsync } from '../common/useAsync';
import { useMe } from '../common/useIdentity';
import { useMskpDataProvider } from '../dataProvider';
import type { RenaksiBulan, RenaksiTahun } from '../dataProvider/renaksi';
import { intlLocale } from '../i18n';
import { hariIniJakarta } from '../common/periode';
import { PilihPeriode } from '../common/PilihPeriode';
import { KartuCapaian } from '../common/realisasi/KartuCapaian';
import { CetakSkpBulanan, DaftarBukti, RtpChip, StatusRealisasiChip, useWarnaRtp } from '../common/realisasi/komponen';
import { alasanTertutup, formatAngka, formatPersen, perRhk } from './aturan';
import { GridTahunan } from './GridTahunan';
import { RealisasiDialog } from './RealisasiDialog';

const Baris = ({
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

/** The month: one table per RHK, renaksi rows with target, realisasi, capaian, status, evidence, umpan balik. */
const TampilanBulanan = ({ nip, tahun, bulan }: { nip: string; tahun: number; bulan: number }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useMskpDataProvider();
  const [isi, setIsi] = useState<RenaksiBulan | null>(null);
  const daftar = useAsync(() => dataProvider.daftarRenaksiBulan({ nip, tahun, bulan }), [nip, tahun, bulan]);
  const capaian = useAsync(() => dataProvider.capaian({ nip, tahun, bulan }), [nip, tahun, bulan]);
  const rows = daftar.data ?? [];
  const muatUlang = () => {
    daftar.reload();
    capaian.reload();
  };
  return (
    <Stack spacing={2}>
      <KartuCapaian capaian={capaian.data} isPending={capaian.isPending} error={capaian.error} />
      {daftar.isPending && !daftar.data ? (
        <Skeleton variant="rectangular" height={200} />
      ) : daftar.error ? (
        <Alert severity="error">{translate('mskp.error.gagal_memuat', { pesan: daftar.error.message })}</Alert>
      ) : rows.length === 0 ? (
        <EmptyNote testId="renaksi-kosong">
          {translate('mskp.renaksi.kosong_bulan')}
          <Box sx={{ mt: 1 }}>
            <Button size="small" onClick={() => navigate('/skp-saya')} data-testid="renaksi-ke-skp">
              {translate('mskp.renaksi.ke_skp_saya')}
            </Button>
          </Box>
        </EmptyNote>
      ) : (
        perRhk(rows).map(({ rhk, renaksi }) => (
          <Card key={rhk.id} data-testid="rhk-kelompok" data-rhk={rhk.id}>
            <CardHeader
              title={rhk.uraian}
              subheader={translate(`mskp.skp.jenis_rhk.${rhk.jenis}`)}
              slotProps={{ title: { variant: 'subtitle1', sx: { fontWeight: 600 } } }}
            />
            <CardContent sx={{ pt: 0, overflowX: 'auto' }}>
              <Table size="small" sx={{ tableLayout: 'fixed', minWidth: 960 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('mskp.renaksi.rencana_aksi')}</TableCell>
                    <TableCell align="right" sx={{ width: 110 }}>
                      {translate('mskp.renaksi.target')}
                    </TableCell>
                    <TableCell align="right" sx={{ width: 90 }}>
                      {translate('mskp.renaksi.realisasi')}
                    </TableCell>
                    <TableCell align="right" sx={{ width: 90 }}>
                      {translate('mskp.renaksi.capaian')}
                    </TableCell>
                    <TableCell sx={{ width: 170 }}>{translate('mskp.renaksi.status_label')}</TableCell>
                    <TableCell sx={{ width: 240 }}>{translate('mskp.renaksi.bukti_umpan_balik')}</TableCell>
                    <TableCell sx={{ width: 190 }} />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {renaksi.map((row) => (
                    <Baris
                      key={row.id}
                      row={row}
                      tahun={tahun}
                      bulan={bulan}
                      lewatBatas={!!capaian.data?.lewat_batas_input && !capaian.data?.input_terbuka}
                      onIsi={setIsi}
                    />
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
        ))
      )}
      {isi ? (
        <RealisasiDialog
          key={isi.id}
          renaksi={isi}
          tahun={tahun}
          bulan={bulan}
          onClose={() => setIsi(null)}
          onTersimpan={() => {
            setIsi(null);
            notify('mskp.renaksi.tersimpan', { type: 'success' });
            muatUlang();
          }}
        />
      ) : null}
    </Stack>
  );
};

/** The year: 12 months as columns (realisasi / target), RTP months coloured. */
const TampilanTahunan = ({ nip, tahun }: { nip: string; tahun: number }) => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const { data, isPending, error } = useAsync(() => dataProvider.daftarRenaksiTahun({ nip, tahun }), [nip, tahun]);
  if (isPending && !data) return <Skeleton variant="rectangular" height={200} />;
  if (error) return <Alert severity="error">{translate('mskp.error.gagal_memuat', { pesan: error.message })}</Alert>;
  const rows: RenaksiTahun[] = data ?? [];
  if (rows.length === 0)
    return <EmptyNote testId="renaksi-kosong-tahun">{translate('mskp.renaksi.kosong_tahun')}</EmptyNote>;
  return (
    <Stack spacing={2}>
      {perRhk(rows).map(({ rhk, renaksi }) => (
        <Card key={rhk.id}>
          <CardHeader
            title={rhk.uraian}
            subheader={translate(`mskp.skp.jenis_rhk.${rhk.jenis}`)}
            slotProps={{ title: { variant: 'subtitle1', sx: { fontWeight: 600 } } }}
          />
          <CardContent sx={{ pt: 0 }}>
            <GridTahunan renaksi={renaksi} realisasi />
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};

/**
 * `/rencana-aksi-saya`: my rencana aksi of a month (default the current one) with the month's capaian,
 * realisasi entry with evidence, the penilai's umpan balik; a yearly view; the monthly SKP print.
 */
export const RencanaAksiSaya = () => {
  const translate = useTranslate();
  const { me, isPending } = useMe();
  const hari = hariIniJakarta();
  const [tahun, setTahun] = useState(Number(hari.slice(0, 4)));
  const [bulan, setBulan] = useState(Number(hari.slice(5, 7)));
  const [tampilan, setTampilan] = useState<'bulanan' | 'tahunan'>('bulanan');
  const nip = me?.pegawai?.nip;
  return (
    <Box sx={{ mt: 1 }} data-testid="rencana-aksi-saya">
      <Title title="mskp.renaksi.judul_saya" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1" sx={{ mr: 1 }}>
            {translate('mskp.renaksi.judul_saya')}
          </Typography>
          <PilihPeriode
            tahun={tahun}
            bulan={tampilan === 'bulanan' ? bulan : undefined}
            onTahun={setTahun}
            onBulan={setBulan}
          />
          <ToggleButtonGroup
            size="small"
            exclusive
            value={tampilan}
            onChange={(_event, value: 'bulanan' | 'tahunan' | null) => value && setTampilan(value)}
          >
            <ToggleButton value="bulanan" data-testid="tampilan-bulanan">
              {translate('mskp.renaksi.bulanan')}
            </ToggleButton>
            <ToggleButton value="tahunan" data-testid="tampilan-tahunan">
              {translate('mskp.renaksi.tahunan')}
            </ToggleButton>
          </ToggleButtonGroup>
          <Box sx={{ flex: 1 }} />
          {nip && tampilan === 'bulanan' ? <CetakSkpBulanan nip={nip} tahun={tahun} bulan={bulan} /> : null}
        </CardContent>
      </Card>
      {isPending ? (
        <Skeleton variant="rectangular" height={240} />
      ) : !nip ? (
        <EmptyNote>{translate('mskp.portal.tanpa_pegawai')}</EmptyNote>
      ) : tampilan === 'bulanan' ? (
        <TampilanBulanan key={`${tahun}-${bulan}`} nip={nip} tahun={tahun} bulan={bulan} />
      ) : (
        <TampilanTahunan nip={nip} tahun={tahun} />
      )}
    </Box>
  );
};
