import { Alert, Box, Button, LinearProgress, Stack } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  Datagrid,
  FunctionField,
  List,
  NumberField,
  TextField as RaText,
  Title,
  useGetList,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { useMe } from '../common/useIdentity';
import { useMskpDataProvider } from '../dataProvider';
import type { BarisTpp } from '../dataProvider/tpp';
import { kunciKey, pesanGalat, SEMUA_TPP, useLabelBulan } from './bersama';
import { bulanBawaan, romawiTriwulan, rupiah, triwulanDari } from './format';
import { KartuEkspor } from './KartuEkspor';
import { KartuKunci } from './KartuKunci';
import { KartuTotal } from './KartuTotal';
import { SaringanTpp } from './SaringanTpp';

const uang = (source: keyof BarisTpp) => (r: BarisTpp) => rupiah(r[source] as number);

/**
 * `/perhitungan-tpp` (BKAD, Admin BKPSDM; Admin OPD reads his own OPD): run a month, export the SIPD
 * files, the nominative list and the history, see the month's totals and lines and the quarter locks.
 */
export const PerhitunganTpp = () => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const queryClient = useQueryClient();
  const { permissions } = usePermissions();
  const peran = permissions as string | null;
  const adminOpd = peran === 'admin_opd';
  const bolehHitung = peran === 'bkad' || peran === 'admin_bkpsdm';
  const { me } = useMe();
  const labelBulan = useLabelBulan();
  const [tahun, setTahun] = useState(() => new Date().getFullYear());
  const [bulan, setBulan] = useState(() => bulanBawaan(new Date()));
  const [opdId, setOpdId] = useState('');
  const { data: daftarOpd = [] } = useGetList('opd', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'nama', order: 'ASC' },
  });
  // an Admin OPD works on his own OPD only (the server refuses others)
  const kodeSendiri = adminOpd ? (me?.pegawai?.opd?.kode_opd ?? '') : '';
  useEffect(() => {
    if (!kodeSendiri) return;
    const milik = daftarOpd.find((o) => o.kode_opd === kodeSendiri);
    if (milik && milik.id !== opdId) setOpdId(milik.id);
  }, [kodeSendiri, daftarOpd, opdId]);
  const kodeOpd: string = daftarOpd.find((o) => o.id === opdId)?.kode_opd ?? kodeSendiri;
  // after a run or a lock change the locks, the totals and the lines are read again
  const segarkan = () => void queryClient.invalidateQueries({ queryKey: SEMUA_TPP });
  const { data: kunci = [] } = useQuery({
    queryKey: kunciKey(tahun),
    queryFn: () => dataProvider.kunciTpp(tahun),
    retry: false,
  });
  const hitung = useMutation({
    mutationFn: () => dataProvider.hitungTpp({ tahun, bulan, ...(kodeOpd ? { kode_opd: kodeOpd } : {}) }),
    onSuccess: segarkan,
  });
  const hasil = hitung.data;
  const galat = hitung.error ? pesanGalat(hitung.error) : null;
  const tw = triwulanDari(bulan);
  const status = kunci.find((k) => k.triwulan === tw);
  const periode = `${labelBulan(bulan)} ${tahun}`;
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('mskp.tpp.menu.perhitungan')} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <SaringanTpp
          tahun={tahun}
          bulan={bulan}
          opdId={opdId}
          daftarOpd={daftarOpd}
          adminOpd={adminOpd}
          onTahun={setTahun}
          onBulan={setBulan}
          onOpd={setOpdId}
        />
        {bolehHitung ? (
          <Button
            variant="contained"
            onClick={() => hitung.mutate()}
            disabled={hitung.isPending}
            data-testid="tpp-hitung"
          >
            {translate('mskp.tpp.hitung')}
          </Button>
        ) : null}
      </Stack>
      {hitung.isPending ? <LinearProgress data-testid="tpp-progres" /> : null}
      {galat ? (
        <Alert severity="error" data-testid="tpp-galat">
          {translate(galat, { _: galat })}
        </Alert>
      ) : null}
      {hasil ? (
        <Alert severity="success" data-testid="tpp-hasil">
          {translate('mskp.tpp.hasil', {
            jumlah: hasil.jumlah_pegawai,
            tpp: rupiah(hasil.total.jumlah_tpp),
            potongan: rupiah(hasil.total.jumlah_potongan),
            ditransfer: rupiah(hasil.total.jumlah_ditransfer),
            durasi: hasil.durasi_ms,
          })}
        </Alert>
      ) : null}
      {tw ? (
        <Alert
          severity={status?.terkunci ? 'warning' : 'info'}
          sx={{ mt: 2 }}
          data-testid="tpp-status-kunci"
          data-terkunci={String(!!status?.terkunci)}
        >
          {translate(status?.terkunci ? 'mskp.tpp.terkunci' : 'mskp.tpp.terbuka', {
            triwulan: romawiTriwulan(tw),
            tahun,
          })}
        </Alert>
      ) : null}
      <KartuEkspor tahun={tahun} bulan={bulan} kodeOpd={kodeOpd} periode={periode} />
      <KartuTotal tahun={tahun} bulan={bulan} kodeOpd={kodeOpd} periode={periode} />
      <KartuKunci key={tahun} tahun={tahun} peran={peran} onBerubah={segarkan} />
      <List
        resource="tpp"
        filter={{ tahun, bulan, ...(opdId ? { opd_id: opdId } : {}) }}
        key={`${tahun}-${bulan}-${opdId}`}
        disableSyncWithLocation
        actions={false}
        title=" "
      >
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <RaText source="nip" label="NIP" />
          <RaText source="nama" label={translate('mskp.tpp.nama')} />
          <RaText source="opd_nama" label="OPD" />
          <NumberField source="kelas" label={translate('mskp.tpp.kelas')} />
          <FunctionField
            source="belanja_tpp_beban_kerja"
            label={translate('mskp.tpp.kolom.beban_kerja')}
            render={uang('belanja_tpp_beban_kerja')}
          />
          <FunctionField
            source="belanja_tpp_prestasi_kerja"
            label={translate('mskp.tpp.kolom.prestasi_kerja')}
            render={uang('belanja_tpp_prestasi_kerja')}
          />
          <FunctionField
            source="jumlah_tpp"
            label={translate('mskp.tpp.kolom.jumlah_tpp')}
            render={uang('jumlah_tpp')}
          />
          <FunctionField
            source="jumlah_potongan"
            label={translate('mskp.tpp.kolom.potongan')}
            render={uang('jumlah_potongan')}
          />
          <FunctionField
            source="jumlah_ditransfer"
            label={translate('mskp.tpp.kolom.ditransfer')}
            render={uang('jumlah_ditransfer')}
          />
        </Datagrid>
      </List>
    </Box>
  );
};
