import {
    Alert,
    Box,
    Button,
    Chip,
    Dialog,
    DialogActions,
    DialogContent,
    DialogContentText,
    DialogTitle,
    IconButton,
    LinearProgress,
    Link,
    Stack,
    TextField,
    Tooltip,
    Typography,
} from '@mui/material';
import { alpha, useTheme } from '@mui/material/styles';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import LinkIcon from '@mui/icons-material/Link';
import PrintIcon from '@mui/icons-material/Print';
import RestoreIcon from '@mui/icons-material/Restore';
import { useState, type ReactNode } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useDaerah } from '../common/useIdentity';
import { useMskpDataProvider } from '../dataProvider';
import type { Bukti, StatusRealisasi } from '../dataProvider/renaksi';
import type { BerkasUnduhan } from '../dataProvider/berkas';
import { intlLocale } from '../i18n';
import { hariIniJakarta, pilihanTahun } from '../skp/aturan';
import { simpanBerkas } from '../skp/CetakDialog';
import { BULAN, namaBulan, statusTampil, warnaStatusTampil } from './aturan';

/** The RTP colour: a purple distinct from the theme's blues and the status colours. */
export const WARNA_RTP = '#7b1fa2';

export const useWarnaRtp = () => {
    const theme = useTheme();
    const utama = theme.palette.mode === 'dark' ? '#ce93d8' : WARNA_RTP;
    return { utama, latar: alpha(utama, theme.palette.mode === 'dark' ? 0.18 : 0.08) };
};

export const RtpChip = ({ testId = 'rtp' }: { testId?: string }) => {
    const translate = useTranslate();
    const warna = useWarnaRtp();
    return (
        <Tooltip title={translate('mskp.renaksi.rtp_petunjuk')}>
            <Chip
                size="small"
                label="RTP"
                data-testid={testId}
                sx={{ bgcolor: warna.utama, color: '#fff', fontWeight: 700, height: 20 }}
            />
        </Tooltip>
    );
};

export const StatusRealisasiChip = ({ realisasi }: { realisasi: { status: StatusRealisasi } | null | undefined }) => {
    const translate = useTranslate();
    const status = statusTampil(realisasi);
    return (
        <Chip
            size="small"
            variant={status === 'BELUM' ? 'outlined' : 'filled'}
            color={warnaStatusTampil(status)}
            label={translate(`mskp.renaksi.status.${status}`)}
            data-testid="realisasi-status"
            data-status={status}
        />
    );
};

/** Year and month pickers (native selects, month names in the UI language). */
export const PilihPeriode = ({
    tahun,
    bulan,
    onTahun,
    onBulan,
}: {
    tahun: number;
    bulan?: number;
    onTahun: (tahun: number) => void;
    onBulan?: (bulan: number) => void;
}) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const tahunIni = new Date().getFullYear();
    return (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <TextField
                select
                size="small"
                label={translate('mskp.renaksi.tahun')}
                value={String(tahun)}
                onChange={event => onTahun(Number(event.target.value))}
                sx={{ width: 110 }}
                slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'periode-tahun' } }}
            >
                {[...new Set([...pilihanTahun(tahunIni), tahun])].sort().map(t => (
                    <option key={t} value={t}>
                        {t}
                    </option>
                ))}
            </TextField>
            {bulan != null && onBulan ? (
                <TextField
                    select
                    size="small"
                    label={translate('mskp.renaksi.bulan')}
                    value={String(bulan)}
                    onChange={event => onBulan(Number(event.target.value))}
                    sx={{ width: 160 }}
                    slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'periode-bulan' } }}
                >
                    {BULAN.map(b => (
                        <option key={b} value={b}>
                            {namaBulan(b, intlLocale(locale))}
                        </option>
                    ))}
                </TextField>
            ) : null}
        </Box>
    );
};

const ukuranBerkas = (byte: number | null | undefined, locale: string) =>
    byte == null ? '' : byte >= 1024 * 1024 ? `${(byte / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(byte / 1024)).toLocaleString(locale)} KB`;

/**
 * The evidence of a realisasi: files downloaded with the bearer token, links opened in a new tab.
 * With `onHapus`, stored files can be marked for removal (and restored before saving).
 */
