import { Alert, Box, Button, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { useMe } from '../common/useIdentity';
import { useMskpDataProvider } from '../dataProvider';
import type { KodePredikatOrganisasi, PeriodeOpd } from '../dataProvider/laporanPredikat';
import { PilihPeriode } from '../common/PilihPeriode';
import { simpanBerkas } from '../common/berkas';
import { K, MERAH } from './aturan';
import { DialogAlasan } from './DialogAlasan';
import { KartuDistribusi } from './KartuDistribusi';
import { KartuPegawaiPredikat } from './KartuPegawaiPredikat';
import { KartuPredikatOrganisasi } from './KartuPredikatOrganisasi';
import { PilihOpd } from './PilihOpd';

const pesanGalat = (e: unknown) => (e as Error)?.message || 'ra.notification.http_error';

/**
 * `/laporan-predikat` (Admin BKPSDM, Admin OPD, Inspektorat, BKAD; a Kepala OPD for his OPD): the
 * organisation predikat (set or proposed), its quota check re-validated by the server on every view,
 * the distribution chart against the quota, the rated pegawai, violations in red, Excel/PDF downloads,
 * setting the predikat with a reason, finalising the period, and BKPSDM's override with a reason.
 */
export const LaporanPredikat = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useMskpDataProvider();
  const { permissions } = usePermissions<string | null>();
  const { me } = useMe();
  const [tahun, setTahun] = useState(() => new Date().getFullYear());
  const [bulan, setBulan] = useState(() => new Date().getMonth() + 1);
  const opdSendiri = permissions === 'pegawai' ? (me?.pegawai?.opd?.kode_opd ?? '') : '';
  const [kode, setKode] = useState('');
  const kodeOpd = kode || opdSendiri || (permissions === 'admin_opd' ? (me?.pegawai?.opd?.kode_opd ?? '') : '');
  const periode: PeriodeOpd = { kode_opd: kodeOpd, tahun, bulan };
  // the report and the predikat together; the previous period stays on screen while the next loads
  const {
    data,
    isPending,
    error,
    refetch: reload,
  } = useQuery({
    queryKey: ['laporan-predikat', kodeOpd, tahun, bulan],
    queryFn: () => Promise.all([dataProvider.laporanPredikat(periode), dataProvider.predikatOrganisasi(periode)]),
    enabled: Boolean(kodeOpd),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const [dialog, setDialog] = useState<'tetapkan' | 'override' | null>(null);
  const galat = (e: unknown) => {
    const pesan = pesanGalat(e);
    notify(pesan, { type: 'error', messageArgs: { _: pesan } });
  };
  const unduh = useMutation({
    mutationFn: async (format: 'xlsx' | 'pdf') => {
      const { blob, namaBerkas } = await dataProvider.unduhLaporanPredikat(periode, format);
      simpanBerkas(blob, namaBerkas);
    },
    onError: galat,
  });
  const finalkan = useMutation({
    mutationFn: () => dataProvider.finalkanPredikatOrganisasi(periode),
    onSuccess: () => notify(`${K}difinalkan`, { type: 'success' }),
    onError: galat,
    onSettled: () => void reload(),
  });
  const sibuk = unduh.isPending || finalkan.isPending;
  const [laporan, po] = data && !error ? data : [undefined, undefined];

  return (
    <Box sx={{ mt: 1 }} data-testid="laporan-predikat">
      <Title title={`${K}judul`} />
      <Stack spacing={2}>
        <Card>
          <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h1">
              {translate(`${K}judul`)}
            </Typography>
            <PilihOpd
              value={kodeOpd}
              nama={me?.pegawai?.opd?.nama}
              onChange={setKode}
              terkunci={permissions === 'pegawai'}
            />
            <PilihPeriode tahun={tahun} bulan={bulan} onTahun={setTahun} onBulan={setBulan} />
            <Box sx={{ flex: 1 }} />
            <Button
              variant="outlined"
              disabled={!laporan || sibuk}
              onClick={() => unduh.mutate('xlsx')}
              data-testid="predikat-excel"
            >
              {translate(`${K}unduh_excel`)}
            </Button>
            <Button
              variant="outlined"
              disabled={!laporan || sibuk}
              onClick={() => unduh.mutate('pdf')}
              data-testid="predikat-pdf"
            >
              {translate(`${K}unduh_pdf`)}
            </Button>
          </CardContent>
        </Card>
        {!kodeOpd ? (
          <EmptyNote testId="predikat-pilih-opd">{translate(`${K}pilih_opd`)}</EmptyNote>
        ) : isPending && !data ? (
          <Skeleton variant="rectangular" height={240} />
        ) : error ? (
          <Alert severity="error" data-testid="predikat-galat">
            {translate('mskp.error.gagal_memuat', { pesan: error.message })}
          </Alert>
        ) : laporan && po ? (
          <>
            <KartuPredikatOrganisasi
              laporan={laporan}
              po={po}
              sibuk={sibuk}
              onDialog={setDialog}
              onFinalkan={() => finalkan.mutate()}
            />
            <KartuDistribusi laporan={laporan} />
            <KartuPegawaiPredikat laporan={laporan} />
            <DialogAlasan
              buka={dialog === 'tetapkan'}
              judul={translate(laporan.predikat_organisasi.sumber === 'DITETAPKAN' ? `${K}ubah` : `${K}tetapkan`)}
              pilihan={po.pilihan}
              awal={laporan.predikat_organisasi.kode ?? po.usulan?.kode ?? null}
              onTutup={() => setDialog(null)}
              onKirim={async (alasan, predikat) => {
                await dataProvider.tetapkanPredikatOrganisasi({
                  ...periode,
                  predikat: predikat as KodePredikatOrganisasi,
                  alasan,
                });
                notify(`${K}tersimpan`, { type: 'success' });
                void reload();
              }}
            />
            <DialogAlasan
              buka={dialog === 'override'}
              judul={translate(`${K}override_judul`)}
              petunjuk={translate(`${K}override_petunjuk`)}
              onTutup={() => setDialog(null)}
              onKirim={async (alasan) => {
                await dataProvider.overridePredikatOrganisasi({ ...periode, alasan });
                notify(`${K}override_tersimpan`, { type: 'success' });
                void reload();
              }}
            >
              <Box component="ul" sx={{ color: MERAH, my: 0 }}>
                {laporan.pelanggaran.map((p) => (
                  <li key={p.aturan}>{p.pesan}</li>
                ))}
              </Box>
            </DialogAlasan>
          </>
        ) : null}
      </Stack>
    </Box>
  );
};
