import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  IconButton,
  Skeleton,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { useAsync } from '../common/useAsync';
import { useMskpDataProvider } from '../dataProvider';
import type { RenaksiTahun } from '../dataProvider/renaksi';
import type { Rhk, SkpDetail } from '../dataProvider/types';
import { intlLocale } from '../i18n';
import { rhkBolehDiubah, type Kedudukan } from '../common/skp';
import { angkaKeInput, BULAN, fieldTarget, namaBulan, targetDariIsian } from './aturan';
import { GridTahunan } from './GridTahunan';
import { PesanGalat, TombolDialog } from '../common/dialog';
import { PilihanNative } from '../common/PilihanNative';

interface Isian {
  uraian: string;
  satuan: string;
  sebagai_rtp: boolean;
  polaritas: 'NAIK' | 'TURUN';
  target: Record<number, string>;
}

const isianDari = (renaksi?: RenaksiTahun): Isian => ({
  uraian: renaksi?.uraian ?? '',
  satuan: renaksi?.satuan ?? '',
  sebagai_rtp: !!renaksi?.sebagai_rtp,
  polaritas: renaksi?.polaritas ?? 'NAIK',
  target: Object.fromEntries((renaksi?.target ?? []).map((t) => [t.bulan, angkaKeInput(t.nilai)])),
});

