import {
    Alert,
    AlertTitle,
    Box,
    Button,
    Card,
    CardContent,
    CardHeader,
    Chip,
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
    TextField,
    ToggleButton,
    ToggleButtonGroup,
    Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import SaveIcon from '@mui/icons-material/Save';
import { useMemo, useState } from 'react';
import { Title, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useParams, useSearchParams } from 'react-router-dom';
import { RouterLink } from '../common/RouterLink';
import { useAsync } from '../common/useAsync';
import type { Evaluasi, IsianEvaluasi, PersiapanEvaluasi, Rating } from '../dataProvider/evaluasi';
import type { RenaksiBulan } from '../dataProvider/renaksi';
import { codeOf } from '../dataProvider/errors';
import { intlLocale } from '../i18n';
import { formatAngka, formatPersen } from '../common/angka';
import { PilihanNative } from '../common/PilihanNative';
import { hariIniJakarta, namaBulan } from '../common/periode';
import { perRhk } from '../common/realisasi/aturan';
import { KartuCapaian } from '../common/realisasi/KartuCapaian';
import { DaftarBukti, RtpChip, StatusRealisasiChip, useWarnaRtp } from '../common/realisasi/komponen';
import { formatDate, formatNip } from '../util/format';
import { alasanTahunan, bulanLalu, capaianBulan, fieldForm, petaUmpanBalik, predikatDariMatriks } from './aturan';
import { CetakEvaluasi, PerilakuPltChip, PilihRating, PredikatChip, useEvaluasiDataProvider } from './komponen';

type Mode = 'BULANAN' | 'TAHUNAN';

interface GalatSimpan {
    pesan: string;
    field: string | null;
}

/**
 * `/penilaian-kinerja/:nip?tahun=&bulan=&skp=`: the penilai's evaluation of one pegawai (GET
 * /api/evaluasi/persiapan): capaian, RHK with renaksi and evidence, the realisasi gate, the advisory
 * rating, both ratings with the matrix's predikat live, umpan balik (general, per RHK, per BerAKHLAK
 * value), the SKP context for a Plt holder; save → POST /api/evaluasi, or /api/evaluasi/tahunan in the
 * annual mode (angka kredit for JF). The server decides; its predikat is shown after saving.
 */
export const FormEvaluasi = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const [locale] = useLocaleState();
    const lokal = intlLocale(locale);
    const dataProvider = useEvaluasiDataProvider();
    const { nip = '' } = useParams();
    const [cari, setCari] = useSearchParams();
    const awal = bulanLalu(hariIniJakarta());
    const tahun = Number(cari.get('tahun')) || awal.tahun;
    const bulan = Number(cari.get('bulan')) || awal.bulan;
    const skp = cari.get('skp') || undefined;
    const [mode, setMode] = useState<Mode>(cari.get('mode') === 'TAHUNAN' ? 'TAHUNAN' : 'BULANAN');

    const persiapan = useAsync(() => dataProvider.persiapanEvaluasi({ nip, tahun, bulan, skp }), [nip, tahun, bulan, skp]);
    const data = persiapan.data;
    const skpId = data?.skp?.id;
    const renaksi = useAsync(
        () => (nip ? dataProvider.daftarRenaksiBulan({ nip, tahun, bulan }) : Promise.resolve([] as RenaksiBulan[])),
        [nip, tahun, bulan]
    );
    const tahunan = useAsync(
        () => (mode === 'TAHUNAN' ? dataProvider.daftarEvaluasi({ nip, tahun, periode_jenis: 'TAHUNAN' }) : Promise.resolve([] as Evaluasi[])),
        [nip, tahun, mode]
    );
    const evaluasiTahunan = (tahunan.data ?? []).find(e => !skpId || e.skp?.id === skpId) ?? null;

    const [sibuk, setSibuk] = useState(false);
    const periksaSemua = async (ids: string[]) => {
        setSibuk(true);
        try {
            await dataProvider.periksaRealisasiMassal(ids);
            notify('mskp.evaluasi.diperiksa_semua', { type: 'success', messageArgs: { smart_count: ids.length } });
            persiapan.reload();
            renaksi.reload();
        } catch (e) {
            const pesan = (e as Error)?.message || 'ra.notification.http_error';
            notify(pesan, { type: 'error', messageArgs: { _: pesan } });
        } finally {
            setSibuk(false);
        }
    };

    const periode = { bulan: namaBulan(bulan, lokal), tahun };
    const rhkSkp = useMemo(
        () => perRhk((renaksi.data ?? []).filter(r => !skpId || !r.skp || r.skp.id === skpId)),
        [renaksi.data, skpId]
    );

    if (persiapan.isPending && !data) return <Skeleton variant="rectangular" height={300} sx={{ mt: 1 }} />;
    if (persiapan.error || !data) {
        return (
            <Alert severity="error" sx={{ mt: 1 }} data-testid="evaluasi-galat-muat">
                {translate('mskp.error.gagal_memuat', { pesan: persiapan.error?.message ?? '' })}
            </Alert>
        );
    }
    const capaian = capaianBulan(data.capaian);
    const jumlah = data.realisasi.jumlah;
    const alasan = mode === 'TAHUNAN' ? alasanTahunan(data) : data.alasan_tidak_boleh;
    const tersimpan = mode === 'TAHUNAN' ? evaluasiTahunan : data.evaluasi;
    const gantiSkp = (id: string) => {
        const baru = new URLSearchParams(cari);
        baru.set('skp', id);
        setCari(baru, { replace: true });
    };

    return (
        <Box sx={{ mt: 1 }} data-testid="form-evaluasi" data-nip={nip}>
            <Title title={translate('mskp.evaluasi.judul_form', { nama: data.pegawai.nama })} />
            <Stack spacing={2}>
                <Card>
                    <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                        <Button component={RouterLink} to={`/penilaian-kinerja?tahun=${tahun}&bulan=${bulan}`} startIcon={<ArrowBackIcon />} data-testid="evaluasi-kembali">
                            {translate('mskp.evaluasi.kembali')}
                        </Button>
                        <Box sx={{ flex: 1, minWidth: 240 }}>
                            <Typography variant="h5" component="h1">
                                {data.pegawai.nama}
                            </Typography>
                            <Typography variant="body2" color="text.secondary">
                                {[formatNip(data.pegawai.nip), data.skp?.jabatan, translate('mskp.evaluasi.periode.BULANAN', periode)].filter(Boolean).join(' · ')}
                            </Typography>
                        </Box>
                        <ToggleButtonGroup size="small" exclusive value={mode} onChange={(_, m: Mode | null) => m && setMode(m)}>
                            <ToggleButton value="BULANAN" data-testid="mode-bulanan">
                                {translate('mskp.evaluasi.mode.BULANAN')}
                            </ToggleButton>
                            <ToggleButton value="TAHUNAN" data-testid="mode-tahunan">
                                {translate('mskp.evaluasi.mode.TAHUNAN')}
                            </ToggleButton>
                        </ToggleButtonGroup>
                        {data.skp_pilihan.length > 1 ? (
                            <PilihanNative
                                size="small"
                                label={translate('mskp.evaluasi.skp_konteks')}
                                value={data.skp?.id ?? ''}
                                onChange={gantiSkp}
                                helperText={translate('mskp.evaluasi.skp_pilihan_petunjuk')}
                                sx={{ minWidth: 280 }}
                                labelMengecil
                                pilihan={data.skp_pilihan.map(s => ({
                                    id: s.id,
                                    name: translate(`mskp.evaluasi.skp_pilihan.${s.konteks}`, { jabatan: s.jabatan ?? '-' }),
                                }))}
                                testId="pilih-skp"
                            />
                        ) : null}
                    </CardContent>
                </Card>

                {alasan ? (
                    <Alert severity="warning" data-testid="evaluasi-tidak-boleh" data-code={alasan.code}>
                        <AlertTitle>{translate('mskp.evaluasi.tidak_boleh')}</AlertTitle>
                        {alasan.message}
                    </Alert>
                ) : null}

                {mode === 'BULANAN' ? (
                    <>
                        {capaian ? <KartuCapaian capaian={capaian} isPending={false} /> : null}
                        <Card data-testid="evaluasi-realisasi">
                            <CardHeader title={translate('mskp.evaluasi.status_realisasi')} slotProps={{ title: { variant: 'h6' } }} />
                            <CardContent sx={{ pt: 0 }}>
                                {jumlah ? (
                                    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }}>
                                        {(Object.keys(jumlah) as Array<keyof typeof jumlah>).map(k => (
                                            <Chip
                                                key={k}
                                                size="small"
                                                variant="outlined"
                                                color={(k === 'belum_diperiksa' || k === 'belum_diisi') && jumlah[k] > 0 ? 'warning' : 'default'}
                                                label={`${translate(`mskp.evaluasi.jumlah.${k}`)}: ${jumlah[k]}`}
                                                data-testid={`jumlah-${k}`}
                                                data-jumlah={jumlah[k]}
                                            />
                                        ))}
                                    </Box>
                                ) : null}
                                {data.realisasi.belum_diperiksa.length ? (
                                    <Alert
                                        severity="warning"
                                        sx={{ mb: 2 }}
                                        data-testid="blok-belum-diperiksa"
                                        action={
                                            <Stack spacing={1}>
                                                <Button
                                                    size="small"
                                                    variant="contained"
                                                    startIcon={<DoneAllIcon />}
                                                    disabled={sibuk}
                                                    onClick={() => void periksaSemua(data.realisasi.belum_diperiksa.map(x => x.realisasi))}
                                                    data-testid="periksa-semua"
                                                >
                                                    {translate('mskp.evaluasi.periksa_semua', { smart_count: data.realisasi.belum_diperiksa.length })}
                                                </Button>
                                                <Button size="small" component={RouterLink} to="/pemeriksaan-realisasi" data-testid="ke-pemeriksaan">
                                                    {translate('mskp.evaluasi.ke_pemeriksaan')}
                                                </Button>
                                            </Stack>
                                        }
                                    >
                                        <AlertTitle>{translate('mskp.evaluasi.belum_diperiksa_judul')}</AlertTitle>
                                        {translate('mskp.evaluasi.belum_diperiksa_petunjuk')}
                                        <List dense disablePadding>
                                            {data.realisasi.belum_diperiksa.map(x => (
                                                <ListItem key={`${x.realisasi}`} disableGutters data-testid="belum-diperiksa">
                                                    <ListItemText primary={x.uraian} secondary={namaBulan(x.bulan, lokal)} />
                                                </ListItem>
                                            ))}
                                        </List>
                                    </Alert>
                                ) : null}
                                {data.realisasi.belum_diisi.length ? (
                                    <Alert severity="info" data-testid="blok-belum-diisi">
                                        <AlertTitle>{translate('mskp.evaluasi.belum_diisi_judul')}</AlertTitle>
                                        {translate('mskp.evaluasi.belum_diisi_petunjuk')}
                                        <List dense disablePadding>
                                            {data.realisasi.belum_diisi.map(x => (
                                                <ListItem key={`${x.renaksi}:${x.bulan}`} disableGutters data-testid="belum-diisi">
                                                    <ListItemText
                                                        primary={x.uraian}
                                                        secondary={translate('mskp.evaluasi.batas_sampai', {
                                                            bulan: namaBulan(x.bulan, lokal),
                                                            tanggal: formatDate(`${x.batas_input}T00:00:00`, lokal),
                                                        })}
                                                    />
                                                </ListItem>
                                            ))}
                                        </List>
                                    </Alert>
                                ) : null}
                            </CardContent>
                        </Card>
                    </>
                ) : (
                    <Alert severity="info" data-testid="tahunan-petunjuk">
                        {translate('mskp.evaluasi.tahunan_petunjuk')}
                    </Alert>
                )}

                <IsianForm
                    key={`${mode}:${data.skp?.id ?? ''}:${tersimpan?.id ?? ''}:${tersimpan?.updatedAt ?? ''}`}
                    data={data}
                    mode={mode}
                    tersimpan={tersimpan}
                    nonaktif={!!alasan}
                    rhk={rhkSkp}
                    renaksiPending={renaksi.isPending}
                    onTersimpan={() => {
                        if (mode === 'TAHUNAN') tahunan.reload();
                        else persiapan.reload();
                    }}
                />
            </Stack>
        </Box>
    );
};

