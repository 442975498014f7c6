import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Perubahan } from '../../dataProvider/types';
import { bidangPerubahan, nilaiPerubahan } from '../aturan';

/** Old → new per changed field of an RHK under revision (what the penilai reviews; the approved version stays in force). */
export const PerubahanRevisi = ({
  perubahan,
  pulihkan,
  sibuk,
}: {
  perubahan: Perubahan[];
  pulihkan?: (renaksiId: string) => void;
  sibuk?: boolean;
}) => {
  const translate = useTranslate();
  const nilai = (x: unknown) => {
    const n = nilaiPerubahan(x);
    return 'kunci' in n ? translate(`mskp.skp.${n.kunci}`) : n.teks;
  };
  const bidang = (field: string) => {
    const b = bidangPerubahan(field);
    return translate(`mskp.skp.perubahan_bidang.${b.kunci}`, { bulan: b.bulan, _: field });
  };
  return (
    <Box sx={{ mt: 1 }} data-testid="rhk-perubahan">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate('mskp.skp.perubahan_judul')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('mskp.skp.perubahan_objek_kolom')}</TableCell>
            <TableCell>{translate('mskp.skp.perubahan_bidang_kolom')}</TableCell>
            <TableCell>{translate('mskp.skp.perubahan_lama')}</TableCell>
            <TableCell>{translate('mskp.skp.perubahan_baru')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {perubahan.map((p, i) => (
            <TableRow key={`${p.objek}:${p.id}:${p.field}:${i}`} data-testid="rhk-perubahan-baris">
              <TableCell>
                {translate(`mskp.skp.perubahan_objek.${p.objek}`)}: {p.nama}
              </TableCell>
              <TableCell>{bidang(p.field)}</TableCell>
              <TableCell>{nilai(p.lama)}</TableCell>
              <TableCell>
                {nilai(p.baru)}
                {pulihkan && p.objek === 'RENAKSI' && p.field === 'ada' && p.baru == null ? (
                  // a renaksi deleted during the revision stays in force until approval; its owner may undo it
                  <Button
                    size="small"
                    sx={{ ml: 1 }}
                    data-testid="rhk-perubahan-pulihkan"
                    disabled={sibuk}
                    onClick={() => pulihkan(p.id)}
                  >
                    {translate('mskp.skp.perubahan_pulihkan')}
                  </Button>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
