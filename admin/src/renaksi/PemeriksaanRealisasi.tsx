import { Alert, Box, Button, Card, CardContent, CardHeader, Skeleton, Stack, Typography } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { useMe } from '../common/useIdentity';
import { intlLocale } from '../i18n';
import { PilihanNative } from '../common/PilihanNative';
import { hariIniJakarta } from '../common/periode';
import { PilihPeriode } from '../common/PilihPeriode';
import { namaBulan } from './aturan';
import { BawahanPemeriksaan } from './BawahanPemeriksaan';
import { DialogPemeriksaan } from './DialogPemeriksaan';
import { TabelPemeriksaan } from './TabelPemeriksaan';
import { usePemeriksaan, type DialogPemeriksaan as Dialog } from './usePemeriksaan';

/**
 * `/pemeriksaan-realisasi`: the penilai checks the realisasi of his subordinates for a month (the panel
 * list is scoped by the server; own rows left out): unchecked by default, by pegawai, evidence at hand,
 * one by one or in bulk with an optional umpan balik; reopening entry after the deadline; the monthly
 * SKP print per pegawai.
 */
export const PemeriksaanRealisasi = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const { me, isPending: mePending } = useMe();
  const nipSaya = me?.pegawai?.nip;
  const hari = hariIniJakarta();
  const [tahun, setTahun] = useState(Number(hari.slice(0, 4)));
  const [bulan, setBulan] = useState(Number(hari.slice(5, 7)));
  const [status, setStatus] = useState<'UNCHECKED' | 'CHECKED' | ''>('UNCHECKED');
  const [pegawaiId, setPegawaiId] = useState('');
  const [dipilih, setDipilih] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const { baris, bawahan, isPending, error, kirim, galat } = usePemeriksaan({
    nipSaya,
    tahun,
    bulan,
    status,
    pegawaiId,
    onSelesai: () => {
      setDialog(null);
      setDipilih(new Set());
    },
  });
  const tutup = () => {
    setDialog(null);
    kirim.reset();
  };

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
              <TabelPemeriksaan
                baris={baris}
                dipilih={dipilih}
                onDipilih={setDipilih}
                onPeriksa={(row) => setDialog({ jenis: 'satu', baris: row })}
              />
            )}
          </CardContent>
        </Card>

        <BawahanPemeriksaan
          bawahan={bawahan}
          tahun={tahun}
          bulan={bulan}
          periode={periode}
          onBuka={(pegawai) => setDialog({ jenis: 'buka', pegawai })}
        />
      </Stack>

      {dialog ? (
        <DialogPemeriksaan
          dialog={dialog}
          periode={periode}
          sibuk={kirim.isPending}
          galat={galat}
          onClose={tutup}
          onKirim={(teks) => kirim.mutate({ dialog, teks })}
        />
      ) : null}
    </Box>
  );
};
