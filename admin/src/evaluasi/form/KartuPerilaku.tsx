import { Box, Card, CardContent, CardHeader, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PersiapanEvaluasi } from '../../dataProvider/evaluasi';

/** The BerAKHLAK values with their behaviours and expectation, and an umpan balik per value. */
export const KartuPerilaku = ({
  perilaku,
  umpanBalik,
  onUmpanBalik,
  nonaktif,
}: {
  perilaku: PersiapanEvaluasi['perilaku'];
  umpanBalik: Record<string, string>;
  onUmpanBalik: (kode: string, teks: string) => void;
  nonaktif: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Card data-testid="evaluasi-perilaku">
      <CardHeader title={translate('mskp.evaluasi.perilaku')} slotProps={{ title: { variant: 'h6' } }} />
      <CardContent sx={{ pt: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        {perilaku.map((p) => (
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
              value={umpanBalik[p.kode] ?? ''}
              onChange={(event) => onUmpanBalik(p.kode, event.target.value)}
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
  );
};