/** The ratings, umpan balik and save, reset whenever the stored evaluation or the context changes. */
const IsianForm = ({
    data,
    mode,
    tersimpan,
    nonaktif,
    rhk,
    renaksiPending,
    onTersimpan,
}: {
    data: PersiapanEvaluasi;
    mode: Mode;
    tersimpan: Evaluasi | null;
    nonaktif: boolean;
    rhk: ReturnType<typeof perRhk<RenaksiBulan>>;
    renaksiPending: boolean;
    onTersimpan: () => void;
}) => {
    const translate = useTranslate();
    const notify = useNotify();
    const [locale] = useLocaleState();
    const lokal = intlLocale(locale);
    const warna = useWarnaRtp();
    const { permissions } = usePermissions<string | null>();
    const dataProvider = useEvaluasiDataProvider();
    const [hasil, setHasil] = useState<Rating | null>(tersimpan?.rating_hasil ?? null);
    // the penilai's own perilaku rating (the stored one may come from the Plt context)
    const [perilaku, setPerilaku] = useState<Rating | null>(
        (tersimpan?.perilaku_source === 'PLT' && tersimpan.konteks === 'DEFINITIF' ? tersimpan.rating_perilaku_asli : tersimpan?.rating_perilaku) ?? null
    );
    const [umum, setUmum] = useState(tersimpan?.umpan_balik ?? '');
    const [perRhkUb, setPerRhkUb] = useState<Record<string, string>>(() => petaUmpanBalik(tersimpan?.umpan_balik_rhk, 'rhk_id'));
    const [perPerilaku, setPerPerilaku] = useState<Record<string, string>>(() => petaUmpanBalik(tersimpan?.umpan_balik_perilaku, 'kode'));
    const [alasan, setAlasan] = useState('');
    const [sibuk, setSibuk] = useState(false);
    const [galat, setGalat] = useState<GalatSimpan | null>(null);
    const admin = permissions === 'admin_bkpsdm';
    const predikat = predikatDariMatriks(data, hasil, perilaku);
    const saran = data.saran_rating_hasil;
    const capaianRhk = new Map((capaianBulan(data.capaian)?.rhk ?? []).map(r => [r.id, r]));

    const simpan = async () => {
        if (hasil == null || perilaku == null) return;
        setSibuk(true);
        setGalat(null);
        const isian: IsianEvaluasi = {
            nip: data.pegawai.nip,
            tahun: data.tahun,
            bulan: data.bulan,
            rating_hasil: hasil,
            rating_perilaku: perilaku,
            umpan_balik: umum,
            umpan_balik_rhk: Object.entries(perRhkUb).map(([rhk_id, umpan_balik]) => ({ rhk_id, umpan_balik })),
            umpan_balik_perilaku: Object.entries(perPerilaku).map(([kode, umpan_balik]) => ({ kode, umpan_balik })),
            skp: data.skp?.id,
            alasan: admin ? alasan : undefined,
        };
        try {
            const e = mode === 'TAHUNAN' ? await dataProvider.simpanEvaluasiTahunan(isian) : await dataProvider.simpanEvaluasi(isian);
            notify('mskp.evaluasi.tersimpan', { type: 'success', messageArgs: { predikat: e.predikat.nama } });
            onTersimpan();
        } catch (e) {
            const body = (e as { body?: { error?: { details?: { field?: string } } } })?.body;
            setGalat({ pesan: (e as Error)?.message || 'ra.notification.http_error', field: fieldForm(body?.error?.details?.field) });
            if (codeOf(body) === 'EVALUASI_BERSAMAAN') onTersimpan();
        } finally {
            setSibuk(false);
        }
    };
    const galatDi = (field: string) => (galat?.field === field ? galat.pesan : null);

    return (
        <>
            <Card data-testid="evaluasi-hasil-kerja">
                <CardHeader title={translate('mskp.evaluasi.hasil_kerja')} slotProps={{ title: { variant: 'h6' } }} />
                <CardContent sx={{ pt: 0, overflowX: 'auto' }}>
                    {renaksiPending ? (
                        <Skeleton variant="rectangular" height={80} />
                    ) : rhk.length === 0 ? (
                        <Typography variant="body2" color="text.secondary">
                            {translate('mskp.evaluasi.rhk_kosong')}
                        </Typography>
                    ) : (
                        <Stack spacing={3}>
                            {rhk.map(({ rhk: r, renaksi }) => (
                                <Box key={r.id} data-testid="evaluasi-rhk" data-id={r.id}>
                                    <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
                                        <Chip size="small" label={r.jenis} />
                                        <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
                                            {r.uraian}
                                        </Typography>
                                        <Typography variant="body2">
                                            {translate('mskp.evaluasi.capaian')}: {formatPersen(capaianRhk.get(r.id)?.capaian ?? null, lokal)}
                                        </Typography>
                                    </Box>
                                    <Table size="small">
                                        <TableHead>
                                            <TableRow>
                                                <TableCell>{translate('mskp.evaluasi.rencana_aksi')}</TableCell>
                                                <TableCell align="right">{translate('mskp.renaksi.target')}</TableCell>
                                                <TableCell align="right">{translate('mskp.renaksi.realisasi')}</TableCell>
                                                <TableCell align="right">{translate('mskp.renaksi.capaian')}</TableCell>
                                                <TableCell>{translate('mskp.renaksi.bukti')}</TableCell>
                                                <TableCell>{translate('mskp.renaksi.status_label')}</TableCell>
                                            </TableRow>
                                        </TableHead>
                                        <TableBody>
                                            {renaksi.map(x => (
                                                <TableRow key={x.id} data-testid="evaluasi-renaksi" sx={x.sebagai_rtp ? { bgcolor: warna.latar } : undefined}>
                                                    <TableCell sx={{ minWidth: 200 }}>
                                                        {x.uraian} {x.sebagai_rtp ? <RtpChip /> : null}
                                                    </TableCell>
                                                    <TableCell align="right">
                                                        {formatAngka(x.target?.nilai, lokal)} {x.satuan}
                                                    </TableCell>
                                                    <TableCell align="right">{formatAngka(x.realisasi?.nilai, lokal)}</TableCell>
                                                    <TableCell align="right">{formatPersen(x.realisasi?.capaian, lokal)}</TableCell>
                                                    <TableCell sx={{ minWidth: 160, maxWidth: 240 }}>
                                                        <DaftarBukti bukti={x.realisasi?.bukti ?? []} />
                                                    </TableCell>
                                                    <TableCell>
                                                        <StatusRealisasiChip realisasi={x.realisasi} />
                                                    </TableCell>
                                                </TableRow>
                                            ))}
                                        </TableBody>
                                    </Table>
                                    <TextField
                                        label={translate('mskp.evaluasi.umpan_balik_rhk')}
                                        value={perRhkUb[r.id] ?? ''}
                                        onChange={event => setPerRhkUb(p => ({ ...p, [r.id]: event.target.value }))}
                                        multiline
                                        fullWidth
                                        size="small"
                                        sx={{ mt: 1 }}
                                        disabled={nonaktif}
                                        slotProps={{ htmlInput: { 'data-testid': 'umpan-balik-rhk', maxLength: 4000 } }}
                                    />
                                </Box>
                            ))}
                        </Stack>
                    )}
                </CardContent>
            </Card>

            <Card data-testid="evaluasi-perilaku">
                <CardHeader title={translate('mskp.evaluasi.perilaku')} slotProps={{ title: { variant: 'h6' } }} />
                <CardContent sx={{ pt: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
                    {data.perilaku.map(p => (
                        <Box key={p.kode} data-testid="perilaku-nilai" data-kode={p.kode}>
                            <Typography variant="subtitle2">{p.nama}</Typography>
                            <Typography variant="caption" color="text.secondary" component="p">
                                {p.perilaku.join(' · ')}
                            </Typography>
                            <Typography variant="body2" sx={{ my: 0.5 }} data-testid="perilaku-ekspektasi">
                                <strong>{translate('mskp.evaluasi.ekspektasi')}:</strong> {p.ekspektasi ?? translate('mskp.evaluasi.ekspektasi_kosong')}
                            </Typography>
                            <TextField
                                label={translate('mskp.evaluasi.umpan_balik_perilaku', { nama: p.nama })}
                                value={perPerilaku[p.kode] ?? ''}
                                onChange={event => setPerPerilaku(x => ({ ...x, [p.kode]: event.target.value }))}
                                multiline
                                fullWidth
                                size="small"
                                disabled={nonaktif}
                                slotProps={{ htmlInput: { 'data-testid': `umpan-balik-perilaku-${p.kode}`, maxLength: 4000 } }}
                            />
                        </Box>
                    ))}
                </CardContent>
            </Card>

            <Card data-testid="evaluasi-rating">
                <CardHeader title={translate('mskp.evaluasi.predikat')} slotProps={{ title: { variant: 'h6' } }} />
                <CardContent sx={{ pt: 0 }}>
                    <Stack spacing={2}>
                        <PilihRating
                            nama="hasil"
                            label={translate('mskp.evaluasi.rating_hasil')}
                            nilai={hasil}
                            onChange={setHasil}
                            disabled={nonaktif}
                            galat={galatDi('rating_hasil')}
                            petunjuk={
                                saran
                                    ? `${translate('mskp.evaluasi.saran', { rating: translate(`mskp.evaluasi.rating.${saran}`) })} (${translate(`mskp.evaluasi.saran_sumber.${data.saran_sumber}`)})`
                                    : translate('mskp.evaluasi.saran_kosong')
                            }
                        />
                        <PilihRating
                            nama="perilaku"
                            label={translate('mskp.evaluasi.rating_perilaku')}
                            nilai={perilaku}
                            onChange={setPerilaku}
                            disabled={nonaktif}
                            galat={galatDi('rating_perilaku')}
                        />
                        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }} data-testid="predikat-langsung">
                            {predikat ? (
                                <>
                                    <Typography variant="body2">{translate('mskp.evaluasi.predikat_hasil')}</Typography>
                                    <PredikatChip kode={predikat.kode} nama={predikat.nama} testId="predikat-matriks" />
                                </>
                            ) : (
                                <Typography variant="body2" color="text.secondary">
                                    {translate('mskp.evaluasi.predikat_pilih')}
                                </Typography>
                            )}
                        </Box>
                        <TextField
                            label={translate('mskp.evaluasi.umpan_balik')}
                            value={umum}
                            onChange={event => setUmum(event.target.value)}
                            multiline
                            minRows={3}
                            fullWidth
                            disabled={nonaktif}
                            error={!!galatDi('umpan_balik')}
                            helperText={galatDi('umpan_balik') ?? ' '}
                            slotProps={{ htmlInput: { 'data-testid': 'umpan-balik-umum', maxLength: 4000 } }}
                        />
                        {admin ? (
                            <TextField
                                label={translate('mskp.evaluasi.alasan_admin')}
                                value={alasan}
                                onChange={event => setAlasan(event.target.value)}
                                multiline
                                fullWidth
                                required
                                disabled={nonaktif}
                                error={!!galatDi('alasan')}
                                helperText={galatDi('alasan') ?? ' '}
                                slotProps={{ htmlInput: { 'data-testid': 'alasan-admin', maxLength: 1000 } }}
                            />
                        ) : null}
                        {galat ? (
                            <Alert severity="error" data-testid="evaluasi-galat" data-field={galat.field ?? ''}>
                                {translate(galat.pesan, { _: galat.pesan })}
                                {galat.field ? (
                                    <Typography variant="caption" component="p">
                                        {translate('mskp.evaluasi.galat_field', { field: galat.field })}
                                    </Typography>
                                ) : null}
                            </Alert>
                        ) : null}
                        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                            <Button
                                variant="contained"
                                startIcon={<SaveIcon />}
                                disabled={nonaktif || sibuk || hasil == null || perilaku == null}
                                onClick={() => void simpan()}
                                data-testid="evaluasi-simpan"
                            >
                                {translate(mode === 'TAHUNAN' ? 'mskp.evaluasi.simpan_tahunan' : 'mskp.evaluasi.simpan')}
                            </Button>
                            {tersimpan ? <EvaluasiTersimpan evaluasi={tersimpan} /> : null}
                        </Box>
                    </Stack>
                </CardContent>
            </Card>
        </>
    );
};

