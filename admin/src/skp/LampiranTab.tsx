import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { PilihanNative } from '../common/PilihanNative';
import { useMskpDataProvider } from '../dataProvider';
import type { SkpDetail } from '../dataProvider/types';
import { barisKeDaftar, LAMPIRAN, skpBolehDiubah, type Kedudukan } from './aturan';
import { useAksi } from './kueri';

/**
 * Pendekatan and the three attachment lists (Dukungan Sumber Daya, Skema Pertanggungjawaban,
 * Konsekuensi). The owner edits them while the SKP is a draft or was returned (one item per line);
 * the others read them.
 */
export const LampiranTab = ({ skp, saya }: { skp: SkpDetail; saya: Kedudukan }) => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const bolehUbah = saya.pemilik && skpBolehDiubah(skp.status);
  const [pendekatan, setPendekatan] = useState(skp.pendekatan);
  const [isian, setIsian] = useState<Record<string, string>>(() =>
    Object.fromEntries(LAMPIRAN.map((kunci) => [kunci, (skp.lampiran?.[kunci] ?? []).join('\n')])),
  );
  const { sibuk, jalankan } = useAksi(skp.id);

  if (!bolehUbah) {
    return (
      <Stack spacing={2} data-testid="lampiran">
        <Typography variant="body2">
          <strong>{translate('mskp.skp.pendekatan')}:</strong>{' '}
          {translate(`mskp.skp.pendekatan_pilihan.${skp.pendekatan}`)}
        </Typography>
        {LAMPIRAN.map((kunci) => {
          const isi = skp.lampiran?.[kunci] ?? [];
          return (
            <Box key={kunci}>
              <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                {translate(`mskp.skp.lampiran.${kunci}`)}
              </Typography>
              {isi.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  {translate('mskp.skp.lampiran_kosong')}
                </Typography>
              ) : (
                <Box component="ol" sx={{ m: 0, pl: 3 }}>
                  {isi.map((teks, i) => (
                    <Typography component="li" variant="body2" key={i}>
                      {teks}
                    </Typography>
                  ))}
                </Box>
              )}
            </Box>
          );
        })}
      </Stack>
    );
  }

  return (
    <Stack spacing={2} data-testid="lampiran">
      <PilihanNative<SkpDetail['pendekatan']>
        label={translate('mskp.skp.pendekatan')}
        value={pendekatan}
        onChange={setPendekatan}
        sx={{ maxWidth: 280 }}
        pilihan={(['KUANTITATIF', 'KUALITATIF'] as const).map((p) => ({
          id: p,
          name: translate(`mskp.skp.pendekatan_pilihan.${p}`),
        }))}
        testId="skp-pendekatan"
      />
      {LAMPIRAN.map((kunci) => (
        <TextField
          key={kunci}
          label={translate(`mskp.skp.lampiran.${kunci}`)}
          helperText={translate('mskp.skp.lampiran_petunjuk')}
          value={isian[kunci] ?? ''}
          onChange={(event) => setIsian({ ...isian, [kunci]: event.target.value })}
          multiline
          minRows={3}
          fullWidth
          slotProps={{ htmlInput: { 'data-testid': `lampiran-${kunci}` } }}
        />
      ))}
      <Box>
        <Button
          variant="contained"
          disabled={sibuk}
          data-testid="lampiran-simpan"
          onClick={() =>
            void jalankan(
              () =>
                dataProvider.ubahSkp(skp.id, {
                  pendekatan,
                  lampiran: Object.fromEntries(LAMPIRAN.map((kunci) => [kunci, barisKeDaftar(isian[kunci] ?? '')])),
                  updatedAt: skp.updatedAt,
                }),
              'mskp.skp.tersimpan',
            )
          }
        >
          {translate('ra.action.save')}
        </Button>
      </Box>
    </Stack>
  );
};
