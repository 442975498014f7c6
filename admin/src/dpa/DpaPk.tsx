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
import InboxIcon from '@mui/icons-material/Inbox';
import { useCallback, useEffect, useState } from 'react';
import { Title, useGetList, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { useMe } from '../common/useIdentity';
import { galatImpor, potongPratinjau, useImpor } from '../common/useImpor';
import { intlLocale } from '../i18n';
import { CetakPdf } from '../common/CetakPdf';
import { simpanBerkas } from '../common/berkas';
import { rupiah, tanggalIndonesia } from '../tpp/format';
import { dpaApi, type HasilTerapkanDpa, type PerjanjianKinerja, type PratinjauDpa } from './api';
import { angkaRupiah, barisSasaran } from './format';

const uang = (s: string | null | undefined) => rupiah(angkaRupiah(s) ?? 0);

/**
 * `/dpa` (Admin BKPSDM any OPD, Admin OPD his own, BKAD read): import of SIPD's DPA export (template,
 * upload → preview with accepted rows and rejected rows with row number and reason → apply, which
 * replaces the OPD's DPA of the year), then the OPD's Perjanjian Kinerja with its budget from the DPA
 * and the print.
 */
export const DpaPk = () => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const lokal = intlLocale(locale);
    const { permissions } = usePermissions();
    const peran = permissions as string | null;
    const bolehImpor = peran === 'admin_bkpsdm' || peran === 'admin_opd';
    const { me } = useMe();
    const [tahun, setTahun] = useState(new Date().getFullYear());
    const [kodeOpd, setKodeOpd] = useState('');
    const { data: daftarOpd = [] } = useGetList('opd', { pagination: { page: 1, perPage: 500 }, sort: { field: 'nama', order: 'ASC' } });
    const kodeSendiri = peran === 'admin_opd' ? (me?.pegawai?.opd?.kode_opd ?? '') : '';
    useEffect(() => {
        if (kodeSendiri && kodeOpd !== kodeSendiri) setKodeOpd(kodeSendiri);
    }, [kodeSendiri, kodeOpd]);

    const [pk, setPk] = useState<PerjanjianKinerja | null>(null);
    const [galatPk, setGalatPk] = useState<string | null>(null);
    const [memuatPk, setMemuatPk] = useState(false);

    const muatPk = useCallback(async () => {
        if (!kodeOpd || tahun < 2000 || tahun > 2100) {
            setPk(null);
            return;
        }
        setMemuatPk(true);
        setGalatPk(null);
        try {
            setPk(await dpaApi.pk(tahun, kodeOpd));
        } catch (e) {
            setPk(null);
            setGalatPk(galatImpor(e).pesan);
        } finally {
            setMemuatPk(false);
        }
    }, [tahun, kodeOpd]);
    useEffect(() => {
        void muatPk();
    }, [muatPk]);

    const { berkas, setBerkas, input, unggah, menerapkan, galat, pratinjau, hasil, reset, jalankan, kirim, terapkan, sibuk } = useImpor<PratinjauDpa, HasilTerapkanDpa>({
        unggah: (f, onPersen) => dpaApi.impor({ tahun, kode_opd: kodeOpd, berkas: f }, onPersen),
        terapkan: id => dpaApi.terapkan(id),
        setelahTerapkan: muatPk,
    });
    const unduhTemplat = () =>
        jalankan(async () => {
            const { blob, namaBerkas } = await dpaApi.templat();
            simpanBerkas(blob, namaBerkas);
        });
    const diterima = pratinjau ? potongPratinjau(pratinjau.diterima) : null;
    const ditolak = pratinjau ? potongPratinjau(pratinjau.ditolak) : null;

    return (
        <Box sx={{ p: 2 }} data-testid="dpa-pk">
            <Title title={translate('mskp.dpa.judul')} />
            <Card sx={{ mb: 2 }}>
                <CardContent>
                    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
                        <TextField
                            size="small"
                            type="number"
                            label={translate('mskp.dpa.tahun')}
                            value={tahun}
                            disabled={sibuk}
                            onChange={e => {
                                setTahun(Number(e.target.value));
                                reset();
                            }}
                            sx={{ width: 110 }}
                            slotProps={{ htmlInput: { 'data-testid': 'dpa-tahun', min: 2000, max: 2100 } }}
                        />
                        <TextField
                            select
                            size="small"
                            label={translate('mskp.dpa.opd')}
                            value={kodeOpd}
                            disabled={sibuk || Boolean(kodeSendiri)}
                            helperText={kodeSendiri ? translate('mskp.dpa.opd_sendiri') : undefined}
                            onChange={e => {
                                setKodeOpd(String(e.target.value));
                                reset();
                            }}
                            sx={{ width: { xs: '100%', sm: 480 } }}
                            data-testid="dpa-opd"
                        >
                            {daftarOpd.map(o => (
                                <MenuItem key={o.id} value={o.kode_opd}>
                                    {o.kode_opd} — {o.nama}
                                </MenuItem>
                            ))}
                        </TextField>
                    </Stack>
                    {bolehImpor ? (
                        <>
                            <Typography variant="subtitle2" sx={{ mt: 2 }}>
                                {translate('mskp.dpa.langkah')}
                            </Typography>
                            <Stack direction="row" spacing={2} useFlexGap sx={{ mt: 1, flexWrap: 'wrap', alignItems: 'center' }}>
                                <Button size="small" startIcon={<DownloadIcon />} onClick={() => void unduhTemplat()} data-testid="dpa-templat">
                                    {translate('mskp.dpa.templat')}
                                </Button>
                                <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={sibuk || !kodeOpd}>
                                    {translate('mskp.dpa.pilih_berkas')}
                                    <input
                                        ref={input}
                                        hidden
                                        type="file"
                                        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                        data-testid="dpa-berkas"
                                        onChange={e => {
                                            setBerkas(e.target.files?.[0] ?? null);
                                            reset();
                                        }}
                                    />
                                </Button>
                                <Typography variant="body2" color={berkas ? 'text.primary' : 'text.secondary'} data-testid="dpa-nama-berkas">
                                    {berkas?.name ?? translate('mskp.dpa.belum_pilih')}
                                </Typography>
                                <Button variant="contained" disabled={!berkas || !kodeOpd || sibuk} onClick={() => void kirim()} data-testid="dpa-unggah">
                                    {translate('mskp.dpa.unggah')}
                                </Button>
                            </Stack>
                        </>
                    ) : null}
                    {!kodeOpd ? (
                        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
                            {translate('mskp.dpa.pilih_opd')}
                        </Typography>
                    ) : null}
                    {unggah !== null ? (
                        <Box sx={{ mt: 2 }} data-testid="dpa-progres-unggah">
                            <Typography variant="caption">{translate(unggah < 100 ? 'mskp.dpa.mengunggah' : 'mskp.dpa.memeriksa', { persen: unggah })}</Typography>
                            <LinearProgress variant={unggah < 100 ? 'determinate' : 'indeterminate'} value={unggah} />
                        </Box>
                    ) : null}
                </CardContent>
            </Card>

            {galat ? (
                <Alert severity="error" sx={{ mb: 2 }} data-testid="dpa-galat">
                    <Typography variant="body2">{translate(galat.pesan, { _: galat.pesan })}</Typography>
                    {galat.kedaluwarsa ? <Typography variant="body2">{translate('mskp.dpa.kedaluwarsa')}</Typography> : null}
                </Alert>
            ) : null}
            {hasil ? (
                <Alert severity="success" sx={{ mb: 2 }} data-testid="dpa-hasil">
                    {translate('mskp.dpa.hasil', { jumlah: hasil.jumlah, total: uang(hasil.total_pagu), ganti: hasil.diganti ? translate('mskp.dpa.hasil_ganti', { n: hasil.diganti }) : '' })}
                </Alert>
            ) : null}

            {pratinjau && diterima && ditolak ? (
                <Card sx={{ mb: 2 }} data-testid="dpa-pratinjau">
                    <CardContent>
                        <Typography variant="body1">
                            {translate('mskp.dpa.ringkasan', {
                                nama: pratinjau.nama_berkas ?? '',
                                jumlah: pratinjau.jumlah,
                                diterima: pratinjau.diterima.length,
                                ditolak: pratinjau.ditolak.length,
                                total: uang(pratinjau.total_pagu),
                            })}
                        </Typography>
                        <Stack direction="row" spacing={1} sx={{ my: 1 }}>
                            <Chip size="small" color="success" label={translate('mskp.dpa.chip_diterima', { n: pratinjau.diterima.length })} data-testid="dpa-jumlah-diterima" data-n={pratinjau.diterima.length} />
                            <Chip size="small" color={pratinjau.ditolak.length ? 'error' : 'default'} label={translate('mskp.dpa.chip_ditolak', { n: pratinjau.ditolak.length })} data-testid="dpa-jumlah-ditolak" data-n={pratinjau.ditolak.length} />
                        </Stack>
                        <Typography variant="caption" color="text.secondary">
                            {translate('mskp.dpa.berlaku', { waktu: tanggalIndonesia(pratinjau.berlaku_sampai, { jam: true, locale: lokal }) })}
                        </Typography>
                        {pratinjau.diterima.length === 0 ? (
                            <Alert severity="warning" sx={{ mt: 1 }}>
                                {translate('mskp.dpa.tanpa_diterima')}
                            </Alert>
                        ) : null}
                        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
                            <Button variant="contained" startIcon={<DoneAllIcon />} disabled={sibuk || pratinjau.diterima.length === 0} onClick={() => void terapkan()} data-testid="dpa-terapkan">
                                {translate('mskp.dpa.terapkan', { n: pratinjau.diterima.length })}
                            </Button>
                            <Button disabled={sibuk} onClick={reset}>
                                {translate('mskp.dpa.batal')}
                            </Button>
                        </Stack>
                        {menerapkan ? (
                            <Box sx={{ mt: 2 }} data-testid="dpa-progres-terapkan">
                                <Typography variant="caption">{translate('mskp.dpa.menerapkan')}</Typography>
                                <LinearProgress />
                            </Box>
                        ) : null}
                        {ditolak.tampil.length ? (
                            <>
                                <Typography variant="subtitle2" color="error" sx={{ mt: 2 }}>
                                    {translate('mskp.dpa.ditolak')}
                                </Typography>
                                <TableContainer>
                                    <Table size="small" data-testid="dpa-ditolak">
                                        <TableHead>
                                            <TableRow>
                                                <TableCell>{translate('mskp.dpa.kolom.baris')}</TableCell>
                                                <TableCell>{translate('mskp.dpa.kolom.kode')}</TableCell>
                                                <TableCell>{translate('mskp.dpa.kolom.alasan')}</TableCell>
                                            </TableRow>
                                        </TableHead>
                                        <TableBody>
                                            {ditolak.tampil.map(d => (
                                                <TableRow key={d.baris} data-testid="dpa-ditolak-baris" data-baris={d.baris}>
                                                    <TableCell sx={{ color: 'error.main' }}>{d.baris}</TableCell>
                                                    <TableCell sx={{ color: 'error.main' }}>{d.kode_sub_kegiatan ?? '-'}</TableCell>
                                                    <TableCell sx={{ color: 'error.main' }} data-testid="dpa-ditolak-alasan">
                                                        {d.alasan}
                                                    </TableCell>
                                                </TableRow>
                                            ))}
                                        </TableBody>
                                    </Table>
                                </TableContainer>
                                {ditolak.sisa ? <Typography variant="caption">{translate('mskp.dpa.lainnya', { n: ditolak.sisa })}</Typography> : null}
                            </>
                        ) : null}
                        {diterima.tampil.length ? (
                            <>
                                <Typography variant="subtitle2" sx={{ mt: 2 }}>
                                    {translate('mskp.dpa.diterima')}
                                </Typography>
                                <TableContainer>
                                    <Table size="small" data-testid="dpa-diterima">
                                        <TableHead>
                                            <TableRow>
                                                <TableCell>{translate('mskp.dpa.kolom.baris')}</TableCell>
                                                <TableCell>{translate('mskp.dpa.kolom.kode')}</TableCell>
                                                <TableCell>{translate('mskp.dpa.kolom.sub_kegiatan')}</TableCell>
                                                <TableCell>{translate('mskp.dpa.kolom.program')}</TableCell>
                                                <TableCell align="right">{translate('mskp.dpa.kolom.pagu')}</TableCell>
                                            </TableRow>
                                        </TableHead>
                                        <TableBody>
                                            {diterima.tampil.map(d => (
                                                <TableRow key={d.baris} data-testid="dpa-diterima-baris" data-baris={d.baris}>
                                                    <TableCell>{d.baris}</TableCell>
                                                    <TableCell>{d.kode_sub_kegiatan}</TableCell>
                                                    <TableCell>{d.nama_sub_kegiatan}</TableCell>
                                                    <TableCell>{[d.kode_program, d.nama_program].filter(Boolean).join(' ')}</TableCell>
                                                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                                                        {uang(d.pagu)}
                                                    </TableCell>
                                                </TableRow>
                                            ))}
                                        </TableBody>
                                    </Table>
                                </TableContainer>
                                {diterima.sisa ? <Typography variant="caption">{translate('mskp.dpa.lainnya', { n: diterima.sisa })}</Typography> : null}
                            </>
                        ) : null}
                    </CardContent>
                </Card>
            ) : null}

            {memuatPk ? <LinearProgress sx={{ mb: 2 }} /> : null}
            {galatPk ? (
                <Alert severity="error" sx={{ mb: 2 }} data-testid="pk-galat">
                    {translate(galatPk, { _: galatPk })}
                </Alert>
            ) : null}
            {pk ? <TampilanPk pk={pk} /> : null}
        </Box>
    );
};

