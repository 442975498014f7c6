import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Checkbox,
  List,
  ListItem,
  ListItemText,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useMemo, useState } from 'react';
import { Title, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { useMe } from '../common/useIdentity';
import { useMskpDataProvider } from '../dataProvider';
import type { RealisasiBaris } from '../dataProvider/renaksi';
import type { Pegawai } from '../dataProvider/types';
import { intlLocale } from '../i18n';
import { DialogTeks } from '../common/dialog';
import { PilihanNative } from '../common/PilihanNative';
import { hariIniJakarta } from '../common/periode';
import { PilihPeriode } from '../common/PilihPeriode';
import { CetakSkpBulanan, DaftarBukti, RtpChip, StatusRealisasiChip, useWarnaRtp } from '../common/realisasi/komponen';
import { formatAngka, formatPersen, namaBulan } from './aturan';
import { formatNip } from '../util/format';

type Dialog =
  | { jenis: 'satu'; baris: RealisasiBaris }
  | { jenis: 'massal'; ids: string[] }
  | { jenis: 'buka'; pegawai: { nip: string; nama: string } };

/**
 * `/pemeriksaan-realisasi`: the penilai checks the realisasi of his subordinates for a month (the panel
 * list is scoped by the server; own rows left out): unchecked by default, by pegawai, evidence at hand,
 * one by one or in bulk with an optional umpan balik; reopening entry after the deadline; the monthly
 * SKP print per pegawai.
 */
export const PemeriksaanRealisasi = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const warna = useWarnaRtp();
  const dataProvider = useMskpDataProvider();
  const { me, isPending: mePending } = useMe();
  const nipSaya = me?.pegawai?.nip;
  const hari = hariIniJakarta();
  const [tahun, setTahun] = useState(Number(hari.slice(0, 4)));
  const [bulan, setBulan] = useState(Number(hari.slice(5, 7)));
  const [status, setStatus] = useState<'UNCHECKED' | 'CHECKED' | ''>('UNCHECKED');
  const [pegawaiId, setPegawaiId] = useState('');
  const [dipilih, setDipilih] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [sibuk, setSibuk] = useState(false);
  const [galat, setGalat] = useState<string | null>(null);

  const filter: Record<string, unknown> = { tahun, bulan };
  if (status) filter.status = status;
  if (pegawaiId) filter.pegawai_id = pegawaiId;
  const {
    data = [],
    isPending,
    error,
    refetch,
  } = useGetList<RealisasiBaris>(
    'realisasi',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'pegawai_nama', order: 'ASC' }, filter },
    { enabled: !!nipSaya },
  );
  const { data: pegawai = [] } = useGetList<Pegawai>(
    'pegawai',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'nama', order: 'ASC' }, filter: {} },
    { enabled: !!nipSaya },
  );
  const bawahan = useMemo(() => pegawai.filter((p) => p.nip !== nipSaya), [pegawai, nipSaya]);
  const baris = data.filter((row) => row.pegawai_nip !== nipSaya);
  const bisaDipilih = baris.filter((row) => row.status === 'UNCHECKED');
  const semuaDipilih = bisaDipilih.length > 0 && bisaDipilih.every((row) => dipilih.has(row.id));

  const tutup = () => {
    setDialog(null);
    setGalat(null);
  };
  const jalankan = async (aksi: () => Promise<unknown>, pesan: string, args?: Record<string, unknown>) => {
    setSibuk(true);
    setGalat(null);
    try {
      await aksi();
      notify(pesan, { type: 'success', messageArgs: args });
      setDialog(null);
      setDipilih(new Set());
      await refetch();
    } catch (e) {
      setGalat((e as Error)?.message || 'ra.notification.http_error');
    } finally {
      setSibuk(false);
    }
  };
  const kirim = (teks: string) => {
    if (!dialog) return;
    if (dialog.jenis === 'satu')
      void jalankan(() => dataProvider.periksaRealisasi(dialog.baris.id, teks), 'mskp.renaksi.diperiksa');
    else if (dialog.jenis === 'massal')
      void jalankan(() => dataProvider.periksaRealisasiMassal(dialog.ids, teks), 'mskp.renaksi.diperiksa_massal', {
        smart_count: dialog.ids.length,
      });
    else
      void jalankan(
        () => dataProvider.bukaInputRealisasi({ nip: dialog.pegawai.nip, tahun, bulan, alasan: teks }),
        'mskp.renaksi.input_dibuka',
        { nama: dialog.pegawai.nama },
      );
  };
  const ubahPilihan = (id: string) =>
    setDipilih((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (mePending) return <Skeleton variant="rectangular" height={200} sx={{ mt: 1 }} />;
  const periode = { bulan: namaBulan(bulan, lokal), tahun };
  return (
    <Box sx={{ mt: 1 }} data-testid="pemeriksaan-realisasi">
      <Title title="mskp.renaksi.judul_pemeriksaan" />
      <Stack spacing={2}>
        <Card>
          <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h1" sx={{ mr: 1 }}>
              {translate('mskp.renaksi.judul_pemeriksaan')}
            </Typography>
            <PilihPeriode
              tahun={tahun}
              bulan={bulan}
              onTahun={(t) => {
                setTahun(t);
                setDipilih(new Set());
              }}
              onBulan={(b) => {
                setBulan(b);
                setDipilih(new Set());
              }}
            />
            <PilihanNative<typeof status>
              size="small"
              label={translate('mskp.renaksi.status_label')}
              value={status}
              onChange={setStatus}
              sx={{ width: 240 }}
              labelMengecil
              pilihan={[
                { id: 'UNCHECKED', name: translate('mskp.renaksi.status.MENUNGGU') },
                { id: 'CHECKED', name: translate('mskp.renaksi.status.DIPERIKSA') },
                { id: '', name: translate('mskp.renaksi.semua') },
              ]}
              testId="filter-status"
            />
            <PilihanNative
              size="small"
              label={translate('mskp.renaksi.pegawai')}
              value={pegawaiId}
              onChange={setPegawaiId}
              sx={{ width: 260 }}
              labelMengecil
              kosong={translate('mskp.renaksi.semua_pegawai')}
              pilihan={bawahan.map((p) => ({ id: p.id, name: p.nama_lengkap || p.nama }))}
              testId="filter-pegawai"
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader
            title={translate('mskp.renaksi.daftar_realisasi', periode)}
            slotProps={{ title: { variant: 'h6' } }}
            action={
              <Button
                variant="contained"
                startIcon={<DoneAllIcon />}
                disabled={dipilih.size === 0}
                onClick={() => setDialog({ jenis: 'massal', ids: [...dipilih] })}
                data-testid="periksa-massal"
              >
                {translate('mskp.renaksi.tandai_diperiksa', { smart_count: dipilih.size })}
              </Button>
            }
          />
          <CardContent sx={{ pt: 0, overflowX: 'auto' }}>
            {isPending && !!nipSaya ? (
              <Skeleton variant="rectangular" height={120} />
            ) : error ? (
              <Alert severity="error">
                {translate('mskp.error.gagal_memuat', { pesan: String((error as Error).message) })}
              </Alert>
            ) : baris.length === 0 ? (
              <EmptyNote testId="pemeriksaan-kosong">
                {translate(
                  status === 'UNCHECKED' ? 'mskp.renaksi.pemeriksaan_kosong' : 'mskp.renaksi.pemeriksaan_kosong_semua',
                  periode,
                )}
              </EmptyNote>
            ) : (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell padding="checkbox">
                      <Checkbox
                        checked={semuaDipilih}
                        indeterminate={dipilih.size > 0 && !semuaDipilih}
                        disabled={bisaDipilih.length === 0}
                        onChange={() =>
                          setDipilih(semuaDipilih ? new Set() : new Set(bisaDipilih.map((row) => row.id)))
                        }
                        slotProps={{
                          input: {
                            'aria-label': translate('mskp.renaksi.pilih_semua'),
                            ...{ 'data-testid': 'pilih-semua' },
                          },
                        }}
                      />
                    </TableCell>
                    <TableCell>{translate('mskp.renaksi.pegawai')}</TableCell>
                    <TableCell>{translate('mskp.renaksi.rencana_aksi')}</TableCell>
                    <TableCell align="right">{translate('mskp.renaksi.target')}</TableCell>
                    <TableCell align="right">{translate('mskp.renaksi.realisasi')}</TableCell>
                    <TableCell align="right">{translate('mskp.renaksi.capaian')}</TableCell>
                    <TableCell>{translate('mskp.renaksi.bukti')}</TableCell>
                    <TableCell>{translate('mskp.renaksi.status_label')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {baris.map((row) => (
                    <TableRow
                      key={row.id}
                      data-testid="pemeriksaan-baris"
                      data-id={row.id}
                      data-nip={row.pegawai_nip ?? ''}
                      sx={row.sebagai_rtp ? { bgcolor: warna.latar } : undefined}
                    >
                      <TableCell padding="checkbox">
                        <Checkbox
                          checked={dipilih.has(row.id)}
                          disabled={row.status !== 'UNCHECKED'}
                          onChange={() => ubahPilihan(row.id)}
                          slotProps={{
                            input: {
                              'aria-label': row.rencana_aksi_uraian ?? row.id,
                              ...{ 'data-testid': 'pilih-baris' },
                            },
                          }}
                        />
                      </TableCell>
                      <TableCell sx={{ minWidth: 150 }}>
                        <Typography variant="body2">{row.pegawai_nama}</Typography>
                        <Typography variant="caption" color="text.secondary">
                          {formatNip(row.pegawai_nip)}
                        </Typography>
                      </TableCell>
                      <TableCell sx={{ minWidth: 200 }}>
                        <Typography variant="body2">{row.rencana_aksi_uraian}</Typography>
                        {row.sebagai_rtp ? <RtpChip /> : null}
                        {row.faktor_penunjang ? (
                          <Typography variant="caption" component="p" color="text.secondary">
                            {translate('mskp.renaksi.faktor_penunjang')}: {row.faktor_penunjang}
                          </Typography>
                        ) : null}
                        {row.faktor_penghambat ? (
                          <Typography variant="caption" component="p" color="text.secondary">
                            {translate('mskp.renaksi.faktor_penghambat')}: {row.faktor_penghambat}
                          </Typography>
                        ) : null}
                      </TableCell>
                      <TableCell align="right">
                        {formatAngka(row.target, lokal)} {row.satuan ?? ''}
                      </TableCell>
                      <TableCell align="right">{formatAngka(row.nilai, lokal)}</TableCell>
                      <TableCell align="right">{formatPersen(row.capaian, lokal)}</TableCell>
                      <TableCell sx={{ minWidth: 160, maxWidth: 240 }}>
                        <DaftarBukti bukti={row.bukti ?? []} />
                      </TableCell>
                      <TableCell>
                        <StatusRealisasiChip realisasi={row} />
                        {row.umpan_balik ? (
                          <Typography
                            variant="caption"
                            component="p"
                            sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}
                            data-testid="pemeriksaan-umpan-balik"
                          >
                            {row.umpan_balik}
                          </Typography>
                        ) : null}
                        {row.status === 'UNCHECKED' ? (
                          <Button
                            size="small"
                            startIcon={<TaskAltIcon />}
                            onClick={() => setDialog({ jenis: 'satu', baris: row })}
                            data-testid="periksa-satu"
                            sx={{ display: 'flex', mt: 0.5 }}
                          >
                            {translate('mskp.renaksi.periksa')}
                          </Button>
                        ) : null}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>

        <Card>
          <CardHeader
            title={translate('mskp.renaksi.bawahan_judul', periode)}
            subheader={translate('mskp.renaksi.bawahan_petunjuk')}
            slotProps={{ title: { variant: 'h6' } }}
          />
          <CardContent sx={{ pt: 0 }}>
            {bawahan.length === 0 ? (
              <EmptyNote testId="pemeriksaan-tanpa-bawahan">{translate('mskp.portal.bawahan_kosong')}</EmptyNote>
            ) : (
              <List dense disablePadding>
                {bawahan.map((p) => (
                  <ListItem
                    key={p.id}
                    divider
                    data-testid="pemeriksaan-pegawai"
                    data-nip={p.nip}
                    sx={{ flexWrap: 'wrap', gap: 1 }}
                  >
                    <ListItemText
                      primary={p.nama_lengkap || p.nama}
                      secondary={[formatNip(p.nip), p.jabatan_nama].filter(Boolean).join(' · ')}
                    />
                    <Button
                      size="small"
                      startIcon={<LockOpenIcon />}
                      onClick={() =>
                        setDialog({ jenis: 'buka', pegawai: { nip: p.nip, nama: p.nama_lengkap || p.nama } })
                      }
                      data-testid="buka-input"
                    >
                      {translate('mskp.renaksi.buka_input')}
                    </Button>
                    <CetakSkpBulanan nip={p.nip} tahun={tahun} bulan={bulan} kecil testId="cetak-bulanan-pegawai" />
                  </ListItem>
                ))}
              </List>
            )}
          </CardContent>
        </Card>
      </Stack>

      {dialog ? (
        <DialogTeks
          open
          key={dialog.jenis}
          judul={
            dialog.jenis === 'buka'
              ? translate('mskp.renaksi.buka_judul', { nama: dialog.pegawai.nama, ...periode })
              : dialog.jenis === 'massal'
                ? translate('mskp.renaksi.periksa_massal_judul', { smart_count: dialog.ids.length })
                : translate('mskp.renaksi.periksa_judul')
          }
          petunjuk={
            dialog.jenis === 'buka'
              ? translate('mskp.renaksi.buka_petunjuk')
              : dialog.jenis === 'satu'
                ? `${dialog.baris.pegawai_nama ?? ''} — ${dialog.baris.rencana_aksi_uraian ?? ''}`
                : translate('mskp.renaksi.periksa_petunjuk')
          }
          label={translate(dialog.jenis === 'buka' ? 'mskp.renaksi.alasan' : 'mskp.renaksi.umpan_balik')}
          wajib={dialog.jenis === 'buka'}
          sibuk={sibuk}
          galat={galat}
          tombol={translate(dialog.jenis === 'buka' ? 'mskp.renaksi.buka_input' : 'mskp.renaksi.tandai')}
          testId={dialog.jenis === 'buka' ? 'dialog-buka-input' : 'dialog-periksa'}
          onClose={tutup}
          onKirim={kirim}
        />
      ) : null}
    </Box>
  );
};
