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
    Skeleton,
    Stack,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    TextField,
    Typography,
} from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useEffect, useState, type ReactNode } from 'react';
import { Title, useGetList, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { useAsync } from '../common/useAsync';
import { useMe } from '../common/useIdentity';
import { intlLocale } from '../i18n';
import { PilihPeriode } from '../common/PilihPeriode';
import { simpanBerkas } from '../common/berkas';
import { formatNip } from '../util/format';
import { laporanPredikatApi as api, type KodePredikatOrganisasi, type LaporanPredikat as Laporan, type PeriodeOpd, type PredikatOrganisasi } from './api';
import { alasanCukup, alasanTidakFinal, batangDistribusi, teksPersen, type BatangDistribusi } from './aturan';

const K = 'mskp.laporan_predikat.';
const MERAH = 'error.main';

/** The OPD choice: a list for the city-wide roles and Admin OPD (the server scopes), the own OPD for a Kepala OPD. */
const PilihOpd = ({ value, nama, onChange, terkunci }: { value: string; nama?: string; onChange: (kode: string) => void; terkunci: boolean }) => {
    const translate = useTranslate();
    const { data } = useGetList<{ id: string; kode_opd: string; nama: string }>(
        'opd',
        { pagination: { page: 1, perPage: 500 }, sort: { field: 'kode_opd', order: 'ASC' }, filter: {} },
        { enabled: !terkunci }
    );
    return (
        <TextField
            select
            size="small"
            label={translate(`${K}opd`)}
            value={value}
            onChange={event => onChange(event.target.value)}
            disabled={terkunci}
            sx={{ minWidth: 320 }}
            slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'predikat-opd' } }}
        >
            <option value="">—</option>
            {terkunci && value ? <option value={value}>{nama || value}</option> : null}
            {(data ?? []).map(o => (
                <option key={o.id} value={o.kode_opd}>
                    {o.nama}
                </option>
            ))}
        </TextField>
    );
};

/** Distribution vs quota: one bar per predikat, the quota bounds as ticks, broken bounds in red. */
const GrafikDistribusi = ({ batang }: { batang: BatangDistribusi[] }) => {
    const theme = useTheme();
    const translate = useTranslate();
    const ROW = 34;
    const LABEL = 150;
    const WIDTH = 640;
    const max = Math.max(1, ...batang.map(b => Math.max(b.jumlah, b.maks ?? 0, b.min ?? 0)));
    const ruang = WIDTH - LABEL - 110;
    const x = (n: number) => LABEL + (n / max) * ruang;
    const height = batang.length * ROW + 10;
    return (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={translate(`${K}grafik`)} data-testid="predikat-grafik" style={{ fontFamily: theme.typography.fontFamily }}>
            {batang.map((b, i) => {
                const y = i * ROW + 5;
                const warna = b.langgar ? theme.palette.error.main : theme.palette.primary.main;
                return (
                    <g key={b.kode} data-testid="predikat-grafik-bar" data-langgar={b.langgar ? 'ya' : 'tidak'}>
                        <title>{translate(`${K}grafik_label`, { nama: b.nama, jumlah: b.jumlah })}</title>
                        <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize="12" fill={theme.palette.text.primary}>
                            {b.nama}
                        </text>
                        <rect x={LABEL} y={y + 6} width={Math.max(2, x(b.jumlah) - LABEL)} height={ROW - 14} rx={3} fill={warna} />
                        {b.maks != null ? <line x1={x(b.maks)} x2={x(b.maks)} y1={y + 2} y2={y + ROW - 4} stroke={theme.palette.error.dark} strokeWidth={2} strokeDasharray="4 2" /> : null}
                        {b.min != null ? <line x1={x(b.min)} x2={x(b.min)} y1={y + 2} y2={y + ROW - 4} stroke={theme.palette.success.dark} strokeWidth={2} strokeDasharray="4 2" /> : null}
                        <text x={x(b.jumlah) + 6} y={y + ROW / 2} dominantBaseline="middle" fontSize="12" fill={b.langgar ? theme.palette.error.main : theme.palette.text.secondary}>
                            {b.jumlah}
                            {b.maks != null ? ` (${translate(`${K}maks`, { n: b.maks })})` : ''}
                            {b.min != null ? ` (${translate(`${K}min`, { n: b.min })})` : ''}
                        </text>
                    </g>
                );
            })}
        </svg>
    );
};

