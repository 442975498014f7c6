import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLabelBulan } from './bersama';

const BULAN = Array.from({ length: 14 }, (_, i) => i + 1);

/** The year, month (with THR and Gaji 13) and OPD of the TPP screen; an Admin OPD's OPD is fixed. */
export const SaringanTpp = ({
  tahun,
  bulan,
  opdId,
  daftarOpd,
  adminOpd,
  onTahun,
  onBulan,
  onOpd,
}: {
  tahun: number;
  bulan: number;
  opdId: string;
  daftarOpd: Array<{ id: string; nama: string }>;
  adminOpd: boolean;
  onTahun: (tahun: number) => void;
  onBulan: (bulan: number) => void;
  onOpd: (opdId: string) => void;
}) => {
  const translate = useTranslate();
  const labelBulan = useLabelBulan();
  return (
    <>
      <TextField
        size="small"
        type="number"
        label={translate('mskp.tpp.tahun')}
        data-testid="tpp-tahun"
        value={tahun}
        onChange={(e) => onTahun(Number(e.target.value))}
        sx={{ width: 110 }}
      />
      <TextField
        select
        size="small"
        label={translate('mskp.tpp.bulan')}
        data-testid="tpp-bulan"
        value={bulan}
        onChange={(e) => onBulan(Number(e.target.value))}
        sx={{ width: 160 }}
      >
        {BULAN.map((b) => (
          <MenuItem key={b} value={b} data-bulan={b}>
            {labelBulan(b)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate('mskp.tpp.opd')}
        value={opdId}
        onChange={(e) => onOpd(e.target.value)}
        sx={{ minWidth: 260 }}
        data-testid="tpp-opd"
        disabled={adminOpd}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{translate(adminOpd ? 'mskp.tpp.opd_sendiri' : 'mskp.tpp.semua_opd')}</MenuItem>
        {daftarOpd.map((o) => (
          <MenuItem key={o.id} value={o.id}>
            {o.nama}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
};
