import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { EmptyNote } from '../common/EmptyState';
import { useMskpDataProvider } from '../dataProvider';
import type { RenaksiBulan } from '../dataProvider/renaksi';
import { KartuCapaian } from '../common/realisasi/KartuCapaian';
import { kueriCapaian, kueriRenaksiBulan } from '../common/realisasi/kueri';
import { perRhk } from './aturan';
import { BarisBulanan } from './BarisBulanan';
import { RealisasiDialog } from './RealisasiDialog';

/** The month: one table per RHK, renaksi rows with target, realisasi, capaian, status, evidence, umpan balik. */
export const TampilanBulanan = ({ nip, tahun, bulan }: { nip: string; tahun: number; bulan: number }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const dataProvider = useMskpDataProvider();
  const [isi, setIsi] = useState<RenaksiBulan | null>(null);
  const daftar = useQuery(kueriRenaksiBulan(dataProvider, nip, tahun, bulan));
  const capaian = useQuery(kueriCapaian(dataProvider, nip, tahun, bulan));
  const rows = daftar.data ?? [];
  return (
    <Stack spacing={2}>
      <KartuCapaian capaian={capaian.data} isPending={capaian.isPending} error={capaian.error ?? undefined} />
      {daftar.isPending && !daftar.data ? (
        <Skeleton variant="rectangular" height={200} />
      ) : daftar.error ? (
        <Alert severity="error">{translate('mskp.error.gagal_memuat', { pesan: daftar.error.message })}</Alert>
      ) : rows.length === 0 ? (
        <EmptyNote testId="renaksi-kosong">
          {translate('mskp.renaksi.kosong_bulan')}
          <Box sx={{ mt: 1 }}>
            <Button size="small" onClick={() => navigate('/skp-saya')} data-testid="renaksi-ke-skp">
              {translate('mskp.renaksi.ke_skp_saya')}
            </Button>
          </Box>
        </EmptyNote>
      ) : (
        perRhk(rows).map(({ rhk, renaksi }) => (
          <Card key={rhk.id} data-testid="rhk-kelompok" data-rhk={rhk.id}>
            <CardHeader
              title={rhk.uraian}
              subheader={translate(`mskp.skp.jenis_rhk.${rhk.jenis}`)}
              slotProps={{ title: { variant: 'subtitle1', sx: { fontWeight: 600 } } }}
            />
            <CardContent sx={{ pt: 0, overflowX: 'auto' }}>
              <Table size="small" sx={{ tableLayout: 'fixed', minWidth: 960 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('mskp.renaksi.rencana_aksi')}</TableCell>
                    <TableCell align="right" sx={{ width: 110 }}>
                      {translate('mskp.renaksi.target')}
                    </TableCell>
                    <TableCell align="right" sx={{ width: 90 }}>
                      {translate('mskp.renaksi.realisasi')}
                    </TableCell>
                    <TableCell align="right" sx={{ width: 90 }}>
                      {translate('mskp.renaksi.capaian')}
                    </TableCell>
                    <TableCell sx={{ width: 170 }}>{translate('mskp.renaksi.status_label')}</TableCell>
                    <TableCell sx={{ width: 240 }}>{translate('mskp.renaksi.bukti_umpan_balik')}</TableCell>
                    <TableCell sx={{ width: 190 }} />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {renaksi.map((row) => (
                    <BarisBulanan
                      key={row.id}
                      row={row}
                      tahun={tahun}
                      bulan={bulan}
                      lewatBatas={!!capaian.data?.lewat_batas_input && !capaian.data?.input_terbuka}
                      onIsi={setIsi}
                    />
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
        ))
      )}
      {isi ? (
        <RealisasiDialog
          key={isi.id}
          renaksi={isi}
          tahun={tahun}
          bulan={bulan}
          onClose={() => setIsi(null)}
          onTersimpan={() => setIsi(null)}
        />
      ) : null}
    </Stack>
  );
};
