import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
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
import SaveIcon from '@mui/icons-material/Save';
import { useState } from 'react';
import { useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import type { Evaluasi, IsianEvaluasi, PersiapanEvaluasi, Rating } from '../../dataProvider/evaluasi';
import type { RenaksiBulan } from '../../dataProvider/renaksi';
import { codeOf } from '../../dataProvider/errors';
import { intlLocale } from '../../i18n';
import { formatAngka, formatPersen } from '../../common/angka';
import { perRhk } from '../../common/realisasi/aturan';
import { DaftarBukti, RtpChip, StatusRealisasiChip, useWarnaRtp } from '../../common/realisasi/komponen';
import { capaianBulan, fieldForm, petaUmpanBalik, predikatDariMatriks } from '../aturan';
import { PilihRating, PredikatChip, useEvaluasiDataProvider } from '../komponen';
import { EvaluasiTersimpan } from './EvaluasiTersimpan';

export type Mode = 'BULANAN' | 'TAHUNAN';

interface GalatSimpan {
  pesan: string;
  field: string | null;
}

/** The ratings, umpan balik and save, reset whenever the stored evaluation or the context changes. */
export const IsianForm = ({
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
    (tersimpan?.perilaku_source === 'PLT' && tersimpan.konteks === 'DEFINITIF'
      ? tersimpan.rating_perilaku_asli
      : tersimpan?.rating_perilaku) ?? null,
  );
  const [umum, setUmum] = useState(tersimpan?.umpan_balik ?? '');
  const [perRhkUb, setPerRhkUb] = useState<Record<string, string>>(() =>
    petaUmpanBalik(tersimpan?.umpan_balik_rhk, 'rhk_id'),
  );
  const [perPerilaku, setPerPerilaku] = useState<Record<string, string>>(() =>
    petaUmpanBalik(tersimpan?.umpan_balik_perilaku, 'kode'),
  );
  const [alasan, setAlasan] = useState('');
  const [sibuk, setSibuk] = useState(false);
  const [galat, setGalat] = useState<GalatSimpan | null>(null);
  const admin = permissions === 'admin_bkpsdm';
  const predikat = predikatDariMatriks(data, hasil, perilaku);
  const saran = data.saran_rating_hasil;
  const capaianRhk = new Map((capaianBulan(data.capaian)?.rhk ?? []).map((r) => [r.id, r]));

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
      const e =
        mode === 'TAHUNAN' ? await dataProvider.simpanEvaluasiTahunan(isian) : await dataProvider.simpanEvaluasi(isian);
      notify('mskp.evaluasi.tersimpan', { type: 'success', messageArgs: { predikat: e.predikat.nama } });
      onTersimpan();
    } catch (e) {
      const body = (e as { body?: { error?: { details?: { field?: string } } } })?.body;
      setGalat({
        pesan: (e as Error)?.message || 'ra.notification.http_error',
        field: fieldForm(body?.error?.details?.field),
      });
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
                      {renaksi.map((x) => (
                        <TableRow
                          key={x.id}
                          data-testid="evaluasi-renaksi"
                          sx={x.sebagai_rtp ? { bgcolor: warna.latar } : undefined}
                        >
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
                    onChange={(event) => setPerRhkUb((p) => ({ ...p, [r.id]: event.target.value }))}
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
          {data.perilaku.map((p) => (
            <Box key={p.kode} data-testid="perilaku-nilai" data-kode={p.kode}>
              <Typography variant="subtitle2">{p.nama}</Typography>
              <Typography variant="caption" color="text.secondary" component="p">
                {p.perilaku.join(' · ')}
              </Typography>
              <Typography variant="body2" sx={{ my: 0.5 }} data-testid="perilaku-ekspektasi">
                <strong>{translate('mskp.evaluasi.ekspektasi')}:</strong>{' '}
                {p.ekspektasi ?? translate('mskp.evaluasi.ekspektasi_kosong')}
              </Typography>
              <TextField
                label={translate('mskp.evaluasi.umpan_balik_perilaku', { nama: p.nama })}
                value={perPerilaku[p.kode] ?? ''}
                onChange={(event) => setPerPerilaku((x) => ({ ...x, [p.kode]: event.target.value }))}
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
            <Box
              sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}
              data-testid="predikat-langsung"
            >
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
              onChange={(event) => setUmum(event.target.value)}
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
                onChange={(event) => setAlasan(event.target.value)}
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