/** Add or edit one renaksi: text, unit, RTP, polarity and the twelve monthly targets. */
const RenaksiDialog = ({
  rhk,
  renaksi,
  onClose,
  onTersimpan,
}: {
  rhk: Rhk;
  renaksi?: RenaksiTahun;
  onClose: () => void;
  onTersimpan: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useMskpDataProvider();
  const [isian, setIsian] = useState<Isian>(() => isianDari(renaksi));
  const [galat, setGalat] = useState<Record<string, string>>({});
  const [pesan, setPesan] = useState<string | null>(null);
  const [sibuk, setSibuk] = useState(false);
  const ubah = <K extends keyof Isian>(kunci: K, nilai: Isian[K]) =>
    setIsian((previous) => ({ ...previous, [kunci]: nilai }));

  const simpan = async () => {
    const { target, galat: salah } = targetDariIsian(isian.target);
    const ditemukan: Record<string, string> = {};
    if (!isian.uraian.trim()) ditemukan.uraian = 'ra.validation.required';
    if (!isian.satuan.trim()) ditemukan.satuan = 'ra.validation.required';
    for (const b of salah) ditemukan[`target.${b}`] = 'mskp.renaksi.galat.nilai';
    if (target.length === 0 && salah.length === 0) ditemukan.target = 'mskp.renaksi.galat.target_wajib';
    setGalat(ditemukan);
    setPesan(null);
    if (Object.keys(ditemukan).length > 0) return;
    setSibuk(true);
    try {
      const input = {
        uraian: isian.uraian.trim(),
        satuan: isian.satuan.trim(),
        sebagai_rtp: isian.sebagai_rtp,
        polaritas: isian.polaritas,
        target,
      };
      if (renaksi) await dataProvider.ubahRenaksi(renaksi.id, input);
      else await dataProvider.tambahRenaksi(rhk.id, input);
      onTersimpan();
    } catch (error) {
      const e = error as Error & { body?: { errors?: Record<string, string> } };
      const pesanServer = e?.message || 'ra.notification.http_error';
      const peta: Record<string, string> = {};
      for (const [field, teks] of Object.entries(e?.body?.errors ?? {}))
        peta[fieldTarget(field, target) ?? field] = teks;
      setGalat(peta);
      setPesan(pesanServer);
    } finally {
      setSibuk(false);
    }
  };
  const teks = (field: string) => (galat[field] ? translate(galat[field], { _: galat[field] }) : undefined);

  return (
    <Dialog open onClose={sibuk ? undefined : onClose} fullWidth maxWidth="md" data-testid="renaksi-dialog">
      <DialogTitle>{translate(renaksi ? 'mskp.renaksi.ubah' : 'mskp.renaksi.tambah')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {rhk.uraian}
        </Typography>
        <Stack spacing={2}>
          <TextField
            label={translate('mskp.renaksi.uraian')}
            value={isian.uraian}
            onChange={(event) => ubah('uraian', event.target.value)}
            multiline
            minRows={2}
            required
            error={!!galat.uraian}
            helperText={teks('uraian')}
            slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'renaksi-uraian' } }}
          />
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
            <TextField
              label={translate('mskp.skp.satuan')}
              value={isian.satuan}
              onChange={(event) => ubah('satuan', event.target.value)}
              required
              error={!!galat.satuan}
              helperText={teks('satuan')}
              slotProps={{ htmlInput: { maxLength: 60, 'data-testid': 'renaksi-satuan' } }}
            />
            <PilihanNative<Isian['polaritas']>
              label={translate('mskp.skp.polaritas')}
              value={isian.polaritas}
              onChange={(nilai) => ubah('polaritas', nilai)}
              error={!!galat.polaritas}
              helperText={teks('polaritas')}
              labelMengecil
              pilihan={(['NAIK', 'TURUN'] as const).map((p) => ({
                id: p,
                name: translate(`mskp.skp.polaritas_pilihan.${p}`),
              }))}
              testId="renaksi-polaritas"
            />
            <FormControlLabel
              control={
                <Checkbox
                  checked={isian.sebagai_rtp}
                  onChange={(event) => ubah('sebagai_rtp', event.target.checked)}
                  slotProps={{ input: { ...{ 'data-testid': 'renaksi-rtp' } } }}
                />
              }
              label={translate('mskp.renaksi.sebagai_rtp')}
            />
          </Box>
          <Box>
            <Typography variant="subtitle2">{translate('mskp.renaksi.target_bulanan')}</Typography>
            <Typography variant="caption" color="text.secondary">
              {translate('mskp.renaksi.target_bulanan_petunjuk')}
            </Typography>
            <Box
              sx={{
                display: 'grid',
                gap: 1,
                mt: 1,
                gridTemplateColumns: { xs: 'repeat(3, 1fr)', sm: 'repeat(6, 1fr)' },
              }}
            >
              {BULAN.map((b) => (
                <TextField
                  key={b}
                  size="small"
                  label={namaBulan(b, intlLocale(locale), 'short')}
                  value={isian.target[b] ?? ''}
                  onChange={(event) => ubah('target', { ...isian.target, [b]: event.target.value })}
                  error={!!galat[`target.${b}`]}
                  helperText={teks(`target.${b}`)}
                  slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `renaksi-target-${b}` } }}
                />
              ))}
            </Box>
            {galat.target ? (
              <Typography variant="caption" color="error" data-testid="renaksi-galat-target">
                {teks('target')}
              </Typography>
            ) : null}
          </Box>
          <PesanGalat pesan={pesan} testId="renaksi-galat" />
        </Stack>
      </DialogContent>
      <TombolDialog
        sibuk={sibuk}
        label="ra.action.save"
        testId="renaksi-simpan"
        onBatal={onClose}
        onKirim={() => void simpan()}
      />
    </Dialog>
  );
};

/**
 * The "Rencana Aksi" tab of the SKP screen: renaksi per RHK with monthly targets (RTP marked); the owner
 * adds, edits and deletes them while the SKP is a draft/returned or that RHK is reopened for revision.
 */
