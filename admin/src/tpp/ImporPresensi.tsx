import {
    Alert,
    Box,
    Button,
    Card,
    CardContent,
    CardHeader,
    Chip,
    LinearProgress,
    MenuItem,
    Stack,
    Table,
    TableBody,
    TableCell,
    TableContainer,
    TableHead,
    TableRow,
    TextField,
    Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { potongPratinjau, useImpor } from '../common/useImpor';
import { intlLocale } from '../i18n';
import { namaBulan } from '../common/periode';
import { simpanBerkas } from '../common/berkas';
import { formatNip } from '../util/format';
import { tppApi, type HasilTerapkanPresensi, type PratinjauPresensi } from './api';
import { bulanBawaan, jumlahPulangCepat, jumlahTelat, tanggalIndonesia } from './format';

const BULAN = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * `/impor-presensi` (Admin BKPSDM: every pegawai; Admin OPD: his OPD): the monthly attendance summary
 * file (integrations.md "Presensi"). Upload → preview (nothing written; rejected rows with row number and
 * reason) → Terapkan (the accepted rows in one transaction) → summary.
 */
export const ImporPresensi = () => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const lokal = intlLocale(locale);
    const kini = new Date();
    const [tahun, setTahun] = useState(kini.getFullYear());
    const [bulan, setBulan] = useState(bulanBawaan(kini));
    const [templat, setTemplat] = useState<string | null>(null);
    const {
        berkas,
        setBerkas,
        input,
        unggah,
        menerapkan: terapkan,
        galat,
        pratinjau,
        hasil,
        reset,
        jalankan: laporkan,
        kirim,
        terapkan: jalankan,
        sibuk,
    } = useImpor<PratinjauPresensi & { nama_berkas: string }, HasilTerapkanPresensi>({
        unggah: async (f, onPersen) => ({ ...(await tppApi.imporPresensi({ tahun, bulan, berkas: f }, onPersen)), nama_berkas: f.name }),
        terapkan: id => tppApi.terapkanPresensi(id),
    });
    const periode = (t: number, b: number) => `${namaBulan(b, lokal)} ${t}`;

    const unduhTemplat = async (format: 'xlsx' | 'csv') => {
        setTemplat(format);
        await laporkan(async () => {
            const { blob, namaBerkas } = await tppApi.templatPresensi(format);
            simpanBerkas(blob, namaBerkas);
        });
        setTemplat(null);
    };
    const diterima = pratinjau ? potongPratinjau(pratinjau.diterima) : null;
    const ditolak = pratinjau ? potongPratinjau(pratinjau.ditolak) : null;

    return (
        <Box sx={{ p: 2 }} data-testid="impor-presensi">
            <Title title={translate('mskp.tpp.presensi.judul')} />
            <Card sx={{ mb: 2 }}>
                <CardContent>
                    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
                        <TextField
                            size="small"
                            type="number"
                            label={translate('mskp.tpp.tahun')}
                            value={tahun}
                            disabled={sibuk}
                            onChange={e => {
                                setTahun(Number(e.target.value));
                                reset();
                            }}
                            sx={{ width: 110 }}
                            slotProps={{ htmlInput: { 'data-testid': 'presensi-tahun', min: 2000, max: 2100 } }}
                        />
                        <TextField
                            select
                            size="small"
                            label={translate('mskp.tpp.bulan')}
                            value={bulan}
                            disabled={sibuk}
                            onChange={e => {
                                setBulan(Number(e.target.value));
                                reset();
                            }}
                            sx={{ width: 160 }}
                            data-testid="presensi-bulan"
                        >
                            {BULAN.map(b => (
                                <MenuItem key={b} value={b} data-bulan={b}>
                                    {namaBulan(b, lokal)}
                                </MenuItem>
                            ))}
                        </TextField>
                        <Box sx={{ flex: 1 }} />
                        {(['xlsx', 'csv'] as const).map(f => (
                            <Button key={f} size="small" startIcon={<DownloadIcon />} disabled={templat !== null} onClick={() => void unduhTemplat(f)} data-testid={`presensi-templat-${f}`}>
                                {translate(f === 'xlsx' ? 'mskp.tpp.presensi.templat_xlsx' : 'mskp.tpp.presensi.templat_csv')}
                            </Button>
                        ))}
                    </Stack>
                    <Stack direction="row" spacing={2} useFlexGap sx={{ mt: 2, flexWrap: 'wrap', alignItems: 'center' }}>
                        <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={sibuk}>
                            {translate('mskp.tpp.presensi.pilih_berkas')}
                            <input
                                ref={input}
                                hidden
                                type="file"
                                accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                data-testid="presensi-berkas"
                                onChange={e => {
                                    setBerkas(e.target.files?.[0] ?? null);
                                    reset();
                                }}
                            />
                        </Button>
                        <Typography variant="body2" data-testid="presensi-nama-berkas">
                            {berkas?.name ?? ''}
                        </Typography>
                        <Button variant="contained" disabled={!berkas || sibuk} onClick={() => void kirim()} data-testid="presensi-unggah">
                            {translate('mskp.tpp.presensi.unggah')}
                        </Button>
                    </Stack>
                    {unggah !== null ? (
                        <Box sx={{ mt: 2 }} data-testid="presensi-progres-unggah">
                            <Typography variant="caption">{translate(unggah < 100 ? 'mskp.tpp.presensi.mengunggah' : 'mskp.tpp.presensi.memeriksa', { persen: unggah })}</Typography>
                            <LinearProgress variant={unggah < 100 ? 'determinate' : 'indeterminate'} value={unggah} />
                        </Box>
                    ) : null}
                </CardContent>
            </Card>

            {galat ? (
                <Alert severity={galat.terkunci ? 'warning' : 'error'} sx={{ mb: 2 }} data-testid={galat.terkunci ? 'presensi-terkunci' : 'presensi-galat'}>
                    <Typography variant="body2" sx={{ fontWeight: galat.terkunci ? 600 : 400 }}>
                        {translate(galat.pesan, { _: galat.pesan })}
                    </Typography>
                    {galat.terkunci ? <Typography variant="body2">{translate('mskp.tpp.presensi.terkunci')}</Typography> : null}
                    {galat.kedaluwarsa ? <Typography variant="body2">{translate('mskp.tpp.presensi.kedaluwarsa')}</Typography> : null}
                </Alert>
            ) : null}

            {hasil ? (
                <Alert severity="success" sx={{ mb: 2 }} data-testid="presensi-hasil" data-dibuat={hasil.dibuat} data-diperbarui={hasil.diperbarui} data-ditolak={hasil.ditolak}>
                    {translate('mskp.tpp.presensi.hasil', {
                        periode: periode(hasil.tahun, hasil.bulan),
                        dibuat: hasil.dibuat,
                        diperbarui: hasil.diperbarui,
                        ditolak: hasil.ditolak,
                    })}
                </Alert>
            ) : null}

            {pratinjau && diterima && ditolak ? (
                <Stack spacing={2} data-testid="presensi-pratinjau">
                    <Card>
                        <CardContent>
                            <Typography variant="body1" data-testid="presensi-ringkasan">
                                {translate('mskp.tpp.presensi.ringkasan', {
                                    periode: periode(pratinjau.tahun, pratinjau.bulan),
                                    nama: pratinjau.nama_berkas,
                                    jumlah: pratinjau.jumlah,
                                    diterima: pratinjau.diterima.length,
                                    ditolak: pratinjau.ditolak.length,
                                })}
                            </Typography>
                            <Stack direction="row" spacing={1} sx={{ my: 1 }}>
                                <Chip size="small" color="success" label={`${pratinjau.diterima.length} ✓`} data-testid="presensi-jumlah-diterima" data-n={pratinjau.diterima.length} />
                                <Chip size="small" color={pratinjau.ditolak.length ? 'error' : 'default'} label={`${pratinjau.ditolak.length} ✗`} data-testid="presensi-jumlah-ditolak" data-n={pratinjau.ditolak.length} />
                            </Stack>
                            <Typography variant="caption" color="text.secondary" data-testid="presensi-berlaku">
                                {translate('mskp.tpp.presensi.berlaku', { waktu: tanggalIndonesia(pratinjau.berlaku_sampai, { jam: true, locale: lokal }) })}
                            </Typography>
                            {pratinjau.diterima.length === 0 ? (
                                <Alert severity="warning" sx={{ mt: 1 }}>
                                    {translate('mskp.tpp.presensi.tanpa_diterima')}
                                </Alert>
                            ) : null}
                            <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
                                <Button variant="contained" startIcon={<DoneAllIcon />} disabled={sibuk || pratinjau.diterima.length === 0} onClick={() => void jalankan()} data-testid="presensi-terapkan">
                                    {translate('mskp.tpp.presensi.terapkan', { n: pratinjau.diterima.length })}
                                </Button>
                                <Button disabled={sibuk} onClick={reset}>
                                    {translate('mskp.tpp.presensi.batal')}
                                </Button>
                            </Stack>
                            {terapkan ? (
                                <Box sx={{ mt: 2 }} data-testid="presensi-progres-terapkan">
                                    <Typography variant="caption">{translate('mskp.tpp.presensi.menerapkan')}</Typography>
                                    <LinearProgress />
                                </Box>
                            ) : null}
                        </CardContent>
                    </Card>

                    {ditolak.total > 0 ? (
                        <Card sx={{ borderLeft: 4, borderColor: 'error.main' }} data-testid="presensi-ditolak">
                            <CardHeader title={translate('mskp.tpp.presensi.ditolak', { n: ditolak.total })} titleTypographyProps={{ variant: 'subtitle1', color: 'error' }} />
                            <TableContainer sx={{ maxHeight: 420 }}>
                                <Table size="small" stickyHeader>
                                    <TableHead>
                                        <TableRow>
                                            <TableCell>{translate('mskp.tpp.presensi.baris')}</TableCell>
                                            <TableCell>NIP</TableCell>
                                            <TableCell>{translate('mskp.tpp.presensi.alasan')}</TableCell>
                                        </TableRow>
                                    </TableHead>
                                    <TableBody>
                                        {ditolak.tampil.map(r => (
                                            <TableRow key={`${r.baris}-${r.nip}`} sx={{ bgcolor: 'error.light', '& td': { color: 'error.contrastText' } }} data-testid="presensi-ditolak-baris" data-baris={r.baris}>
                                                <TableCell>{r.baris}</TableCell>
                                                <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.nip ? formatNip(r.nip) : '-'}</TableCell>
                                                <TableCell data-testid="presensi-ditolak-alasan">{r.alasan}</TableCell>
                                            </TableRow>
                                        ))}
                                    </TableBody>
                                </Table>
                            </TableContainer>
                            {ditolak.terpotong ? (
                                <Typography variant="caption" sx={{ p: 1, display: 'block' }}>
                                    {translate('mskp.tpp.presensi.ditampilkan', { n: ditolak.tampil.length, total: ditolak.total })}
                                </Typography>
                            ) : null}
                        </Card>
                    ) : null}

                    {diterima.total > 0 ? (
                        <Card data-testid="presensi-diterima">
                            <CardHeader title={translate('mskp.tpp.presensi.diterima', { n: diterima.total })} titleTypographyProps={{ variant: 'subtitle1' }} />
                            <TableContainer sx={{ maxHeight: 520 }}>
                                <Table size="small" stickyHeader>
                                    <TableHead>
                                        <TableRow>
                                            <TableCell>{translate('mskp.tpp.presensi.baris')}</TableCell>
                                            <TableCell>NIP</TableCell>
                                            <TableCell>{translate('mskp.tpp.nama')}</TableCell>
                                            <TableCell align="right">{translate('mskp.tpp.presensi.hari_kerja')}</TableCell>
                                            <TableCell align="right">{translate('mskp.tpp.presensi.hadir')}</TableCell>
                                            <TableCell align="right">{translate('mskp.tpp.presensi.tk')}</TableCell>
                                            <TableCell align="right">{translate('mskp.tpp.presensi.telat')}</TableCell>
                                            <TableCell align="right">{translate('mskp.tpp.presensi.pulang_cepat')}</TableCell>
                                            <TableCell align="right">{translate('mskp.tpp.presensi.cuti')}</TableCell>
                                            <TableCell align="right">{translate('mskp.tpp.presensi.dl')}</TableCell>
                                            <TableCell>{translate('mskp.tpp.presensi.hukdis')}</TableCell>
                                        </TableRow>
                                    </TableHead>
                                    <TableBody>
                                        {diterima.tampil.map(r => (
                                            <TableRow key={`${r.baris}-${r.nip}`} data-testid="presensi-diterima-baris" data-nip={r.nip}>
                                                <TableCell>{r.baris}</TableCell>
                                                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatNip(r.nip)}</TableCell>
                                                <TableCell>{r.nama}</TableCell>
                                                <TableCell align="right">{r.hari_kerja}</TableCell>
                                                <TableCell align="right">{r.hadir ?? '-'}</TableCell>
                                                <TableCell align="right">{r.alpa_hari}</TableCell>
                                                <TableCell align="right">{jumlahTelat(r)}</TableCell>
                                                <TableCell align="right">{jumlahPulangCepat(r)}</TableCell>
                                                <TableCell align="right">{r.cuti}</TableCell>
                                                <TableCell align="right">{r.dl}</TableCell>
                                                <TableCell>{translate(r.hukuman_disiplin_aktif ? 'mskp.tpp.presensi.ya' : 'mskp.tpp.presensi.tidak')}</TableCell>
                                            </TableRow>
                                        ))}
                                    </TableBody>
                                </Table>
                            </TableContainer>
                            {diterima.terpotong ? (
                                <Typography variant="caption" sx={{ p: 1, display: 'block' }}>
                                    {translate('mskp.tpp.presensi.ditampilkan', { n: diterima.tampil.length, total: diterima.total })}
                                </Typography>
                            ) : null}
                        </Card>
                    ) : null}
                </Stack>
            ) : !hasil && unggah === null ? (
                <EmptyNote testId="presensi-kosong">{translate('mskp.tpp.presensi.kosong')}</EmptyNote>
            ) : null}
        </Box>
    );
};
