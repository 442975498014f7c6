import {
    Alert,
    Box,
    Button,
    Card,
    CardContent,
    Chip,
    Dialog,
    DialogActions,
    DialogContent,
    DialogTitle,
    FormControlLabel,
    IconButton,
    Stack,
    Switch,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    TextField,
    Tooltip,
    Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { PilihanNative } from '../common/PilihanNative';
import { useMskpDataProvider } from '../dataProvider';
import type { Iki, IkiInput, JenisRhk, Perubahan, Rhk, RhkAtasan, RhkInput, SkpDetail } from '../dataProvider/types';
import {
    ASPEK,
    bidangPerubahan,
    nilaiPerubahan,
    butuhRhkAtasan,
    pakaiAspek,
    pakaiPerspektif,
    PERSPEKTIF,
    POLARITAS,
    rhkBolehDiubah,
    SIFAT_TARGET,
    skpBolehDiubah,
    type Kedudukan,
} from './aturan';
import { KeputusanDialog, useAksi } from './komponen';


/** Old → new per changed field of an RHK under revision (what the penilai reviews; the approved version stays in force). */
const PerubahanRevisi = ({ perubahan, pulihkan, sibuk }: { perubahan: Perubahan[]; pulihkan?: (renaksiId: string) => void; sibuk?: boolean }) => {
    const translate = useTranslate();
    const nilai = (x: unknown) => {
        const n = nilaiPerubahan(x);
        return 'kunci' in n ? translate(`mskp.skp.${n.kunci}`) : n.teks;
    };
    const bidang = (field: string) => {
        const b = bidangPerubahan(field);
        return translate(`mskp.skp.perubahan_bidang.${b.kunci}`, { bulan: b.bulan, _: field });
    };
    return (
        <Box sx={{ mt: 1 }} data-testid="rhk-perubahan">
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {translate('mskp.skp.perubahan_judul')}
            </Typography>
            <Table size="small">
                <TableHead>
                    <TableRow>
                        <TableCell>{translate('mskp.skp.perubahan_objek_kolom')}</TableCell>
                        <TableCell>{translate('mskp.skp.perubahan_bidang_kolom')}</TableCell>
                        <TableCell>{translate('mskp.skp.perubahan_lama')}</TableCell>
                        <TableCell>{translate('mskp.skp.perubahan_baru')}</TableCell>
                    </TableRow>
                </TableHead>
                <TableBody>
                    {perubahan.map((p, i) => (
                        <TableRow key={`${p.objek}:${p.id}:${p.field}:${i}`} data-testid="rhk-perubahan-baris">
                            <TableCell>
                                {translate(`mskp.skp.perubahan_objek.${p.objek}`)}: {p.nama}
                            </TableCell>
                            <TableCell>{bidang(p.field)}</TableCell>
                            <TableCell>{nilai(p.lama)}</TableCell>
                            <TableCell>
                                {nilai(p.baru)}
                                {pulihkan && p.objek === 'RENAKSI' && p.field === 'ada' && p.baru == null ? (
                                    // a renaksi deleted during the revision stays in force until approval; its owner may undo it
                                    <Button size="small" sx={{ ml: 1 }} data-testid="rhk-perubahan-pulihkan" disabled={sibuk} onClick={() => pulihkan(p.id)}>
                                        {translate('mskp.skp.perubahan_pulihkan')}
                                    </Button>
                                ) : null}
                            </TableCell>
                        </TableRow>
                    ))}
                </TableBody>
            </Table>
        </Box>
    );
};

const RhkDialog = ({
    skp,
    rhk,
    atasan,
    onClose,
    onSimpan,
    sibuk,
}: {
    skp: SkpDetail;
    rhk: Rhk | null;
    atasan: RhkAtasan[];
    onClose: () => void;
    onSimpan: (input: RhkInput) => void;
    sibuk: boolean;
}) => {
    const translate = useTranslate();
    const [jenis, setJenis] = useState<JenisRhk>(rhk?.jenis ?? 'UTAMA');
    const [uraian, setUraian] = useState(rhk?.uraian ?? '');
    const [atasanId, setAtasanId] = useState(rhk?.rhk_atasan?.id ?? '');
    const [perspektif, setPerspektif] = useState<string>(rhk?.perspektif ?? '');
    const perluAtasan = butuhRhkAtasan(skp.jenis, jenis);
    const perluPerspektif = pakaiPerspektif(skp.jenis);
    const kurang = !uraian.trim() || (perluAtasan && !atasanId) || (perluPerspektif && jenis === 'UTAMA' && !perspektif);
    return (
        <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="rhk-dialog">
            <DialogTitle>{translate(rhk ? 'mskp.skp.rhk_ubah' : 'mskp.skp.rhk_tambah')}</DialogTitle>
            <DialogContent>
                <Stack spacing={2} sx={{ mt: 1 }}>
                    <PilihanNative
                        fullWidth
                        labelMengecil
                        label={translate('mskp.skp.rhk_jenis')}
                        value={jenis}
                        onChange={value => setJenis(value as JenisRhk)}
                        pilihan={(['UTAMA', 'TAMBAHAN'] as const).map(id => ({ id, name: translate(`mskp.skp.jenis_rhk.${id}`) }))}
                        testId="rhk-jenis"
                    />
                    <TextField
                        label={translate('mskp.skp.rhk_uraian')}
                        value={uraian}
                        onChange={event => setUraian(event.target.value)}
                        multiline
                        minRows={2}
                        fullWidth
                        required
                        slotProps={{ htmlInput: { 'data-testid': 'rhk-uraian', maxLength: 2000 } }}
                    />
                    {perluAtasan ? (
                        atasan.length === 0 ? (
                            <Alert severity="warning" data-testid="rhk-atasan-kosong">
                                {translate('mskp.skp.rhk_atasan_kosong')}
                            </Alert>
                        ) : (
                            <PilihanNative
                                fullWidth
                                labelMengecil
                                label={translate('mskp.skp.rhk_atasan')}
                                value={atasanId}
                                onChange={setAtasanId}
                                pilihan={atasan.map(a => ({
                                    id: a.id,
                                    name: `${a.skp.nama ?? ''} — ${a.uraian}`,
                                }))}
                                testId="rhk-atasan"
                                kosong="—"
                                required
                            />
                        )
                    ) : null}
                    {perluPerspektif ? (
                        <PilihanNative
                            fullWidth
                            labelMengecil
                            label={translate('mskp.skp.perspektif')}
                            value={perspektif}
                            onChange={setPerspektif}
                            pilihan={PERSPEKTIF.map(id => ({ id, name: translate(`mskp.skp.perspektif_pilihan.${id}`) }))}
                            testId="rhk-perspektif"
                            kosong="—"
                            required={jenis === 'UTAMA'}
                        />
                    ) : null}
                </Stack>
            </DialogContent>
            <DialogActions>
                <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
                <Button
                    variant="contained"
                    disabled={kurang || sibuk}
                    data-testid="rhk-simpan"
                    onClick={() =>
                        onSimpan({
                            jenis,
                            uraian: uraian.trim(),
                            rhk_atasan_id: perluAtasan ? atasanId : null,
                            perspektif: perluPerspektif && perspektif ? (perspektif as RhkInput['perspektif']) : null,
                        })
                    }
                >
                    {translate('ra.action.save')}
                </Button>
            </DialogActions>
        </Dialog>
    );
};

const IkiDialog = ({
    skp,
    iki,
    onClose,
    onSimpan,
    sibuk,
}: {
    skp: SkpDetail;
    iki: Iki | null;
    onClose: () => void;
    onSimpan: (input: IkiInput) => void;
    sibuk: boolean;
}) => {
    const translate = useTranslate();
    const [uraian, setUraian] = useState(iki?.uraian ?? '');
    const [aspek, setAspek] = useState<string>(iki?.aspek ?? 'KUANTITAS');
    const [target, setTarget] = useState(iki?.target ?? '');
    const [satuan, setSatuan] = useState(iki?.satuan ?? '');
    const [polaritas, setPolaritas] = useState<string>(iki?.polaritas ?? 'NAIK');
    const [sifat, setSifat] = useState<string>(iki?.sifat_target ?? 'NON_KUMULATIF');
    const kurang = !uraian.trim() || !String(target).trim() || !satuan.trim();
    return (
        <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="iki-dialog">
            <DialogTitle>{translate(iki ? 'mskp.skp.iki_ubah' : 'mskp.skp.iki_tambah')}</DialogTitle>
            <DialogContent>
                <Stack spacing={2} sx={{ mt: 1 }}>
                    <TextField
                        label={translate('mskp.skp.iki_uraian')}
                        value={uraian}
                        onChange={event => setUraian(event.target.value)}
                        multiline
                        fullWidth
                        required
                        slotProps={{ htmlInput: { 'data-testid': 'iki-uraian', maxLength: 2000 } }}
                    />
                    {pakaiAspek(skp.jenis) ? (
                        <PilihanNative
                            fullWidth
                            labelMengecil
                            label={translate('mskp.skp.aspek')}
                            value={aspek}
                            onChange={setAspek}
                            pilihan={ASPEK.map(id => ({ id, name: translate(`mskp.skp.aspek_pilihan.${id}`) }))}
                            testId="iki-aspek"
                        />
                    ) : null}
                    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                        <TextField
                            label={translate('mskp.skp.target')}
                            value={target}
                            onChange={event => setTarget(event.target.value)}
                            helperText={translate('mskp.skp.target_petunjuk')}
                            required
                            fullWidth
                            slotProps={{ htmlInput: { 'data-testid': 'iki-target', maxLength: 40 } }}
                        />
                        <TextField
                            label={translate('mskp.skp.satuan')}
                            value={satuan}
                            onChange={event => setSatuan(event.target.value)}
                            required
                            fullWidth
                            slotProps={{ htmlInput: { 'data-testid': 'iki-satuan', maxLength: 60 } }}
                        />
                    </Stack>
                    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                        <PilihanNative
                            fullWidth
                            labelMengecil
                            label={translate('mskp.skp.polaritas')}
                            value={polaritas}
                            onChange={setPolaritas}
                            pilihan={POLARITAS.map(id => ({ id, name: translate(`mskp.skp.polaritas_pilihan.${id}`) }))}
                            testId="iki-polaritas"
                        />
                        <PilihanNative
                            fullWidth
                            labelMengecil
                            label={translate('mskp.skp.sifat_target')}
                            value={sifat}
                            onChange={setSifat}
                            pilihan={SIFAT_TARGET.map(id => ({ id, name: translate(`mskp.skp.sifat_pilihan.${id}`) }))}
                            testId="iki-sifat"
                        />
                    </Stack>
                </Stack>
            </DialogContent>
            <DialogActions>
                <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
                <Button
                    variant="contained"
                    disabled={kurang || sibuk}
                    data-testid="iki-simpan"
                    onClick={() =>
                        onSimpan({
                            uraian: uraian.trim(),
                            ...(pakaiAspek(skp.jenis) ? { aspek: aspek as IkiInput['aspek'] } : {}),
                            target: String(target).trim(),
                            satuan: satuan.trim(),
                            polaritas: polaritas as IkiInput['polaritas'],
                            sifat_target: sifat as IkiInput['sifat_target'],
                        })
                    }
                >
                    {translate('ra.action.save')}
                </Button>
            </DialogActions>
        </Dialog>
    );
};

type Dialogs =
    | { jenis: 'rhk'; rhk: Rhk | null }
    | { jenis: 'iki'; rhk: Rhk; iki: Iki | null }
    | { jenis: 'tolak-rhk'; rhk: Rhk }
    | { jenis: 'setujui-rhk'; rhk: Rhk }
    | null;

/** RHK (UTAMA, then TAMBAHAN) with their IKI; add/edit/delete while editable; per-RHK revision. */
export const RencanaTab = ({
    skp,
    saya,
    atasan,
    muatUlang,
}: {
    skp: SkpDetail;
    saya: Kedudukan;
    atasan: RhkAtasan[];
    muatUlang: () => void;
}) => {
    const translate = useTranslate();
    const dataProvider = useMskpDataProvider();
    const [dialog, setDialog] = useState<Dialogs>(null);
    const tutup = () => setDialog(null);
    const { sibuk, jalankan } = useAksi(muatUlang);
    const selesai = (ok: boolean) => ok && tutup();
    const bisaTambah = saya.pemilik && skpBolehDiubah(skp.status);
    const jpt = pakaiPerspektif(skp.jenis);

    const [tampilkanDuplikat, setTampilkanDuplikat] = useState(false);
    const semuaIki = skp.rhk.flatMap(rhk => rhk.iki);
    const jumlahTersembunyi = semuaIki.filter(iki => iki.disembunyikan).length;
    const uraianIki = new Map(semuaIki.map(iki => [iki.id, iki.uraian]));

    /** A hidden duplicate: greyed, names the indicator it repeats, never editable. */
    const barisDuplikat = (iki: Iki, adaKolomAksi: boolean) => (
        <TableRow key={iki.id} data-testid="iki-duplikat" data-iki-id={iki.id} sx={{ opacity: 0.55, bgcolor: 'action.hover' }}>
            <TableCell>
                <Box>{iki.uraian}</Box>
                <Typography variant="caption" color="text.secondary" data-testid="iki-duplikat-dari">
                    {translate('mskp.skp.duplikat.dari', {
                        uraian:
                            (iki.duplikat_dari?.startsWith('opd:')
                                ? translate('mskp.skp.duplikat.sasaran_opd')
                                : iki.duplikat_dari
                                  ? uraianIki.get(iki.duplikat_dari)
                                  : undefined) ?? '-',
                    })}
                </Typography>
            </TableCell>
            {pakaiAspek(skp.jenis) ? <TableCell>{iki.aspek ? translate(`mskp.skp.aspek_pilihan.${iki.aspek}`) : '-'}</TableCell> : null}
            <TableCell>{iki.target ?? '-'}</TableCell>
            <TableCell>{iki.satuan}</TableCell>
            {adaKolomAksi ? <TableCell /> : null}
        </TableRow>
    );

    const hapus = (kerja: () => Promise<unknown>) => {
        if (window.confirm(translate('mskp.skp.konfirmasi_hapus'))) void jalankan(kerja, 'mskp.skp.terhapus');
    };

    const kartuRhk = (rhk: Rhk, nomor: number) => {
        const bolehUbah = saya.pemilik && rhkBolehDiubah(skp.status, rhk.status_revisi);
        return (
            <Card key={rhk.id} variant="outlined" data-testid="rhk-item" data-rhk-id={rhk.id} sx={{ mb: 2 }}>
                <CardContent>
                    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
                        <Typography variant="subtitle1" sx={{ fontWeight: 600, minWidth: 28 }}>
                            {nomor}.
                        </Typography>
                        <Box sx={{ flex: 1 }}>
                            <Typography variant="subtitle1" sx={{ fontWeight: 600 }} data-testid="rhk-uraian-teks">
                                {rhk.uraian}
                            </Typography>
                            {rhk.rhk_atasan ? (
                                <Typography variant="body2" color="text.secondary">
                                    {translate('mskp.skp.rhk_atasan')}: {rhk.rhk_atasan.uraian}
                                </Typography>
                            ) : null}
                            {jpt && rhk.perspektif ? (
                                <Chip
                                    size="small"
                                    variant="outlined"
                                    sx={{ mt: 0.5 }}
                                    label={`${translate('mskp.skp.perspektif')}: ${translate(`mskp.skp.perspektif_pilihan.${rhk.perspektif}`)}`}
                                />
                            ) : null}
                            {rhk.status_revisi ? (
                                <Chip
                                    size="small"
                                    color="warning"
                                    sx={{ mt: 0.5, ml: jpt ? 1 : 0 }}
                                    data-testid="rhk-status-revisi"
                                    label={translate('mskp.skp.revisi_status', {
                                        status: translate(`mskp.skp.status.${rhk.status_revisi}`),
                                    })}
                                />
                            ) : null}
                            {rhk.catatan_penolakan && rhk.status_revisi === 'DRAFT' ? (
                                <Alert severity="error" sx={{ mt: 1 }} data-testid="rhk-catatan-penolakan">
                                    {rhk.catatan_penolakan}
                                </Alert>
                            ) : null}
                            {rhk.perubahan?.length ? (
                                <PerubahanRevisi
                                    perubahan={rhk.perubahan}
                                    sibuk={sibuk}
                                    pulihkan={bolehUbah ? renaksiId => void jalankan(() => dataProvider.pulihkanRenaksi(renaksiId), 'mskp.skp.perubahan_dipulihkan') : undefined}
                                />
                            ) : null}
                        </Box>
                        <Stack direction="row" spacing={0.5} sx={{ flexShrink: 0, alignItems: 'center' }}>
                            {bolehUbah ? (
                                <>
                                    <Tooltip title={translate('mskp.skp.rhk_ubah')}>
                                        <IconButton size="small" data-testid="rhk-ubah" onClick={() => setDialog({ jenis: 'rhk', rhk })}>
                                            <EditIcon fontSize="small" />
                                        </IconButton>
                                    </Tooltip>
                                    {skpBolehDiubah(skp.status) ? (
                                        <Tooltip title={translate('mskp.skp.rhk_hapus')}>
                                            <IconButton size="small" data-testid="rhk-hapus" onClick={() => hapus(() => dataProvider.hapusRhk(rhk.id))}>
                                                <DeleteIcon fontSize="small" />
                                            </IconButton>
                                        </Tooltip>
                                    ) : null}
                                </>
                            ) : null}
                            {saya.pemilik && skp.status === 'DISETUJUI' && rhk.status_revisi == null ? (
                                <Button
                                    size="small"
                                    data-testid="rhk-revisi"
                                    disabled={sibuk}
                                    onClick={() => void jalankan(() => dataProvider.revisiRhk(rhk.id), 'mskp.skp.revisi_dibuka')}
                                >
                                    {translate('mskp.skp.revisi')}
                                </Button>
                            ) : null}
                            {saya.pemilik && skp.status === 'DISETUJUI' && rhk.status_revisi === 'DRAFT' ? (
                                <Button
                                    size="small"
                                    variant="contained"
                                    data-testid="rhk-ajukan"
                                    disabled={sibuk}
                                    onClick={() => void jalankan(() => dataProvider.ajukanRhk(rhk.id), 'mskp.skp.revisi_diajukan')}
                                >
                                    {translate('mskp.skp.revisi_ajukan')}
                                </Button>
                            ) : null}
                            {saya.pemutus && skp.status === 'DISETUJUI' && rhk.status_revisi === 'DIAJUKAN' ? (
                                <>
                                    <Button size="small" color="error" data-testid="rhk-tolak" onClick={() => setDialog({ jenis: 'tolak-rhk', rhk })}>
                                        {translate('mskp.skp.revisi_tolak')}
                                    </Button>
                                    <Button
                                        size="small"
                                        variant="contained"
                                        color="success"
                                        data-testid="rhk-setujui"
                                        onClick={() => setDialog({ jenis: 'setujui-rhk', rhk })}
                                    >
                                        {translate('mskp.skp.revisi_setujui')}
                                    </Button>
                                </>
                            ) : null}
                        </Stack>
                    </Box>
                    <Box sx={{ mt: 1.5, ml: { sm: 4.5 } }}>
                        {rhk.iki.length === 0 ? (
                            <Typography variant="body2" color="text.secondary">
                                {translate('mskp.skp.iki_kosong')}
                            </Typography>
                        ) : (
                            <Table size="small">
                                <TableHead>
                                    <TableRow>
                                        <TableCell>{translate('mskp.skp.iki_uraian')}</TableCell>
                                        {pakaiAspek(skp.jenis) ? <TableCell>{translate('mskp.skp.aspek')}</TableCell> : null}
                                        <TableCell>{translate('mskp.skp.target')}</TableCell>
                                        <TableCell>{translate('mskp.skp.satuan')}</TableCell>
                                        {bolehUbah ? <TableCell /> : null}
                                    </TableRow>
                                </TableHead>
                                <TableBody>
                                    {rhk.iki
                                        .filter(iki => tampilkanDuplikat || !iki.disembunyikan)
                                        .map(iki => iki.disembunyikan ? barisDuplikat(iki, bolehUbah) : (
                                            <TableRow key={iki.id} data-testid="iki-item">
                                                <TableCell>{iki.uraian}</TableCell>
                                                {pakaiAspek(skp.jenis) ? (
                                                    <TableCell>{iki.aspek ? translate(`mskp.skp.aspek_pilihan.${iki.aspek}`) : '-'}</TableCell>
                                                ) : null}
                                                <TableCell data-testid="iki-target-teks">{iki.target ?? '-'}</TableCell>
                                                <TableCell>{iki.satuan}</TableCell>
                                                {bolehUbah ? (
                                                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                                                        <IconButton
                                                            size="small"
                                                            data-testid="iki-ubah"
                                                            aria-label={translate('mskp.skp.iki_ubah')}
                                                            onClick={() => setDialog({ jenis: 'iki', rhk, iki })}
                                                        >
                                                            <EditIcon fontSize="small" />
                                                        </IconButton>
                                                        <IconButton
                                                            size="small"
                                                            data-testid="iki-hapus"
                                                            aria-label={translate('mskp.skp.iki_hapus')}
                                                            onClick={() => hapus(() => dataProvider.hapusIki(iki.id))}
                                                        >
                                                            <DeleteIcon fontSize="small" />
                                                        </IconButton>
                                                    </TableCell>
                                                ) : null}
                                            </TableRow>
                                        ))}
                                </TableBody>
                            </Table>
                        )}
                        {bolehUbah ? (
                            <Button
                                size="small"
                                startIcon={<AddIcon />}
                                sx={{ mt: 1 }}
                                data-testid="iki-tambah"
                                onClick={() => setDialog({ jenis: 'iki', rhk, iki: null })}
                            >
                                {translate('mskp.skp.iki_tambah')}
                            </Button>
                        ) : null}
                    </Box>
                </CardContent>
            </Card>
        );
    };

    const bagian = (jenis: JenisRhk, judul: string) => {
        const daftar = skp.rhk.filter(rhk => rhk.jenis === jenis);
        return (
            <Box sx={{ mb: 3 }} data-testid={`rhk-${jenis.toLowerCase()}`}>
                <Typography variant="h6" sx={{ mb: 1 }}>
                    {translate(judul)}
                </Typography>
                {daftar.length === 0 ? <EmptyNote>{translate('mskp.skp.rhk_kosong')}</EmptyNote> : daftar.map((rhk, i) => kartuRhk(rhk, i + 1))}
            </Box>
        );
    };

    return (
        <Box>
            {bisaTambah || jumlahTersembunyi > 0 ? (
                <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
                    {jumlahTersembunyi > 0 ? (
                        <FormControlLabel
                            control={
                                <Switch
                                    checked={tampilkanDuplikat}
                                    onChange={event => setTampilkanDuplikat(event.target.checked)}
                                    slotProps={{ input: { 'data-testid': 'toggle-duplikat-input' } as object }}
                                />
                            }
                            data-testid="toggle-duplikat"
                            label={translate('mskp.skp.duplikat.tampilkan', { n: jumlahTersembunyi })}
                        />
                    ) : null}
                    <Box sx={{ flex: 1 }} />
                    {bisaTambah ? (
                        <Button variant="outlined" startIcon={<AddIcon />} data-testid="rhk-tambah" onClick={() => setDialog({ jenis: 'rhk', rhk: null })}>
                            {translate('mskp.skp.rhk_tambah')}
                        </Button>
                    ) : null}
                </Box>
            ) : null}
            {bagian('UTAMA', 'mskp.skp.rhk_utama')}
            {bagian('TAMBAHAN', 'mskp.skp.rhk_tambahan')}

            {dialog?.jenis === 'rhk' ? (
                <RhkDialog
                    skp={skp}
                    rhk={dialog.rhk}
                    atasan={atasan}
                    sibuk={sibuk}
                    onClose={tutup}
                    onSimpan={input => {
                        const rhk = dialog.rhk;
                        void jalankan(
                            () => (rhk ? dataProvider.ubahRhk(rhk.id, input) : dataProvider.tambahRhk(skp.id, input)),
                            'mskp.skp.tersimpan'
                        ).then(selesai);
                    }}
                />
            ) : null}
            {dialog?.jenis === 'iki' ? (
                <IkiDialog
                    skp={skp}
                    iki={dialog.iki}
                    sibuk={sibuk}
                    onClose={tutup}
                    onSimpan={input => {
                        const { rhk, iki } = dialog;
                        void jalankan(
                            () => (iki ? dataProvider.ubahIki(iki.id, input) : dataProvider.tambahIki(rhk.id, input)),
                            'mskp.skp.tersimpan'
                        ).then(selesai);
                    }}
                />
            ) : null}
            {dialog?.jenis === 'tolak-rhk' || dialog?.jenis === 'setujui-rhk' ? (
                <KeputusanDialog
                    open
                    judul={dialog.jenis === 'tolak-rhk' ? 'mskp.skp.revisi_tolak' : 'mskp.skp.revisi_setujui'}
                    petunjuk={dialog.jenis === 'tolak-rhk' ? 'mskp.skp.tolak_petunjuk' : 'mskp.skp.setujui_petunjuk'}
                    wajibCatatan={dialog.jenis === 'tolak-rhk'}
                    sebagaiAdmin={saya.sebagaiAdmin}
                    sibuk={sibuk}
                    testId={dialog.jenis === 'tolak-rhk' ? 'rhk-tolak-dialog' : 'rhk-setujui-dialog'}
                    onClose={tutup}
                    onKirim={input => {
                        const rhk = dialog.rhk;
                        void jalankan(
                            () => (dialog.jenis === 'tolak-rhk' ? dataProvider.tolakRhk(rhk.id, input) : dataProvider.setujuiRhk(rhk.id, input)),
                            dialog.jenis === 'tolak-rhk' ? 'mskp.skp.revisi_ditolak' : 'mskp.skp.revisi_disetujui'
                        ).then(selesai);
                    }}
                />
            ) : null}
        </Box>
    );
};

