import { Button, Card, CardContent, CardHeader, List, ListItem, ListItemText } from '@mui/material';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import type { Pegawai } from '../dataProvider/types';
import { CetakSkpBulanan } from '../common/realisasi/komponen';
import { formatNip } from '../util/format';

/** The penilai's subordinates: reopen a month's entry after the deadline, print the monthly SKP. */
export const BawahanPemeriksaan = ({
  bawahan,
  tahun,
  bulan,
  periode,
  onBuka,
}: {
  bawahan: Pegawai[];
  tahun: number;
  bulan: number;
  periode: { bulan: string; tahun: number };
  onBuka: (pegawai: { nip: string; nama: string }) => void;
}) => {
  const translate = useTranslate();
  return (
    <Card>
      <CardHeader
        title={translate('mskp.renaksi.bawahan_judul', periode)}
        subheader={translate('mskp.renaksi.bawahan_petunjuk')}
        slotProps={{ title: { variant: 'h6' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {bawahan.length === 0 ? (
          <EmptyNote testId="pemeriksaan-tanpa-bawahan">{translate('mskp.portal.bawahan_kosong')}</EmptyNote>
        ) : (
          <List dense disablePadding>
            {bawahan.map((p) => (
              <ListItem
                key={p.id}
                divider
                data-testid="pemeriksaan-pegawai"
                data-nip={p.nip}
                sx={{ flexWrap: 'wrap', gap: 1 }}
              >
                <ListItemText
                  primary={p.nama_lengkap || p.nama}
                  secondary={[formatNip(p.nip), p.jabatan_nama].filter(Boolean).join(' · ')}
                />
                <Button
                  size="small"
                  startIcon={<LockOpenIcon />}
                  onClick={() => onBuka({ nip: p.nip, nama: p.nama_lengkap || p.nama })}
                  data-testid="buka-input"
                >
                  {translate('mskp.renaksi.buka_input')}
                </Button>
                <CetakSkpBulanan nip={p.nip} tahun={tahun} bulan={bulan} kecil testId="cetak-bulanan-pegawai" />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
};
