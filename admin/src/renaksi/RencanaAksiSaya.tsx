import { Box, Card, CardContent, Skeleton, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { useMe } from '../common/useIdentity';
import { hariIniJakarta } from '../common/periode';
import { PilihPeriode } from '../common/PilihPeriode';
import { CetakSkpBulanan } from '../common/realisasi/komponen';
import { TampilanBulanan } from './TampilanBulanan';
import { TampilanTahunan } from './TampilanTahunan';

/**
 * `/rencana-aksi-saya`: my rencana aksi of a month (default the current one) with the month's capaian,
 * realisasi entry with evidence, the penilai's umpan balik; a yearly view; the monthly SKP print.
 */
export const RencanaAksiSaya = () => {
  const translate = useTranslate();
  const { me, isPending } = useMe();
  const hari = hariIniJakarta();
  const [tahun, setTahun] = useState(Number(hari.slice(0, 4)));
  const [bulan, setBulan] = useState(Number(hari.slice(5, 7)));
  const [tampilan, setTampilan] = useState<'bulanan' | 'tahunan'>('bulanan');
  const nip = me?.pegawai?.nip;
  return (
    <Box sx={{ mt: 1 }} data-testid="rencana-aksi-saya">
      <Title title="mskp.renaksi.judul_saya" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1" sx={{ mr: 1 }}>
            {translate('mskp.renaksi.judul_saya')}
          </Typography>
          <PilihPeriode
            tahun={tahun}
            bulan={tampilan === 'bulanan' ? bulan : undefined}
            onTahun={setTahun}
            onBulan={setBulan}
          />
          <ToggleButtonGroup
            size="small"
            exclusive
            value={tampilan}
            onChange={(_event, value: 'bulanan' | 'tahunan' | null) => value && setTampilan(value)}
          >
            <ToggleButton value="bulanan" data-testid="tampilan-bulanan">
              {translate('mskp.renaksi.bulanan')}
            </ToggleButton>
            <ToggleButton value="tahunan" data-testid="tampilan-tahunan">
              {translate('mskp.renaksi.tahunan')}
            </ToggleButton>
          </ToggleButtonGroup>
          <Box sx={{ flex: 1 }} />
          {nip && tampilan === 'bulanan' ? <CetakSkpBulanan nip={nip} tahun={tahun} bulan={bulan} /> : null}
        </CardContent>
      </Card>
      {isPending ? (
        <Skeleton variant="rectangular" height={240} />
      ) : !nip ? (
        <EmptyNote>{translate('mskp.portal.tanpa_pegawai')}</EmptyNote>
      ) : tampilan === 'bulanan' ? (
        <TampilanBulanan key={`${tahun}-${bulan}`} nip={nip} tahun={tahun} bulan={bulan} />
      ) : (
        <TampilanTahunan nip={nip} tahun={tahun} />
      )}
    </Box>
  );
};
