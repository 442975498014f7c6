import { Alert, Box, Button, Card, CardContent, CardHeader, Stack, TextField, Typography } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, usePermissions, useTranslate } from 'react-admin';
import type { Evaluasi, IsianEvaluasi, PersiapanEvaluasi, Rating } from '../../dataProvider/evaluasi';
import type { RenaksiBulan } from '../../dataProvider/renaksi';
import { codeOf } from '../../dataProvider/errors';
import { perRhk } from '../../common/realisasi/aturan';
import { fieldForm, petaUmpanBalik, predikatDariMatriks } from '../aturan';
import { PilihRating, PredikatChip, useEvaluasiDataProvider } from '../komponen';
import { EvaluasiTersimpan } from './EvaluasiTersimpan';
import { KartuHasilKerja } from './KartuHasilKerja';
import { KartuPerilaku } from './KartuPerilaku';
import type { Mode } from './useFormEvaluasi';

const badanGalat = (e: unknown) => (e as { body?: { error?: { details?: { field?: string } } } } | null)?.body;

/** The server's refusal of a save: its message, and the form field it names (shown under that field). */
const galatSimpan = (e: unknown) => ({
  pesan: (e as Error | null)?.message || 'ra.notification.http_error',
  field: fieldForm(badanGalat(e)?.error?.details?.field),
});

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
  const admin = permissions === 'admin_bkpsdm';
  const predikat = predikatDariMatriks(data, hasil, perilaku);
  const saran = data.saran_rating_hasil;

  const tulis = useMutation({
    mutationFn: (isian: IsianEvaluasi) =>
      mode === 'TAHUNAN' ? dataProvider.simpanEvaluasiTahunan(isian) : dataProvider.simpanEvaluasi(isian),
    onSuccess: (e) => {
      notify('mskp.evaluasi.tersimpan', { type: 'success', messageArgs: { predikat: e.predikat.nama } });
      onTersimpan();
    },
    onError: (e) => {
      // another penilai saved first: load his stored answer
      if (codeOf(badanGalat(e)) === 'EVALUASI_BERSAMAAN') onTersimpan();
    },
  });
  const sibuk = tulis.isPending;
  const galat = tulis.error ? galatSimpan(tulis.error) : null;

  const simpan = () => {
    if (hasil == null || perilaku == null) return;
    tulis.mutate({
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
    });
  };
  const galatDi = (field: string) => (galat?.field === field ? galat.pesan : null);

  return (
    <>
      <KartuHasilKerja
        data={data}
        rhk={rhk}
        renaksiPending={renaksiPending}
        umpanBalik={perRhkUb}
        onUmpanBalik={(id, teks) => setPerRhkUb((p) => ({ ...p, [id]: teks }))}
        nonaktif={nonaktif}
      />
      <KartuPerilaku
        perilaku={data.perilaku}
        umpanBalik={perPerilaku}
        onUmpanBalik={(kode, teks) => setPerPerilaku((x) => ({ ...x, [kode]: teks }))}
        nonaktif={nonaktif}
      />

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
                onClick={simpan}
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
