import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import type { SkpDetail } from '../dataProvider/types';
import type { Kedudukan } from './aturan';
import { useAksi } from './kueri';

/**
 * The 7 BerAKHLAK core values with their behaviours; the penilai writes the ekspektasi khusus
 * pimpinan for each (owner and others read them).
 */
export const PerilakuTab = ({ skp, saya }: { skp: SkpDetail; saya: Kedudukan }) => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const bolehIsi = saya.pemutus && !saya.sebagaiAdmin;
  const [isian, setIsian] = useState<Record<string, string>>(() =>
    Object.fromEntries(skp.ekspektasi.map((e) => [e.kode, e.ekspektasi ?? ''])),
  );
  const { sibuk, jalankan } = useAksi(skp.id);
  return (
    <Box data-testid="perilaku">
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('mskp.skp.ekspektasi_petunjuk')}
      </Alert>
      {skp.ekspektasi.map((nilai, i) => (
        <Card key={nilai.kode} variant="outlined" sx={{ mb: 1.5 }} data-testid="perilaku-item">
          <CardContent>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {i + 1}. {nilai.nama}
            </Typography>
            <Box component="ul" sx={{ mt: 0.5, mb: 1, pl: 3 }}>
              {nilai.perilaku.map((perilaku) => (
                <Typography component="li" variant="body2" key={perilaku}>
                  {perilaku}
                </Typography>
              ))}
            </Box>
            {bolehIsi ? (
              <TextField
                label={translate('mskp.skp.ekspektasi')}
                value={isian[nilai.kode] ?? ''}
                onChange={(event) => setIsian({ ...isian, [nilai.kode]: event.target.value })}
                multiline
                fullWidth
                slotProps={{ htmlInput: { 'data-testid': `ekspektasi-${nilai.kode}`, maxLength: 4000 } }}
              />
            ) : (
              <Typography variant="body2">
                <strong>{translate('mskp.skp.ekspektasi')}:</strong>{' '}
                {nilai.ekspektasi || (
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    {translate('mskp.skp.ekspektasi_kosong')}
                  </Box>
                )}
              </Typography>
            )}
          </CardContent>
        </Card>
      ))}
      {bolehIsi ? (
        <Button
          variant="contained"
          disabled={sibuk}
          data-testid="ekspektasi-simpan"
          onClick={() =>
            void jalankan(
              () =>
                dataProvider.simpanEkspektasi(
                  skp.id,
                  skp.ekspektasi.map((e) => ({ kode: e.kode, ekspektasi: (isian[e.kode] ?? '').trim() })),
                ),
              'mskp.skp.tersimpan',
            )
          }
        >
          {translate('mskp.skp.ekspektasi_simpan')}
        </Button>
      ) : null}
    </Box>
  );
};