/** The server's stored answer: predikat, Plt marker, angka kredit, who and when. */
const EvaluasiTersimpan = ({ evaluasi }: { evaluasi: Evaluasi }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const lokal = intlLocale(locale);
    return (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }} data-testid="evaluasi-tersimpan">
            <Typography variant="body2">{translate('mskp.evaluasi.predikat_server')}</Typography>
            <PredikatChip kode={evaluasi.predikat.kode} nama={evaluasi.predikat.nama} testId="predikat-server" />
            <CetakEvaluasi evaluasi={evaluasi} kecil />
            {evaluasi.perilaku_source === 'PLT' && evaluasi.konteks === 'DEFINITIF' ? <PerilakuPltChip asli={evaluasi.rating_perilaku_asli} /> : null}
            {evaluasi.angka_kredit != null ? (
                <Chip size="small" variant="outlined" label={translate('mskp.evaluasi.angka_kredit_nilai', { nilai: formatAngka(evaluasi.angka_kredit, lokal, 3) })} data-testid="angka-kredit" />
            ) : null}
            <Typography variant="caption" color="text.secondary">
                {translate('mskp.evaluasi.dinilai_oleh', {
                    nama: `${evaluasi.penilai.sebagai === 'PLT' ? 'Plt. ' : ''}${evaluasi.penilai.nama ?? ''}`,
                    tanggal: formatDate(evaluasi.dinilai_pada, lokal),
                })}
            </Typography>
        </Box>
    );
};
