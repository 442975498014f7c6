import {
    Alert,
    Box,
    Button,
    Card,
    CardContent,
    CardHeader,
    Chip,
    Dialog,
    DialogActions,
    DialogContent,
    DialogContentText,
    DialogTitle,
    LinearProgress,
    MenuItem,
    Stack,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    TextField,
    Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useCallback, useEffect, useState } from 'react';
import { Datagrid, FunctionField, List, NumberField, TextField as RaText, Title, useGetList, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useMe } from '../common/useIdentity';
import { intlLocale } from '../i18n';
import { namaBulan } from '../common/periode';
import { simpanBerkas } from '../common/berkas';
import { tppApi, type HasilRun, type KunciTriwulan, type TotalTpp } from './api';
import { hariIniJakarta } from '../common/periode';
import { alasanCukup, bulanBawaan, bulanTriwulan, kunciTerlaluDini, romawiTriwulan, rupiah, tanggalIndonesia, triwulanDari, type JenisEkspor } from './format';

const BULAN = Array.from({ length: 14 }, (_, i) => i + 1);
const MIN_ALASAN = 10;

/** Month label: Januari … Desember, THR, Gaji 13. */
const useLabelBulan = () => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    return (bulan: number) => (bulan === 13 ? translate('mskp.tpp.bulan_13') : bulan === 14 ? translate('mskp.tpp.bulan_14') : namaBulan(bulan, intlLocale(locale)));
};

const pesanGalat = (e: unknown): string => String((e as Error)?.message ?? e);

interface Unduhan {
    kunci: string;
    label: string;
    ambil: () => ReturnType<typeof tppApi.riwayat>;
}

/** Export buttons of the chosen OPD and month (files fetched with the bearer token, saved as blobs). */
const KartuEkspor = ({ tahun, bulan, kodeOpd, periode }: { tahun: number; bulan: number; kodeOpd: string; periode: string }) => {
    const translate = useTranslate();
    const [sibuk, setSibuk] = useState<string | null>(null);
    const [galat, setGalat] = useState<string | null>(null);
    const [berhasil, setBerhasil] = useState<string | null>(null);
    const ekspor = (jenis: JenisEkspor, format: 'xlsx' | 'pdf') => () => tppApi.ekspor({ tahun, bulan, kode_opd: kodeOpd, jenis, format });
    const daftar: Unduhan[] = [
        { kunci: 'beban-xlsx', label: translate('mskp.tpp.ekspor.sipd_beban'), ambil: ekspor('beban', 'xlsx') },
        { kunci: 'prestasi-xlsx', label: translate('mskp.tpp.ekspor.sipd_prestasi'), ambil: ekspor('prestasi', 'xlsx') },
        { kunci: 'beban-pdf', label: translate('mskp.tpp.ekspor.pdf_beban'), ambil: ekspor('beban', 'pdf') },
        { kunci: 'prestasi-pdf', label: translate('mskp.tpp.ekspor.pdf_prestasi'), ambil: ekspor('prestasi', 'pdf') },
        { kunci: 'riwayat', label: translate('mskp.tpp.ekspor.riwayat', { tahun }), ambil: () => tppApi.riwayat({ tahun, kode_opd: kodeOpd }) },
    ];
    const unduh = async (u: Unduhan) => {
        setSibuk(u.kunci);
        setGalat(null);
        setBerhasil(null);
        try {
            const { blob, namaBerkas } = await u.ambil();
            simpanBerkas(blob, namaBerkas);
            setBerhasil(namaBerkas);
        } catch (e) {
            setGalat(pesanGalat(e));
        } finally {
            setSibuk(null);
        }
    };
    const aktif = daftar.find(u => u.kunci === sibuk);
    return (
        <Card sx={{ my: 2 }} data-testid="tpp-ekspor">
            <CardHeader title={translate('mskp.tpp.ekspor.judul', { periode })} titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent sx={{ pt: 0 }}>
                {!kodeOpd ? (
                    <Alert severity="info" data-testid="tpp-ekspor-pilih-opd" sx={{ mb: 1 }}>
                        {translate('mskp.tpp.ekspor.pilih_opd')}
                    </Alert>
                ) : null}
                <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                    {daftar.map(u => (
                        <Button
                            key={u.kunci}
                            variant="outlined"
                            size="small"
                            startIcon={<DownloadIcon />}
                            disabled={!kodeOpd || sibuk !== null}
                            onClick={() => void unduh(u)}
                            data-testid={`tpp-ekspor-${u.kunci}`}
                        >
                            {u.label}
                        </Button>
                    ))}
                </Stack>
                {aktif ? (
                    <Box sx={{ mt: 2 }} data-testid="tpp-ekspor-progres">
                        <Typography variant="caption">{translate('mskp.tpp.ekspor.mengunduh', { berkas: aktif.label })}</Typography>
                        <LinearProgress />
                    </Box>
                ) : null}
                {galat ? (
                    <Alert severity="error" sx={{ mt: 2 }} data-testid="tpp-ekspor-galat">
                        {translate('mskp.tpp.ekspor.gagal', { pesan: translate(galat, { _: galat }) })}
                    </Alert>
                ) : null}
                {berhasil ? (
                    <Alert severity="success" sx={{ mt: 2 }} data-testid="tpp-ekspor-berhasil">
                        {translate('mskp.tpp.ekspor.berhasil', { nama: berhasil })}
                    </Alert>
                ) : null}
            </CardContent>
        </Card>
    );
};

