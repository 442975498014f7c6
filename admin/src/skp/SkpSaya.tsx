import {
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  List,
  ListItemButton,
  ListItemText,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, Title, useGetList, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { EmptyNote } from '../common/EmptyState';
import { PilihanNative } from '../common/PilihanNative';
import { useOwnPegawai } from '../common/useIdentity';
import { codeOf } from '../dataProvider/errors';
import { useMskpDataProvider } from '../dataProvider';
import type { SkpBaris } from '../dataProvider/types';
import { pilihanTahun } from './aturan';
import { PREFIX, StatusSkpChip } from './komponen';
import { pesanGagal } from './kueri';

/** `/skp-saya`: draft an SKP for a chosen year (default this year) and open my SKP. */
export const SkpSaya = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useMskpDataProvider();
  const tahunIni = new Date().getFullYear();
  const [tahun, setTahun] = useState(String(tahunIni));
  const { pegawai, isPending: pegawaiPending, hasPegawai } = useOwnPegawai();
  const { data = [], isPending } = useGetList<SkpBaris>(
    'skp',
    {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'tahun', order: 'DESC' },
      filter: { pegawai_id: pegawai?.id },
    },
    { enabled: !!pegawai?.id },
  );
  const milikSaya = data.filter((row) => !pegawai || row.pegawai_nip === pegawai.nip);
  const buka = (id: string) => navigate(`/skp/${encodeURIComponent(id)}/show`);

  const buat = useMutation({
    mutationFn: () => dataProvider.buatSkp({ tahun: Number(tahun) }),
    onSuccess: (skp) => {
      notify('mskp.skp.dibuat', { type: 'success' });
      buka(skp.id);
    },
    // an SKP of that year already exists: open it
    onError: (error) => {
      const body = error instanceof HttpError ? error.body : undefined;
      const ada = (body as { error?: { details?: { id?: string } } } | undefined)?.error?.details?.id;
      if (codeOf(body) === 'SKP_SUDAH_ADA' && ada) {
        notify('mskp.skp.sudah_ada', { type: 'info' });
        buka(ada);
      } else {
        notify(pesanGagal(error), { type: 'error' });
      }
    },
  });

  return (
    <Box sx={{ mt: 1 }} data-testid="skp-saya">
      <Title title="mskp.skp.judul_saya" />
      {pegawaiPending ? (
        <Skeleton variant="rectangular" height={200} />
      ) : !hasPegawai ? (
        <EmptyNote>{translate('mskp.portal.tanpa_pegawai')}</EmptyNote>
      ) : (
        <Stack spacing={2}>
          <Card>
            <CardHeader title={translate('mskp.skp.buat_judul')} slotProps={{ title: { variant: 'h6' } }} />
            <CardContent sx={{ pt: 0 }}>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate('mskp.skp.buat_petunjuk')}
              </Typography>
              <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                <PilihanNative
                  size="small"
                  label={translate('mskp.skp.tahun')}
                  value={tahun}
                  onChange={setTahun}
                  sx={{ width: 140 }}
                  pilihan={pilihanTahun(tahunIni).map((t) => ({ id: t, name: t }))}
                  testId="skp-tahun"
                />
                <Button
                  variant="contained"
                  startIcon={<AddIcon />}
                  disabled={buat.isPending}
                  onClick={() => buat.mutate()}
                  data-testid="skp-buat"
                >
                  {translate('mskp.skp.buat')}
                </Button>
              </Box>
            </CardContent>
          </Card>
          <Card>
            <CardHeader title={translate('mskp.skp.judul_saya')} slotProps={{ title: { variant: 'h6' } }} />
            <CardContent sx={{ pt: 0 }}>
              {isPending && !!pegawai ? (
                <Skeleton variant="rectangular" height={80} />
              ) : milikSaya.length === 0 ? (
                <EmptyNote testId="skp-saya-kosong">{translate('mskp.skp.daftar_saya_kosong')}</EmptyNote>
              ) : (
                <List disablePadding>
                  {milikSaya.map((row) => (
                    <ListItemButton
                      key={row.id}
                      divider
                      onClick={() => buka(String(row.id))}
                      data-testid="skp-saya-item"
                      data-tahun={row.tahun}
                      data-status={row.status}
                    >
                      <ListItemText
                        primary={`SKP ${row.tahun}`}
                        secondary={`${row.penugasan_jenis ? (PREFIX[row.penugasan_jenis] ?? '') : ''}${row.pegawai_jabatan ?? ''}${
                          row.penilai_nama ? ` · ${translate('mskp.skp.penilai')}: ${row.penilai_nama}` : ''
                        }`}
                      />
                      <StatusSkpChip status={row.status} />
                    </ListItemButton>
                  ))}
                </List>
              )}
            </CardContent>
          </Card>
        </Stack>
      )}
    </Box>
  );
};