export const DaftarBukti = ({
    bukti,
    dihapus,
    onHapus,
}: {
    bukti: readonly Bukti[];
    dihapus?: ReadonlySet<number>;
    onHapus?: (id: number) => void;
}) => {
    const translate = useTranslate();
    const notify = useNotify();
    const [locale] = useLocaleState();
    const dataProvider = useMskpDataProvider();
    const [sibuk, setSibuk] = useState<number | null>(null);
    if (bukti.length === 0) {
        return (
            <Typography variant="body2" color="text.secondary">
                {translate('mskp.renaksi.bukti_kosong')}
            </Typography>
        );
    }
    const unduh = async (item: Bukti) => {
        setSibuk(item.id);
        try {
            const { blob, namaBerkas } = await dataProvider.unduhBukti(item);
            simpanBerkas(blob, item.nama || namaBerkas);
        } catch (error) {
            const pesan = (error as Error)?.message || 'ra.notification.http_error';
            notify(pesan, { type: 'error', messageArgs: { _: pesan } });
        } finally {
            setSibuk(null);
        }
    };
    return (
        <Stack spacing={0.5} data-testid="daftar-bukti">
            {bukti.map((item, index) =>
                item.jenis === 'TAUTAN' ? (
                    <Box key={`t-${index}`} sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }} data-testid="bukti-tautan">
                        <LinkIcon fontSize="small" color="action" />
                        <Link href={item.url} target="_blank" rel="noopener noreferrer" variant="body2" sx={{ wordBreak: 'break-all' }}>
                            {item.nama || item.url}
                        </Link>
                    </Box>
                ) : (
                    <Box
                        key={`b-${item.id}`}
                        sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0, opacity: item.id != null && dihapus?.has(item.id) ? 0.5 : 1 }}
                        data-testid="bukti-berkas"
                    >
                        <Button
                            size="small"
                            startIcon={<DownloadIcon />}
                            disabled={sibuk === item.id}
                            onClick={() => void unduh(item)}
                            data-testid="bukti-unduh"
                            sx={{ textTransform: 'none', textDecoration: item.id != null && dihapus?.has(item.id) ? 'line-through' : 'none', justifyContent: 'flex-start', minWidth: 0 }}
                        >
                            <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                                {item.nama}
                            </Box>
                        </Button>
                        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                            {ukuranBerkas(item.ukuran, intlLocale(locale))}
                        </Typography>
                        {onHapus && item.id != null ? (
                            <Tooltip title={translate(dihapus?.has(item.id) ? 'mskp.renaksi.bukti_batal_hapus' : 'mskp.renaksi.bukti_hapus')}>
                                <IconButton size="small" onClick={() => onHapus(item.id as number)} data-testid="bukti-hapus">
                                    {dihapus?.has(item.id) ? <RestoreIcon fontSize="small" /> : <DeleteIcon fontSize="small" />}
                                </IconButton>
                            </Tooltip>
                        ) : null}
                    </Box>
                )
            )}
        </Stack>
    );
};

/** The server's (or a client check's) message inside a dialog; nothing when there is none. */
export const PesanGalat = ({ pesan, testId, sx }: { pesan?: string | null; testId: string; sx?: object }) => {
    const translate = useTranslate();
    return pesan ? (
        <Alert severity="error" data-testid={testId} sx={sx}>
            {translate(pesan, { _: pesan })}
        </Alert>
    ) : null;
};

/** Cancel and the main action of a dialog (both wait while `sibuk`). */
export const TombolDialog = ({
    sibuk,
    batal = 'ra.action.cancel',
    label,
    nonaktif = false,
    ikon,
    testId,
    onBatal,
    onKirim,
}: {
    sibuk: boolean;
    batal?: string;
    label: string;
    nonaktif?: boolean;
    ikon?: ReactNode;
    testId: string;
    onBatal: () => void;
    onKirim: () => void;
}) => {
    const translate = useTranslate();
    return (
        <DialogActions>
            <Button onClick={onBatal} disabled={sibuk}>
                {translate(batal)}
            </Button>
            <Button variant="contained" startIcon={ikon} disabled={sibuk || nonaktif} onClick={onKirim} data-testid={testId}>
                {translate(label, { _: label })}
            </Button>
        </DialogActions>
    );
};

/** A dialog asking for one text (umpan balik, alasan); `wajib` = must not be empty. */
export const DialogTeks = ({
    open,
    judul,
    petunjuk,
    label,
    wajib = false,
    sibuk,
    galat,
    tombol,
    testId,
    onClose,
    onKirim,
}: {
    open: boolean;
    judul: string;
    petunjuk?: string;
    label: string;
    wajib?: boolean;
    sibuk: boolean;
    galat?: string | null;
    tombol: string;
    testId: string;
    onClose: () => void;
    onKirim: (teks: string) => void;
}) => {
    const [teks, setTeks] = useState('');
    return (
        <Dialog open={open} onClose={sibuk ? undefined : onClose} fullWidth maxWidth="sm" data-testid={testId}>
            <DialogTitle>{judul}</DialogTitle>
            <DialogContent>
                {petunjuk ? <DialogContentText sx={{ mb: 2 }}>{petunjuk}</DialogContentText> : null}
                <TextField
                    label={label}
                    value={teks}
                    onChange={event => setTeks(event.target.value)}
                    multiline
                    minRows={3}
                    fullWidth
                    required={wajib}
                    autoFocus
                    slotProps={{ htmlInput: { 'data-testid': `${testId}-teks`, maxLength: 4000 } }}
                />
                <PesanGalat pesan={galat} testId={`${testId}-galat`} sx={{ mt: 2 }} />
            </DialogContent>
            <TombolDialog
                sibuk={sibuk}
                label={tombol}
                nonaktif={wajib && teks.trim() === ''}
                testId={`${testId}-kirim`}
                onBatal={onClose}
                onKirim={() => onKirim(teks)}
            />
        </Dialog>
    );
};