export const RencanaAksiTab = ({ skp, saya }: { skp: SkpDetail; saya: Kedudukan }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useMskpDataProvider();
  const nip = skp.pegawai?.nip ?? '';
  const { data, isPending, error, reload } = useAsync(
    async () => (nip ? dataProvider.daftarRenaksiTahun({ nip, tahun: skp.tahun }) : ([] as RenaksiTahun[])),
    [nip, skp.tahun, skp.updatedAt],
  );
  const [dialog, setDialog] = useState<{ rhk: Rhk; renaksi?: RenaksiTahun } | null>(null);
  const [hapus, setHapus] = useState<string | null>(null);

  if (isPending && !data) return <Skeleton variant="rectangular" height={160} />;
  if (error) return <Alert severity="error">{translate('mskp.error.gagal_memuat', { pesan: error.message })}</Alert>;
  const milikSkp = (data ?? []).filter((r) => !r.skp || r.skp.id === skp.id);

  const hapusRenaksi = async (id: string) => {
    setHapus(id);
    try {
      await dataProvider.hapusRenaksi(id);
      notify('mskp.skp.terhapus', { type: 'success' });
      reload();
    } catch (e) {
      const pesan = (e as Error)?.message || 'ra.notification.http_error';
      notify(pesan, { type: 'error', messageArgs: { _: pesan } });
    } finally {
      setHapus(null);
    }
  };

  if (skp.rhk.length === 0)
    return <EmptyNote testId="renaksi-tanpa-rhk">{translate('mskp.renaksi.tanpa_rhk')}</EmptyNote>;
  return (
    <Stack spacing={3} data-testid="tab-renaksi-isi">
      {skp.rhk.map((rhk) => {
        const renaksi = milikSkp.filter((r) => r.rhk.id === rhk.id);
        const bolehUbah = saya.pemilik && rhkBolehDiubah(skp.status, rhk.status_revisi);
        return (
          <Box key={rhk.id} data-testid="renaksi-rhk" data-rhk={rhk.id}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
              <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1, minWidth: 240 }}>
                {rhk.uraian}
                <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                  {translate(`mskp.skp.jenis_rhk.${rhk.jenis}`)}
                </Typography>
              </Typography>
              {bolehUbah ? (
                <Button
                  size="small"
                  startIcon={<AddIcon />}
                  onClick={() => setDialog({ rhk })}
                  data-testid="renaksi-tambah"
                >
                  {translate('mskp.renaksi.tambah')}
                </Button>
              ) : null}
            </Box>
            {renaksi.length === 0 ? (
              <EmptyNote testId="renaksi-rhk-kosong">
                {translate(
                  bolehUbah
                    ? 'mskp.renaksi.rhk_kosong_ubah'
                    : saya.pemilik
                      ? 'mskp.renaksi.rhk_kosong_revisi'
                      : 'mskp.renaksi.rhk_kosong',
                )}
              </EmptyNote>
            ) : (
              <GridTahunan
                renaksi={renaksi}
                testId="renaksi-grid"
                aksi={
                  bolehUbah
                    ? (row) => (
                        <>
                          <Tooltip title={translate('mskp.renaksi.ubah')}>
                            <IconButton
                              size="small"
                              onClick={() => setDialog({ rhk, renaksi: row })}
                              data-testid="renaksi-ubah"
                            >
                              <EditIcon fontSize="small" />
                            </IconButton>
                          </Tooltip>
                          <Tooltip title={translate('mskp.renaksi.hapus')}>
                            <span>
                              <IconButton
                                size="small"
                                disabled={hapus === row.id}
                                onClick={() => {
                                  if (window.confirm(translate('mskp.skp.konfirmasi_hapus'))) void hapusRenaksi(row.id);
                                }}
                                data-testid="renaksi-hapus"
                              >
                                <DeleteIcon fontSize="small" />
                              </IconButton>
                            </span>
                          </Tooltip>
                        </>
                      )
                    : undefined
                }
              />
            )}
          </Box>
        );
      })}
      {dialog ? (
        <RenaksiDialog
          rhk={dialog.rhk}
          renaksi={dialog.renaksi}
          onClose={() => setDialog(null)}
          onTersimpan={() => {
            setDialog(null);
            notify('mskp.skp.tersimpan', { type: 'success' });
            reload();
          }}
        />
      ) : null}
    </Stack>
  );
};
