import { Alert, Box, Button, Card, CardContent, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Datagrid, FunctionField, List, NumberField, TextField as RaText, Title, useGetList, usePermissions, useTranslate } from 'react-admin';
import { tppApi, type HasilRun, type KunciTriwulan } from './api';
import { rupiah, triwulanDari } from './format';

const BULAN = Array.from({ length: 14 }, (_, i) => i + 1);

/** `/perhitungan-tpp` (BKAD, Admin BKPSDM): run a month, see the lines and the quarter lock. */
export const PerhitunganTpp = () => {
    const translate = useTranslate();
    const { permissions } = usePermissions();
    const peran = permissions as string | null;
    const kini = new Date();
    const [tahun, setTahun] = useState(kini.getFullYear());
    const [bulan, setBulan] = useState(kini.getMonth() === 0 ? 12 : kini.getMonth());
    const [opdId, setOpdId] = useState('');
    const { data: daftarOpd = [] } = useGetList('opd', { pagination: { page: 1, perPage: 500 }, sort: { field: 'nama', order: 'ASC' } });
    const kodeOpd = daftarOpd.find(o => o.id === opdId)?.kode_opd ?? '';
    const [jalan, setJalan] = useState(false);
    const [hasil, setHasil] = useState<HasilRun | null>(null);
    const [galat, setGalat] = useState<string | null>(null);
    const [kunci, setKunci] = useState<KunciTriwulan[]>([]);
    const [alasan, setAlasan] = useState('');
    const muatKunci = useCallback(() => tppApi.kunci(tahun).then(setKunci, () => setKunci([])), [tahun]);
    useEffect(() => {
        muatKunci();
    }, [muatKunci]);
    const tw = triwulanDari(bulan);
    const status = kunci.find(k => k.triwulan === tw);
    const aksi = async (fn: () => Promise<unknown>) => {
        setGalat(null);
        try {
            await fn();
        } catch (e: any) {
            setGalat(String(e?.message ?? e));
        }
    };
    const hitung = () =>
        aksi(async () => {
            setJalan(true);
            try {
                setHasil(await tppApi.hitung({ tahun, bulan, ...(kodeOpd ? { kode_opd: kodeOpd } : {}) }));
            } finally {
                setJalan(false);
            }
        });
    return (
        <Box sx={{ p: 2 }}>
            <Title title={translate('mskp.tpp.menu.perhitungan')} />
            <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
                <TextField size="small" type="number" label={translate('mskp.tpp.tahun')} data-testid="tpp-tahun" value={tahun} onChange={e => setTahun(Number(e.target.value))} sx={{ width: 110 }} />
                <TextField select size="small" label={translate('mskp.tpp.bulan')} data-testid="tpp-bulan" value={bulan} onChange={e => setBulan(Number(e.target.value))} sx={{ width: 110 }}>
                    {BULAN.map(b => (
                        <MenuItem key={b} value={b}>{b}</MenuItem>
                    ))}
                </TextField>
                <TextField select size="small" label={translate('mskp.tpp.opd')} value={opdId} onChange={e => setOpdId(e.target.value)} sx={{ minWidth: 260 }} data-testid="tpp-opd">
                    <MenuItem value="">{translate('mskp.tpp.semua_opd')}</MenuItem>
                    {daftarOpd.map(o => (
                        <MenuItem key={o.id} value={o.id}>{o.nama}</MenuItem>
                    ))}
                </TextField>
                <Button variant="contained" onClick={hitung} disabled={jalan} data-testid="tpp-hitung">
                    {translate('mskp.tpp.hitung')}
                </Button>
            </Stack>
            {jalan ? <LinearProgress data-testid="tpp-progres" /> : null}
            {galat ? <Alert severity="error">{galat}</Alert> : null}
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
                <Card sx={{ my: 2 }}>
                    <CardContent>
                        <Typography data-testid="tpp-status-kunci">
                            {translate(status?.terkunci ? 'mskp.tpp.terkunci' : 'mskp.tpp.terbuka', { triwulan: tw, tahun })}
                        </Typography>
                        {peran === 'bkad' && !status?.terkunci ? (
                            <Button onClick={() => aksi(() => tppApi.kunciTriwulan(tahun, tw).then(muatKunci))}>{translate('mskp.tpp.kunci')}</Button>
                        ) : null}
                        {peran === 'admin_bkpsdm' && status?.terkunci ? (
                            <Stack direction="row" spacing={1}>
                                <TextField size="small" label={translate('mskp.tpp.alasan_buka')} value={alasan} onChange={e => setAlasan(e.target.value)} />
                                <Button onClick={() => aksi(() => tppApi.bukaTriwulan(tahun, tw, alasan).then(muatKunci))}>{translate('mskp.tpp.buka')}</Button>
                            </Stack>
                        ) : null}
                    </CardContent>
                </Card>
            ) : null}
            <List resource="tpp" filter={{ tahun, bulan, ...(opdId ? { opd_id: opdId } : {}) }} key={`${tahun}-${bulan}-${opdId}-${hasil?.durasi_ms ?? 0}`} disableSyncWithLocation actions={false} title=" ">
                <Datagrid bulkActionButtons={false} rowClick={false}>
                    <RaText source="nip" label="NIP" />
                    <RaText source="nama" label={translate('mskp.tpp.nama')} />
                    <RaText source="opd_nama" label="OPD" />
                    <NumberField source="kelas" label={translate('mskp.tpp.kelas')} />
                    <FunctionField source="belanja_tpp_beban_kerja" label={translate('mskp.tpp.kolom.beban_kerja')} render={(r: any) => rupiah(r.belanja_tpp_beban_kerja)} />
                    <FunctionField source="belanja_tpp_prestasi_kerja" label={translate('mskp.tpp.kolom.prestasi_kerja')} render={(r: any) => rupiah(r.belanja_tpp_prestasi_kerja)} />
                    <FunctionField source="jumlah_tpp" label={translate('mskp.tpp.kolom.jumlah_tpp')} render={(r: any) => rupiah(r.jumlah_tpp)} />
                    <FunctionField source="jumlah_potongan" label={translate('mskp.tpp.kolom.potongan')} render={(r: any) => rupiah(r.jumlah_potongan)} />
                    <FunctionField source="jumlah_ditransfer" label={translate('mskp.tpp.kolom.ditransfer')} render={(r: any) => rupiah(r.jumlah_ditransfer)} />
                </Datagrid>
            </List>
        </Box>
    );
};