/** A dialog asking for a written reason (set/change predikat, BKPSDM override). */
const DialogAlasan = ({
    buka,
    judul,
    petunjuk,
    pilihan,
    awal,
    onTutup,
    onKirim,
    children,
}: {
    buka: boolean;
    judul: string;
    petunjuk?: string;
    pilihan?: PredikatOrganisasi['pilihan'];
    awal?: KodePredikatOrganisasi | null;
    onTutup: () => void;
    onKirim: (alasan: string, predikat?: KodePredikatOrganisasi) => Promise<void>;
    children?: ReactNode;
}) => {
    const translate = useTranslate();
    const [alasan, setAlasan] = useState('');
    const [predikat, setPredikat] = useState<KodePredikatOrganisasi | ''>(awal ?? '');
    const [sibuk, setSibuk] = useState(false);
    const [galat, setGalat] = useState<string | null>(null);
    useEffect(() => {
        if (buka) {
            setAlasan('');
            setPredikat(awal ?? '');
            setGalat(null);
        }
    }, [buka, awal]);
    const kirim = async () => {
        setSibuk(true);
        setGalat(null);
        try {
            await onKirim(alasan.trim(), predikat || undefined);
            onTutup();
        } catch (error) {
            setGalat((error as Error)?.message || 'ra.notification.http_error');
        } finally {
            setSibuk(false);
        }
    };
    return (
        <Dialog open={buka} onClose={onTutup} fullWidth maxWidth="sm">
            <DialogTitle>{judul}</DialogTitle>
            <DialogContent>
                <Stack spacing={2} sx={{ mt: 1 }}>
                    {petunjuk ? <DialogContentText>{petunjuk}</DialogContentText> : null}
                    {children}
                    {pilihan ? (
                        <TextField
                            select
                            label={translate(`${K}predikat`)}
                            value={predikat}
                            onChange={event => setPredikat(event.target.value as KodePredikatOrganisasi)}
                            slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'predikat-pilih' } }}
                        >
                            <option value="">—</option>
                            {pilihan.map(p => (
                                <option key={p.kode} value={p.kode}>
                                    {p.nama}
                                </option>
                            ))}
                        </TextField>
                    ) : null}
                    <TextField
                        label={translate(`${K}alasan`)}
                        value={alasan}
                        onChange={event => setAlasan(event.target.value)}
                        multiline
                        minRows={3}
                        helperText={translate(`${K}alasan_petunjuk`)}
                        slotProps={{ htmlInput: { 'data-testid': 'predikat-alasan', maxLength: 2000 } }}
                    />
                    {galat ? <Alert severity="error">{translate(galat, { _: galat })}</Alert> : null}
                </Stack>
            </DialogContent>
            <DialogActions>
                <Button onClick={onTutup}>{translate(`${K}batal`)}</Button>
                <Button variant="contained" disabled={sibuk || !alasanCukup(alasan) || (!!pilihan && !predikat)} onClick={() => void kirim()} data-testid="predikat-kirim">
                    {translate(`${K}simpan`)}
                </Button>
            </DialogActions>
        </Dialog>
    );
};

/**
 * `/laporan-predikat` (Admin BKPSDM, Admin OPD, Inspektorat, BKAD; a Kepala OPD for his OPD): the
 * organisation predikat (set or proposed), its quota check re-validated by the server on every view,
 * the distribution chart against the quota, the rated pegawai, violations in red, Excel/PDF downloads,
 * setting the predikat with a reason, finalising the period, and BKPSDM's override with a reason.
 */