/**
 * A print button with its dialog: tempat (default: the region's `tempat_default` from /api/users/me,
 * policy `daerah`) and tanggal (default today) chosen by the
 * user, then the PDF from `ambil` saved under the server's file name.
 */
export const CetakPdf = ({
    label,
    judul,
    ambil,
    testId,
    kecil = false,
}: {
    label: string;
    judul: string;
    ambil: (input: { tanggal: string; tempat: string }) => Promise<BerkasUnduhan>;
    testId: string;
    kecil?: boolean;
}) => {
    const translate = useTranslate();
    const notify = useNotify();
    const [buka, setBuka] = useState(false);
    const { tempat_default } = useDaerah();
    // null = not edited: follows the region's default (which may arrive after the first render)
    const [tempatDiubah, setTempat] = useState<string | null>(null);
    const tempat = tempatDiubah ?? tempat_default;
    const [tanggal, setTanggal] = useState(() => hariIniJakarta());
    const [sibuk, setSibuk] = useState(false);
    const [galat, setGalat] = useState<string | null>(null);
    const unduh = async () => {
        setSibuk(true);
        setGalat(null);
        try {
            const { blob, namaBerkas } = await ambil({ tanggal, tempat });
            simpanBerkas(blob, namaBerkas);
            notify('mskp.skp.cetak.berhasil', { type: 'success', messageArgs: { nama: namaBerkas } });
            setBuka(false);
        } catch (error) {
            setGalat((error as Error)?.message || 'ra.notification.http_error');
        } finally {
            setSibuk(false);
        }
    };
    return (
        <>
            <Button
                variant="outlined"
                size={kecil ? 'small' : 'medium'}
                startIcon={<PrintIcon />}
                onClick={() => {
                    setGalat(null);
                    setBuka(true);
                }}
                data-testid={testId}
            >
                {label}
            </Button>
            <Dialog open={buka} onClose={sibuk ? undefined : () => setBuka(false)} fullWidth maxWidth="xs" data-testid={`dialog-${testId}`}>
                <DialogTitle>{judul}</DialogTitle>
                <DialogContent>
                    <DialogContentText sx={{ mb: 2 }}>{translate('mskp.skp.cetak.petunjuk')}</DialogContentText>
                    <Stack spacing={2}>
                        <TextField
                            label={translate('mskp.skp.cetak.tempat')}
                            value={tempat}
                            onChange={event => setTempat(event.target.value)}
                            required
                            error={!tempat.trim()}
                            helperText={!tempat.trim() ? translate('mskp.skp.cetak.tempat_wajib') : ' '}
                            slotProps={{ htmlInput: { 'data-testid': `${testId}-tempat`, maxLength: 60 } }}
                        />
                        <TextField
                            type="date"
                            label={translate('mskp.skp.cetak.tanggal')}
                            value={tanggal}
                            onChange={event => setTanggal(event.target.value)}
                            required
                            error={!tanggal}
                            helperText={!tanggal ? translate('mskp.skp.cetak.tanggal_wajib') : ' '}
                            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `${testId}-tanggal` } }}
                        />
                        {sibuk ? <LinearProgress /> : null}
                        <PesanGalat pesan={galat} testId={`${testId}-galat`} />
                    </Stack>
                </DialogContent>
                <TombolDialog
                    sibuk={sibuk}
                    batal="ra.action.close"
                    label="mskp.skp.cetak.unduh"
                    nonaktif={!tempat.trim() || !tanggal}
                    ikon={<DownloadIcon />}
                    testId={`${testId}-unduh`}
                    onBatal={() => setBuka(false)}
                    onKirim={() => void unduh()}
                />
            </Dialog>
        </>
    );
};

/** "Cetak SKP Bulanan" (GET /api/cetak/skp-bulanan). */
export const CetakSkpBulanan = ({ nip, tahun, bulan, testId = 'cetak-bulanan', kecil = false }: { nip: string; tahun: number; bulan: number; testId?: string; kecil?: boolean }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const dataProvider = useMskpDataProvider();
    return (
        <CetakPdf
            label={translate('mskp.renaksi.cetak_bulanan')}
            judul={translate('mskp.renaksi.cetak_bulanan_judul', { bulan: namaBulan(bulan, intlLocale(locale)), tahun })}
            ambil={input => dataProvider.cetakSkpBulanan({ nip, tahun, bulan, ...input })}
            testId={testId}
            kecil={kecil}
        />
    );
};

