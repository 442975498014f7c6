import { Box, Chip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Evaluasi } from '../../dataProvider/evaluasi';
import { intlLocale } from '../../i18n';
import { formatAngka } from '../../common/angka';
import { formatDate } from '../../util/format';
import { CetakEvaluasi, PerilakuPltChip, PredikatChip } from '../komponen';

/** The server's stored answer: predikat, Plt marker, angka kredit, who and when. */
export const EvaluasiTersimpan = ({ evaluasi }: { evaluasi: Evaluasi }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }} data-testid="evaluasi-tersimpan">
      <Typography variant="body2">{translate('mskp.evaluasi.predikat_server')}</Typography>
      <PredikatChip kode={evaluasi.predikat.kode} nama={evaluasi.predikat.nama} testId="predikat-server" />
      <CetakEvaluasi evaluasi={evaluasi} kecil />
      {evaluasi.perilaku_source === 'PLT' && evaluasi.konteks === 'DEFINITIF' ? (
        <PerilakuPltChip asli={evaluasi.rating_perilaku_asli} />
      ) : null}
      {evaluasi.angka_kredit != null ? (
        <Chip
          size="small"
          variant="outlined"
          label={translate('mskp.evaluasi.angka_kredit_nilai', { nilai: formatAngka(evaluasi.angka_kredit, lokal, 3) })}
          data-testid="angka-kredit"
        />
      ) : null}
      <Typography variant="caption" color="text.secondary">
        {translate('mskp.evaluasi.dinilai_oleh', {
          nama: `${evaluasi.penilai.sebagai === 'PLT' ? 'Plt. ' : ''}${evaluasi.penilai.nama ?? ''}`,
          tanggal: formatDate(evaluasi.dinilai_pada, lokal),
        })}
      </Typography>
    </Box>
  );
};