export const LaporanPredikat = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const [locale] = useLocaleState();
    const { permissions } = usePermissions<string | null>();
    const { me } = useMe();
    const kini = new Date();
    const [tahun, setTahun] = useState(kini.getFullYear());
    const [bulan, setBulan] = useState(kini.getMonth() + 1);
    const opdSendiri = permissions === 'pegawai' ? (me?.pegawai?.opd?.kode_opd ?? '') : '';
    const [kode, setKode] = useState('');
    const kodeOpd = kode || opdSendiri || (permissions === 'admin_opd' ? (me?.pegawai?.opd?.kode_opd ?? '') : '');
    const periode: PeriodeOpd = { kode_opd: kodeOpd, tahun, bulan };
    const { data, isPending, error, reload } = useAsync(
        async () => (kodeOpd ? Promise.all([api.laporan(periode), api.predikat(periode)]) : null),
        [kodeOpd, tahun, bulan]
    );
    const [dialog, setDialog] = useState<'tetapkan' | 'override' | null>(null);
    const [sibuk, setSibuk] = useState<string | null>(null);
    const lokal = intlLocale(locale);

    const unduh = async (format: 'xlsx' | 'pdf') => {
        setSibuk(format);
        try {
            const { blob, namaBerkas } = await api.unduh(periode, format);
            simpanBerkas(blob, namaBerkas);
        } catch (e) {
            const pesan = (e as Error)?.message || 'ra.notification.http_error';
            notify(pesan, { type: 'error', messageArgs: { _: pesan } });
        } finally {
            setSibuk(null);
        }
    };
    const finalkan = async () => {
        setSibuk('final');
        try {
            await api.finalkan(periode);
            notify(`${K}difinalkan`, { type: 'success' });
            reload();
        } catch (e) {
            const pesan = (e as Error)?.message || 'ra.notification.http_error';
            notify(pesan, { type: 'error', messageArgs: { _: pesan } });
            reload();
        } finally {
            setSibuk(null);
        }
    };

    const [laporan, po]: [Laporan | undefined, PredikatOrganisasi | undefined] = data ? data : [undefined, undefined];
    const tidakFinal = laporan && po ? alasanTidakFinal(laporan, po.boleh) : null;

    return (
        <Box sx={{ mt: 1 }} data-testid="laporan-predikat">
            <Title title={`${K}judul`} />
            <Stack spacing={2}>
                <Card>
                    <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                        <Typography variant="h5" component="h1">
                            {translate(`${K}judul`)}
                        </Typography>
                        <PilihOpd value={kodeOpd} nama={me?.pegawai?.opd?.nama} onChange={setKode} terkunci={permissions === 'pegawai'} />
                        <PilihPeriode tahun={tahun} bulan={bulan} onTahun={setTahun} onBulan={setBulan} />
                        <Box sx={{ flex: 1 }} />
                        <Button variant="outlined" disabled={!laporan || !!sibuk} onClick={() => void unduh('xlsx')} data-testid="predikat-excel">
                            {translate(`${K}unduh_excel`)}
                        </Button>
                        <Button variant="outlined" disabled={!laporan || !!sibuk} onClick={() => void unduh('pdf')} data-testid="predikat-pdf">
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
                        <Card data-testid="predikat-organisasi">
                            <CardHeader title={translate(`${K}organisasi`)} slotProps={{ title: { variant: 'h6' } }} />
                            <CardContent>
                                <Stack spacing={1.5}>
                                    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                                        <Typography variant="h5" data-testid="predikat-nilai">
                                            {laporan.predikat_organisasi.nama ?? translate(`${K}belum_ada`)}
                                        </Typography>
                                        <Chip size="small" label={translate(laporan.predikat_organisasi.sumber === 'DITETAPKAN' ? `${K}ditetapkan` : `${K}usulan`)} />
                                        <Chip size="small" color={laporan.predikat_organisasi.status === 'FINAL' ? 'success' : 'default'} label={translate(`${K}status.${laporan.predikat_organisasi.status}`)} data-testid="predikat-status" />
                                    </Box>
                                    <Typography variant="body2" color="text.secondary">
                                        {po.usulan ? translate(`${K}usulan_label`, { nama: po.usulan.nama }) : translate(`${K}tanpa_usulan`)}
                                        {po.capaian_opd != null ? ` · ${translate(`${K}capaian_opd`, { nilai: teksPersen(po.capaian_opd, lokal) })}` : ''}
                                    </Typography>
                                    {po.ditetapkan_oleh ? (
                                        <Typography variant="body2">
                                            {translate(`${K}oleh`, { nama: po.ditetapkan_oleh.nama, sebagai: po.ditetapkan_oleh.sebagai })}
                                            {po.alasan ? ` — ${po.alasan}` : ''}
                                        </Typography>
                                    ) : null}
                                    {laporan.predikat_organisasi.override ? (
                                        <Alert severity="info" data-testid="predikat-override-ada">
                                            {translate(`${K}override_ada`, { alasan: laporan.predikat_organisasi.override.alasan, oleh: laporan.predikat_organisasi.override.oleh })}
                                        </Alert>
                                    ) : null}
                                    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
                                        {po.boleh.tetapkan ? (
                                            <Button variant="outlined" onClick={() => setDialog('tetapkan')} data-testid="predikat-tetapkan">
                                                {translate(laporan.predikat_organisasi.sumber === 'DITETAPKAN' ? `${K}ubah` : `${K}tetapkan`)}
                                            </Button>
                                        ) : null}
                                        <Button variant="contained" disabled={!!tidakFinal || !!sibuk} onClick={() => void finalkan()} data-testid="predikat-finalkan">
                                            {translate(`${K}finalkan`)}
                                        </Button>
                                        {po.boleh.override ? (
                                            <Button color="error" variant="outlined" onClick={() => setDialog('override')} data-testid="predikat-override">
                                                {translate(`${K}override`)}
                                            </Button>
                                        ) : null}
                                    </Box>
                                    {tidakFinal ? (
                                        <Typography variant="body2" color={tidakFinal.kode === 'diblokir' ? MERAH : 'text.secondary'} data-testid="predikat-alasan-tidak-final">
                                            {translate(`${K}tidak_final.${tidakFinal.kode}`, { smart_count: tidakFinal.kode === 'diblokir' ? tidakFinal.jumlah : 0 })}
                                        </Typography>
                                    ) : null}
                                </Stack>
                            </CardContent>
                        </Card>

                        <Card data-testid="predikat-distribusi">
                            <CardHeader title={translate(`${K}distribusi`)} subheader={translate(`${K}dinilai`, { smart_count: laporan.n })} slotProps={{ title: { variant: 'h6' } }} />
                            <CardContent>
                                <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '2fr 3fr' } }}>
                                    <Table size="small">
                                        <TableHead>
                                            <TableRow>
                                                <TableCell>{translate(`${K}predikat`)}</TableCell>
                                                <TableCell align="right">{translate(`${K}jumlah`)}</TableCell>
                                                <TableCell align="right">{translate(`${K}persen`)}</TableCell>
                                            </TableRow>
                                        </TableHead>
                                        <TableBody>
                                            {batangDistribusi(laporan).map(b => (
                                                <TableRow key={b.kode} data-testid="predikat-jumlah" sx={b.langgar ? { '& td': { color: MERAH, fontWeight: 700 } } : undefined}>
                                                    <TableCell>{b.nama}</TableCell>
                                                    <TableCell align="right">{b.jumlah}</TableCell>
                                                    <TableCell align="right">{teksPersen(b.persen, lokal)}</TableCell>
                                                </TableRow>
                                            ))}
                                        </TableBody>
                                    </Table>
                                    <GrafikDistribusi batang={batangDistribusi(laporan)} />
                                </Box>
                                <Typography variant="subtitle2" sx={{ mt: 2 }}>
                                    {translate(`${K}aturan`)}
                                </Typography>
                                {laporan.aturan.length ? (
                                    <Box component="ul" sx={{ mt: 0.5 }} data-testid="predikat-aturan">
                                        {laporan.aturan.map(a => (
                                            <li key={a}>{a}</li>
                                        ))}
                                    </Box>
                                ) : (
                                    <Typography variant="body2" color="text.secondary">
                                        {translate(`${K}aturan_kosong`)}
                                    </Typography>
                                )}
                                {laporan.pelanggaran.length ? (
                                    <Alert severity={laporan.hanya_peringatan ? 'warning' : 'error'} sx={{ mt: 1 }} data-testid="predikat-pelanggaran">
                                        <Typography variant="subtitle2">{translate(`${K}pelanggaran`)}</Typography>
                                        <Box component="ul" sx={{ my: 0.5, color: MERAH }}>
                                            {laporan.pelanggaran.map(p => (
                                                <li key={p.aturan} data-testid="predikat-pelanggaran-butir">
                                                    {p.pesan}
                                                </li>
                                            ))}
                                        </Box>
                                        {laporan.hanya_peringatan ? translate(`${K}peringatan`, { n: laporan.kurva_minimal_pegawai }) : null}
                                    </Alert>
                                ) : laporan.aturan.length ? (
                                    <Alert severity="success" sx={{ mt: 1 }}>
                                        {translate(`${K}terpenuhi`)}
                                    </Alert>
                                ) : null}
                            </CardContent>
                        </Card>

                        <Card>
                            <CardHeader title={translate(`${K}pegawai`)} slotProps={{ title: { variant: 'h6' } }} />
                            <CardContent sx={{ overflowX: 'auto' }}>
                                {laporan.pegawai.length ? (
                                    <Table size="small" data-testid="predikat-pegawai">
                                        <TableHead>
                                            <TableRow>
                                                <TableCell>{translate(`${K}nip`)}</TableCell>
                                                <TableCell>{translate(`${K}nama`)}</TableCell>
                                                <TableCell>{translate(`${K}jabatan`)}</TableCell>
                                                <TableCell>{translate(`${K}rating_hasil`)}</TableCell>
                                                <TableCell>{translate(`${K}rating_perilaku`)}</TableCell>
                                                <TableCell>{translate(`${K}predikat`)}</TableCell>
                                                <TableCell>{translate(`${K}sumber_perilaku`)}</TableCell>
                                            </TableRow>
                                        </TableHead>
                                        <TableBody>
                                            {laporan.pegawai.map(p => (
                                                <TableRow key={p.nip} data-testid="predikat-pegawai-baris">
                                                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatNip(p.nip)}</TableCell>
                                                    <TableCell>{p.nama}</TableCell>
                                                    <TableCell>{p.jabatan ?? ''}</TableCell>
                                                    <TableCell>{p.rating_hasil.nama}</TableCell>
                                                    <TableCell>{p.rating_perilaku.nama}</TableCell>
                                                    <TableCell>{p.predikat.nama}</TableCell>
                                                    <TableCell>{translate(p.perilaku_source === 'PLT' ? `${K}plt` : `${K}definitif`)}</TableCell>
                                                </TableRow>
                                            ))}
                                        </TableBody>
                                    </Table>
                                ) : (
                                    <EmptyNote testId="predikat-pegawai-kosong">{translate(`${K}kosong`)}</EmptyNote>
                                )}
                                {laporan.belum_dinilai.length ? (
                                    <Alert severity="info" sx={{ mt: 2 }} data-testid="predikat-belum-dinilai">
                                        <Typography variant="subtitle2">{translate(`${K}belum_dinilai`, { smart_count: laporan.belum_dinilai.length })}</Typography>
                                        {laporan.belum_dinilai.map(p => `${p.nama} (${formatNip(p.nip)})`).join(', ')}
                                    </Alert>
                                ) : null}
                            </CardContent>
                        </Card>

                        <DialogAlasan
                            buka={dialog === 'tetapkan'}
                            judul={translate(laporan.predikat_organisasi.sumber === 'DITETAPKAN' ? `${K}ubah` : `${K}tetapkan`)}
                            pilihan={po.pilihan}
                            awal={laporan.predikat_organisasi.kode ?? po.usulan?.kode ?? null}
                            onTutup={() => setDialog(null)}
                            onKirim={async (alasan, predikat) => {
                                await api.tetapkan({ ...periode, predikat: predikat as KodePredikatOrganisasi, alasan });
                                notify(`${K}tersimpan`, { type: 'success' });
                                reload();
                            }}
                        />
                        <DialogAlasan
                            buka={dialog === 'override'}
                            judul={translate(`${K}override_judul`)}
                            petunjuk={translate(`${K}override_petunjuk`)}
                            onTutup={() => setDialog(null)}
                            onKirim={async alasan => {
                                await api.override({ ...periode, alasan });
                                notify(`${K}override_tersimpan`, { type: 'success' });
                                reload();
                            }}
                        >
                            <Box component="ul" sx={{ color: MERAH, my: 0 }}>
                                {laporan.pelanggaran.map(p => (
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