/** Totals of the listed month (summed from GET /api/tpp). */
const KartuTotal = ({ tahun, bulan, kodeOpd, periode, muatUlang }: { tahun: number; bulan: number; kodeOpd: string; periode: string; muatUlang: number }) => {
    const translate = useTranslate();
    const [total, setTotal] = useState<TotalTpp | null | undefined>(undefined);
    const [galat, setGalat] = useState<string | null>(null);
    useEffect(() => {
        let hidup = true;
        setTotal(undefined);
        setGalat(null);
        tppApi.total({ tahun, bulan, ...(kodeOpd ? { kode_opd: kodeOpd } : {}) }).then(
            t => hidup && setTotal(t),
            e => hidup && setGalat(pesanGalat(e))
        );
        return () => {
            hidup = false;
        };
    }, [tahun, bulan, kodeOpd, muatUlang]);
    return (
        <Card sx={{ my: 2 }} data-testid="tpp-total">
            <CardHeader title={translate('mskp.tpp.total.judul', { periode })} titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent sx={{ pt: 0 }}>
                {galat ? (
                    <Alert severity="error">{translate(galat, { _: galat })}</Alert>
                ) : total === undefined ? (
                    <LinearProgress />
                ) : total === null ? (
                    <Typography variant="body2" color="text.secondary">
                        {translate('mskp.tpp.total.terlalu_banyak', { batas: tppApi.batasTotal })}
                    </Typography>
                ) : total.pegawai === 0 ? (
                    <Typography variant="body2" color="text.secondary" data-testid="tpp-total-kosong">
                        {translate('mskp.tpp.total.kosong')}
                    </Typography>
                ) : (
                    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
                        {[
                            ['pegawai', translate('mskp.tpp.total.pegawai'), String(total.pegawai)],
                            ['jumlah_tpp', translate('mskp.tpp.kolom.jumlah_tpp'), rupiah(total.jumlah_tpp)],
                            ['jumlah_potongan', translate('mskp.tpp.kolom.potongan'), rupiah(total.jumlah_potongan)],
                            ['jumlah_ditransfer', translate('mskp.tpp.kolom.ditransfer'), rupiah(total.jumlah_ditransfer)],
                        ].map(([k, label, nilai]) => (
                            <Box key={k}>
                                <Typography variant="caption" color="text.secondary">
                                    {label}
                                </Typography>
                                <Typography variant="h6" data-testid={`tpp-total-${k}`}>
                                    {nilai}
                                </Typography>
                            </Box>
                        ))}
                    </Stack>
                )}
            </CardContent>
        </Card>
    );
};

/**
 * The four quarters of the year: state, who locked/unlocked and when, the reason; lock (BKAD, from the
 * day after the last month's input deadline; the Admin BKPSDM at any time with a reason) and unlock
 * (BKPSDM). The lock dialog lists what is refused from then on and, before that day, that only the
 * Admin BKPSDM may lock, with a reason.
 */
