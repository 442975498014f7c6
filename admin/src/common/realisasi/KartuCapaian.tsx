import { Alert, Box, Card, CardContent, Chip, List, ListItem, ListItemText, Skeleton, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Capaian } from '../../dataProvider/renaksi';
import { intlLocale } from '../../i18n';
import { formatDate, formatNip } from '../../util/format';
import { formatPersen } from '../angka';
import { namaBulan } from '../periode';
import { prefixSebagai } from './aturan';

/**
 * The month's capaian (GET /api/capaian): figure, formula, "sementara" while realisasi wait or the
 * deadline has not passed, the input deadline; for a Kepala OPD the figure from his direct
 * subordinates, vacant posts shown as "Kosong" and acting holders marked "Plt.".
 */
export const KartuCapaian = ({
  capaian,
  isPending,
  error,
}: {
  capaian?: Capaian;
  isPending: boolean;
  error?: Error;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  if (isPending && !capaian) return <Skeleton variant="rectangular" height={120} />;
  if (error) {
    return (
      <Alert severity="warning" data-testid="capaian-galat">
        {translate('mskp.error.gagal_memuat', { pesan: error.message })}
      </Alert>
    );
  }
  if (!capaian) return null;
  const kepala = capaian.kepala_opd;
  return (
    <Card data-testid="kartu-capaian">
      <CardContent sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: kepala ? '1fr 1fr' : '1fr' } }}>
        <Box>
          <Typography variant="overline" color="text.secondary">
            {translate('mskp.renaksi.capaian_bulan', { bulan: namaBulan(capaian.bulan, lokal), tahun: capaian.tahun })}
          </Typography>
          <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
            <Typography variant="h3" component="p" sx={{ fontWeight: 700 }} data-testid="capaian-nilai">
              {formatPersen(capaian.capaian, lokal)}
            </Typography>
            {capaian.sementara ? (
              <Chip
                size="small"
                color="warning"
                variant="outlined"
                label={translate('mskp.renaksi.sementara')}
                data-testid="capaian-sementara"
              />
            ) : null}
          </Box>
          <Typography variant="body2" color="text.secondary">
            {capaian.sumber === 'BAWAHAN_LANGSUNG'
              ? translate('mskp.renaksi.sumber_bawahan')
              : translate(`mskp.renaksi.formula.${capaian.formula ?? 'representatif'}`, { _: capaian.formula ?? '-' })}
          </Typography>
          {capaian.sumber_alasan && capaian.sumber !== 'BAWAHAN_LANGSUNG' ? (
            <Typography variant="body2" color="warning.main" data-testid="capaian-sumber-alasan">
              {translate(`mskp.renaksi.sumber_alasan.${capaian.sumber_alasan.kode}`, {
                _: capaian.sumber_alasan.uraian,
              })}
            </Typography>
          ) : null}
          {capaian.sumber === 'BAWAHAN_LANGSUNG' ? (
            <Typography variant="body2" color="text.secondary">
              {translate('mskp.renaksi.capaian_sendiri', { nilai: formatPersen(capaian.capaian_sendiri, lokal) })}
            </Typography>
          ) : null}
          {capaian.sementara ? (
            <Typography variant="caption" color="text.secondary" component="p">
              {translate('mskp.renaksi.sementara_petunjuk')}
            </Typography>
          ) : null}
          <Typography
            variant="body2"
            sx={{ mt: 1, fontWeight: 500 }}
            color={capaian.lewat_batas_input ? 'error' : 'text.primary'}
            data-testid="capaian-batas"
          >
            {translate(capaian.lewat_batas_input ? 'mskp.renaksi.batas_lewat' : 'mskp.renaksi.batas_input', {
              tanggal: formatDate(`${capaian.batas_input}T00:00:00`, lokal),
            })}
          </Typography>
        </Box>
        {kepala ? (
          <Box data-testid="capaian-kepala">
            <Typography variant="overline" color="text.secondary">
              {translate('mskp.renaksi.bawahan_langsung', { jabatan: kepala.jabatan.nama })}
            </Typography>
            {kepala.bawahan.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {translate('mskp.renaksi.bawahan_kosong')}
              </Typography>
            ) : (
              <List dense disablePadding>
                {kepala.bawahan.map((b) => (
                  <ListItem
                    key={String(b.jabatan.id)}
                    divider
                    disableGutters
                    data-testid="capaian-bawahan"
                    data-kosong={b.pemegang ? 'false' : 'true'}
                    secondaryAction={
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>
                        {b.pemegang ? formatPersen(b.capaian, lokal) : '-'}
                      </Typography>
                    }
                  >
                    <ListItemText
                      primary={b.jabatan.nama}
                      secondary={
                        b.pemegang ? (
                          `${prefixSebagai(b.pemegang.sebagai)}${b.pemegang.nama ?? ''}${b.pemegang.nip ? ` · ${formatNip(b.pemegang.nip)}` : ''}`
                        ) : (
                          <Chip size="small" label={translate('mskp.renaksi.kosong')} data-testid="jabatan-kosong" />
                        )
                      }
                      slotProps={{ secondary: { component: 'div' } }}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
};