/** The Perjanjian Kinerja of the chosen OPD and year: sasaran, programs with their DPA budget, source, print. */
const TampilanPk = ({ pk }: { pk: PerjanjianKinerja }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const lokal = intlLocale(locale);
    const sasaran = barisSasaran(pk.sasaran);
    const s = pk.sumber_anggaran;
    return (
        <Card data-testid="pk">
            <CardHeader
                title={translate('mskp.dpa.pk.judul', { tahun: pk.tahun })}
                subheader={
                    <>
                        <Typography variant="body1" color="text.secondary" component="div">
                            {pk.opd.nama}
                        </Typography>
                        <Typography variant="body2" color="text.secondary" component="div" data-testid="pk-pihak-pertama">
                            {pk.kepala_opd ? translate('mskp.dpa.pk.kepala', { nama: pk.kepala_opd.nama, jabatan: pk.kepala_opd.jabatan }) : translate('mskp.dpa.pk.tanpa_kepala')}
                        </Typography>
                        {pk.kepala_daerah ? (
                            <Typography variant="body2" color="text.secondary" component="div" data-testid="pk-pihak-kedua">
                                {pk.kepala_daerah.nama
                                    ? translate('mskp.dpa.pk.pihak_kedua', { nama: pk.kepala_daerah.nama, jabatan: pk.kepala_daerah.jabatan })
                                    : translate('mskp.dpa.pk.pihak_kedua_jabatan', { jabatan: pk.kepala_daerah.jabatan })}
                            </Typography>
                        ) : null}
                    </>
                }
                action={
                    <CetakPdf
                        label={translate('mskp.dpa.pk.cetak')}
                        judul={translate('mskp.dpa.pk.cetak_judul', { tahun: pk.tahun })}
                        ambil={input => dpaApi.cetakPk({ tahun: pk.tahun, kode_opd: pk.opd.kode_opd, ...input })}
                        testId="cetak-pk"
                    />
                }
            />
            <CardContent>
                <Typography variant="subtitle1" gutterBottom>
                    {translate('mskp.dpa.pk.sasaran')}
                </Typography>
                {sasaran.length ? (
                    <TableContainer sx={{ mb: 3 }}>
                        <Table size="small" data-testid="pk-sasaran">
                            <TableHead>
                                <TableRow>
                                    <TableCell>{translate('mskp.dpa.kolom.no')}</TableCell>
                                    <TableCell>{translate('mskp.dpa.kolom.sasaran')}</TableCell>
                                    <TableCell>{translate('mskp.dpa.kolom.indikator')}</TableCell>
                                    <TableCell>{translate('mskp.dpa.kolom.target')}</TableCell>
                                </TableRow>
                            </TableHead>
                            <TableBody>
                                {sasaran.map((b, i) => (
                                    <TableRow key={i}>
                                        {b.span ? <TableCell rowSpan={b.span}>{b.no}</TableCell> : null}
                                        {b.span ? <TableCell rowSpan={b.span}>{b.sasaran}</TableCell> : null}
                                        <TableCell>{b.indikator}</TableCell>
                                        <TableCell>{b.target}</TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    </TableContainer>
                ) : (
                    <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
                        {translate('mskp.dpa.pk.tanpa_sasaran')}
                    </Typography>
                )}
                <Typography variant="subtitle1" gutterBottom>
                    {translate('mskp.dpa.pk.program')}
                </Typography>
                {pk.total_anggaran == null ? (
                    <Box sx={{ textAlign: 'center', py: 4 }} data-testid="pk-tanpa-dpa">
                        <InboxIcon sx={{ fontSize: 48, color: 'text.disabled' }} />
                        <Typography variant="h6">{translate('mskp.dpa.pk.kosong_judul')}</Typography>
                        <Typography variant="body2" color="text.secondary">
                            {translate('mskp.dpa.pk.kosong')}
                        </Typography>
                    </Box>
                ) : (
                    <>
                        <TableContainer>
                            <Table size="small" data-testid="pk-program">
                                <TableHead>
                                    <TableRow>
                                        <TableCell>{translate('mskp.dpa.kolom.no')}</TableCell>
                                        <TableCell>{translate('mskp.dpa.kolom.program')}</TableCell>
                                        <TableCell align="right">{translate('mskp.dpa.kolom.anggaran')}</TableCell>
                                    </TableRow>
                                </TableHead>
                                <TableBody>
                                    {pk.program.map((p, i) => (
                                        <TableRow key={p.kode_program} data-testid="pk-program-baris" data-kode={p.kode_program}>
                                            <TableCell>{i + 1}</TableCell>
                                            <TableCell>
                                                {[p.kode_program, p.nama_program].filter(Boolean).join(' ')}
                                                {p.kegiatan.map(k => (
                                                    <Typography key={k.kode_kegiatan} variant="caption" component="div" color="text.secondary">
                                                        {[k.kode_kegiatan, k.nama_kegiatan].filter(Boolean).join(' ')}: {uang(k.anggaran)}
                                                    </Typography>
                                                ))}
                                            </TableCell>
                                            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }} data-testid="pk-program-anggaran">
                                                {uang(p.anggaran)}
                                            </TableCell>
                                        </TableRow>
                                    ))}
                                    <TableRow>
                                        <TableCell colSpan={2} sx={{ fontWeight: 600 }}>
                                            {translate('mskp.dpa.pk.jumlah')}
                                        </TableCell>
                                        <TableCell align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="pk-total">
                                            {uang(pk.total_anggaran)}
                                        </TableCell>
                                    </TableRow>
                                </TableBody>
                            </Table>
                        </TableContainer>
                        {s ? (
                            <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }} data-testid="pk-sumber">
                                {translate('mskp.dpa.pk.sumber', { jenis: s.jenis, berkas: s.berkas ?? '-', waktu: tanggalIndonesia(s.diimpor_pada, { jam: true, locale: lokal }), oleh: s.diimpor_oleh ?? '-' })}
                            </Typography>
                        ) : null}
                    </>
                )}
            </CardContent>
        </Card>
    );
};