const KartuKunci = ({ tahun, peran, onBerubah }: { tahun: number; peran: string | null; onBerubah: () => void }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const [locale] = useLocaleState();
    const lokal = intlLocale(locale);
    const labelBulan = useLabelBulan();
    const [kunci, setKunci] = useState<KunciTriwulan[] | null>(null);
    const [galatMuat, setGalatMuat] = useState<string | null>(null);
    const [dialog, setDialog] = useState<{ aksi: 'kunci' | 'buka'; triwulan: number; dapatMulai?: string | null } | null>(null);
    const [alasan, setAlasan] = useState('');
    const [sibuk, setSibuk] = useState(false);
    const [galat, setGalat] = useState<string | null>(null);
    const muat = useCallback(() => {
        setGalatMuat(null);
        return tppApi.kunci(tahun).then(setKunci, e => {
            setKunci([]);
            setGalatMuat(pesanGalat(e));
        });
    }, [tahun]);
    useEffect(() => {
        void muat();
    }, [muat]);
    const tutup = () => {
        if (sibuk) return;
        setDialog(null);
        setAlasan('');
        setGalat(null);
    };
    const jalankan = async () => {
        if (!dialog) return;
        setSibuk(true);
        setGalat(null);
        try {
            if (dialog.aksi === 'kunci') await tppApi.kunciTriwulan(tahun, dialog.triwulan, bkpsdm ? alasan : undefined);
            else await tppApi.bukaTriwulan(tahun, dialog.triwulan, alasan);
            notify(dialog.aksi === 'kunci' ? 'mskp.tpp.kunci_tabel.berhasil_kunci' : 'mskp.tpp.kunci_tabel.berhasil_buka', {
                type: 'success',
                messageArgs: { triwulan: romawiTriwulan(dialog.triwulan), tahun },
            });
            setDialog(null);
            setAlasan('');
            await muat();
            onBerubah();
        } catch (e) {
            setGalat(pesanGalat(e));
        } finally {
            setSibuk(false);
        }
    };
    const oleh = (siapa: string | null | undefined, pada: string | null | undefined) =>
        siapa ? translate('mskp.tpp.kunci_tabel.oleh_pada', { oleh: siapa, pada: tanggalIndonesia(pada, { jam: true, locale: lokal }) }) : '-';
    const daftarBulan = (tw: number) => bulanTriwulan(tw).map(labelBulan).join(', ');
    const bkpsdm = peran === 'admin_bkpsdm';
    const hariIni = hariIniJakarta();
    const dini = dialog?.aksi === 'kunci' && kunciTerlaluDini(dialog.dapatMulai, hariIni);
    /** the lock needs a reason (the BKPSDM override) / the unlock always does */
    const perluAlasan = dialog?.aksi === 'buka' || (dialog?.aksi === 'kunci' && bkpsdm);
    const bolehKonfirmasi = !sibuk && !(dialog?.aksi === 'kunci' && dini && !bkpsdm) && !(perluAlasan && !alasanCukup(alasan, MIN_ALASAN));
    return (
        <Card sx={{ my: 2 }} data-testid="tpp-kunci">
            <CardHeader title={translate('mskp.tpp.kunci_tabel.judul', { tahun })} titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent sx={{ pt: 0 }}>
                {galatMuat ? <Alert severity="error">{translate('mskp.tpp.kunci_tabel.gagal_muat', { pesan: galatMuat })}</Alert> : null}
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
                            {kunci.map(k => (
                                <TableRow key={k.triwulan} data-testid="tpp-kunci-baris" data-triwulan={k.triwulan} data-terkunci={String(k.terkunci)}>
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
                                            label={translate(k.terkunci ? 'mskp.tpp.kunci_tabel.chip_terkunci' : 'mskp.tpp.kunci_tabel.chip_terbuka')}
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
                                                onClick={() => setDialog({ aksi: 'kunci', triwulan: k.triwulan, dapatMulai: k.dapat_dikunci_mulai })}
                                                data-testid={`tpp-kunci-${k.triwulan}`}
                                            >
                                                {translate(bkpsdm ? 'mskp.tpp.kunci_tabel.kunci_override' : 'mskp.tpp.kunci')}
                                            </Button>
                                        ) : null}
                                        {!k.terkunci && kunciTerlaluDini(k.dapat_dikunci_mulai, hariIni) ? (
                                            <Typography variant="caption" component="p" color="text.secondary" data-testid={`tpp-kunci-mulai-${k.triwulan}`}>
                                                {translate('mskp.tpp.kunci_tabel.dapat_dikunci', { tanggal: tanggalIndonesia(k.dapat_dikunci_mulai, { locale: lokal }) })}
                                            </Typography>
                                        ) : null}
                                        {peran === 'admin_bkpsdm' && k.terkunci ? (
                                            <Button size="small" variant="outlined" color="warning" startIcon={<LockOpenIcon />} onClick={() => setDialog({ aksi: 'buka', triwulan: k.triwulan })} data-testid={`tpp-buka-${k.triwulan}`}>
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
            <Dialog open={dialog !== null} onClose={tutup} fullWidth maxWidth="sm" data-testid="tpp-kunci-dialog">
                {dialog ? (
                    <>
                        <DialogTitle>
                            {translate(dialog.aksi === 'kunci' ? 'mskp.tpp.kunci_tabel.konfirmasi_judul' : 'mskp.tpp.kunci_tabel.buka_judul', {
                                triwulan: romawiTriwulan(dialog.triwulan),
                                tahun,
                            })}
                        </DialogTitle>
                        <DialogContent>
                            {dialog.aksi === 'kunci' ? (
                                <Box sx={{ mb: 2 }} data-testid="tpp-kunci-akibat">
                                    <DialogContentText>{translate('mskp.tpp.kunci_tabel.konfirmasi_isi', { bulan: `${daftarBulan(dialog.triwulan)} ${tahun}` })}</DialogContentText>
                                    <Box component="ul" sx={{ my: 1, pl: 3 }}>
                                        {(['ditolak_realisasi', 'ditolak_evaluasi', 'ditolak_tpp', 'ditolak_presensi'] as const).map(x => (
                                            <Typography component="li" variant="body2" key={x}>
                                                {translate(`mskp.tpp.kunci_tabel.${x}`)}
                                            </Typography>
                                        ))}
                                    </Box>
                                    <DialogContentText>{translate('mskp.tpp.kunci_tabel.konfirmasi_buka')}</DialogContentText>
                                    {dini ? (
                                        <Alert severity={bkpsdm ? 'info' : 'warning'} sx={{ mt: 1 }} data-testid="tpp-kunci-dini">
                                            {translate('mskp.tpp.kunci_tabel.terlalu_dini', { tanggal: tanggalIndonesia(dialog.dapatMulai, { locale: lokal }) })}
                                        </Alert>
                                    ) : null}
                                    {bkpsdm ? <DialogContentText sx={{ mt: 1 }}>{translate('mskp.tpp.kunci_tabel.override_isi', { min: MIN_ALASAN })}</DialogContentText> : null}
                                </Box>
                            ) : (
                                <DialogContentText sx={{ mb: 2 }}>{translate('mskp.tpp.kunci_tabel.buka_isi', { min: MIN_ALASAN })}</DialogContentText>
                            )}
                            {perluAlasan ? (
                                <TextField
                                    autoFocus
                                    fullWidth
                                    multiline
                                    minRows={2}
                                    required
                                    label={translate(dialog.aksi === 'buka' ? 'mskp.tpp.alasan_buka' : 'mskp.tpp.kunci_tabel.alasan_kunci')}
                                    value={alasan}
                                    onChange={e => setAlasan(e.target.value)}
                                    helperText={alasanCukup(alasan, MIN_ALASAN) ? ' ' : translate('mskp.tpp.kunci_tabel.alasan_pendek', { min: MIN_ALASAN, n: alasan.trim().length })}
                                    slotProps={{ htmlInput: { 'data-testid': dialog.aksi === 'buka' ? 'tpp-buka-alasan' : 'tpp-kunci-alasan', maxLength: 500 } }}
                                />
                            ) : null}
                            {sibuk ? <LinearProgress sx={{ mt: 1 }} /> : null}
                            {galat ? (
                                <Alert severity="error" sx={{ mt: 1 }} data-testid="tpp-kunci-galat">
                                    {translate(galat, { _: galat })}
                                </Alert>
                            ) : null}
                        </DialogContent>
                        <DialogActions>
                            <Button onClick={tutup} disabled={sibuk}>
                                {translate('ra.action.cancel')}
                            </Button>
                            <Button
                                variant="contained"
                                color={dialog.aksi === 'kunci' ? 'primary' : 'warning'}
                                disabled={!bolehKonfirmasi}
                                onClick={() => void jalankan()}
                                data-testid="tpp-kunci-konfirmasi"
                            >
                                {translate(dialog.aksi === 'kunci' ? 'mskp.tpp.kunci' : 'mskp.tpp.buka')}
                            </Button>
                        </DialogActions>
                    </>
                ) : null}
            </Dialog>
        </Card>
    );
};

/**
 * `/perhitungan-tpp` (BKAD, Admin BKPSDM; Admin OPD reads his own OPD): run a month, export the SIPD
 * files, the nominative list and the history, see the month's totals and lines and the quarter locks.
 */
export const PerhitunganTpp = () => {
    const translate = useTranslate();
    const { permissions } = usePermissions();
    const peran = permissions as string | null;
    const adminOpd = peran === 'admin_opd';
    const bolehHitung = peran === 'bkad' || peran === 'admin_bkpsdm';
    const { me } = useMe();
    const labelBulan = useLabelBulan();
    const kini = new Date();
    const [tahun, setTahun] = useState(kini.getFullYear());
    const [bulan, setBulan] = useState(bulanBawaan(kini));
    const [opdId, setOpdId] = useState('');
    const { data: daftarOpd = [] } = useGetList('opd', { pagination: { page: 1, perPage: 500 }, sort: { field: 'nama', order: 'ASC' } });
    // an Admin OPD works on his own OPD only (the server refuses others)
    const kodeSendiri = adminOpd ? (me?.pegawai?.opd?.kode_opd ?? '') : '';
    useEffect(() => {
        if (!kodeSendiri) return;
        const milik = daftarOpd.find(o => o.kode_opd === kodeSendiri);
        if (milik && milik.id !== opdId) setOpdId(milik.id);
    }, [kodeSendiri, daftarOpd, opdId]);
    const kodeOpd = daftarOpd.find(o => o.id === opdId)?.kode_opd ?? kodeSendiri;
    const [jalan, setJalan] = useState(false);
    const [hasil, setHasil] = useState<HasilRun | null>(null);
    const [galat, setGalat] = useState<string | null>(null);
    const [kunci, setKunci] = useState<KunciTriwulan[]>([]);
    const [versi, setVersi] = useState(0);
    const muatKunci = useCallback(() => tppApi.kunci(tahun).then(setKunci, () => setKunci([])), [tahun]);
    useEffect(() => {
        void muatKunci();
    }, [muatKunci, versi]);
    const tw = triwulanDari(bulan);
    const status = kunci.find(k => k.triwulan === tw);
    const periode = `${labelBulan(bulan)} ${tahun}`;
    const hitung = async () => {
        setGalat(null);
        setHasil(null);
        setJalan(true);
        try {
            setHasil(await tppApi.hitung({ tahun, bulan, ...(kodeOpd ? { kode_opd: kodeOpd } : {}) }));
            setVersi(v => v + 1);
        } catch (e) {
            setGalat(pesanGalat(e));
        } finally {
            setJalan(false);
        }
    };
    return (
        <Box sx={{ p: 2 }}>
            <Title title={translate('mskp.tpp.menu.perhitungan')} />
            <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
                <TextField size="small" type="number" label={translate('mskp.tpp.tahun')} data-testid="tpp-tahun" value={tahun} onChange={e => setTahun(Number(e.target.value))} sx={{ width: 110 }} />
                <TextField select size="small" label={translate('mskp.tpp.bulan')} data-testid="tpp-bulan" value={bulan} onChange={e => setBulan(Number(e.target.value))} sx={{ width: 160 }}>
                    {BULAN.map(b => (
                        <MenuItem key={b} value={b} data-bulan={b}>
                            {labelBulan(b)}
                        </MenuItem>
                    ))}
                </TextField>
                <TextField
                    select
                    size="small"
                    label={translate('mskp.tpp.opd')}
                    value={opdId}
                    onChange={e => setOpdId(e.target.value)}
                    sx={{ minWidth: 260 }}
                    data-testid="tpp-opd"
                    disabled={adminOpd}
                    slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                >
                    <MenuItem value="">{translate(adminOpd ? 'mskp.tpp.opd_sendiri' : 'mskp.tpp.semua_opd')}</MenuItem>
                    {daftarOpd.map(o => (
                        <MenuItem key={o.id} value={o.id}>
                            {o.nama}
                        </MenuItem>
                    ))}
                </TextField>
                {bolehHitung ? (
                    <Button variant="contained" onClick={() => void hitung()} disabled={jalan} data-testid="tpp-hitung">
                        {translate('mskp.tpp.hitung')}
                    </Button>
                ) : null}
            </Stack>
            {jalan ? <LinearProgress data-testid="tpp-progres" /> : null}
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
                <Alert severity={status?.terkunci ? 'warning' : 'info'} sx={{ mt: 2 }} data-testid="tpp-status-kunci" data-terkunci={String(!!status?.terkunci)}>
                    {translate(status?.terkunci ? 'mskp.tpp.terkunci' : 'mskp.tpp.terbuka', { triwulan: romawiTriwulan(tw), tahun })}
                </Alert>
            ) : null}
            <KartuEkspor tahun={tahun} bulan={bulan} kodeOpd={kodeOpd} periode={periode} />
            <KartuTotal tahun={tahun} bulan={bulan} kodeOpd={kodeOpd} periode={periode} muatUlang={versi} />
            <KartuKunci key={tahun} tahun={tahun} peran={peran} onBerubah={() => setVersi(v => v + 1)} />
            <List resource="tpp" filter={{ tahun, bulan, ...(opdId ? { opd_id: opdId } : {}) }} key={`${tahun}-${bulan}-${opdId}-${versi}`} disableSyncWithLocation actions={false} title=" ">
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
