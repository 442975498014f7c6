import { Box } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n';
import { BULAN, namaBulan, pilihanTahun } from './periode';
import { PilihanNative } from './PilihanNative';

/** Year and month pickers (native selects, month names in the UI language); no month picker without `onBulan`. */
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
  const daftarTahun = [...new Set([...pilihanTahun(tahunIni), tahun])].sort();
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      <PilihanNative
        size="small"
        label={translate('mskp.renaksi.tahun')}
        value={tahun}
        onChange={(nilai) => onTahun(Number(nilai))}
        sx={{ width: 110 }}
        pilihan={daftarTahun.map((t) => ({ id: t, name: t }))}
        testId="periode-tahun"
      />
      {bulan != null && onBulan ? (
        <PilihanNative
          size="small"
          label={translate('mskp.renaksi.bulan')}
          value={bulan}
          onChange={(nilai) => onBulan(Number(nilai))}
          sx={{ width: 160 }}
          pilihan={BULAN.map((b) => ({ id: b, name: namaBulan(b, intlLocale(locale)) }))}
          testId="periode-bulan"
        />
      ) : null}
    </Box>
  );
};
