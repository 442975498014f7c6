import { Box, Card, CardContent, CardHeader, List, ListItemButton, ListItemText, Skeleton, Stack } from '@mui/material';
import { Title, useGetList, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { EmptyNote } from '../common/EmptyState';
import { useMe } from '../common/useIdentity';
import type { RhkBaris, SkpBaris } from '../dataProvider/types';
import { formatNip } from '../util/format';
import { PREFIX, StatusSkpChip } from './komponen';

/**
 * `/persetujuan-skp`: the penilai's inbox. The server scopes the lists to self and subordinates at
 * today's date (Plt posts included); the two inboxes keep what names the caller as penilai (the SKP's
 * snapshot, rewritten at each submission), so a Kepala Dinas does not see his Kabid's staff's SKP there.
 */
export const PersetujuanSkp = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { me, isPending: mePending } = useMe();
  const nip = me?.pegawai?.nip;
  const opsi = { enabled: !!nip };
  const { data: skp = [], isPending: skpPending } = useGetList<SkpBaris>(
    'skp',
    {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'updatedAt', order: 'ASC' },
      filter: { status: 'DIAJUKAN' },
    },
    opsi,
  );
  const { data: rhk = [], isPending: rhkPending } = useGetList<RhkBaris>(
    'rhk',
    {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'urutan', order: 'ASC' },
      filter: { status_revisi: 'DIAJUKAN' },
    },
    opsi,
  );
  const { data: semua = [], isPending: semuaPending } = useGetList<SkpBaris>(
    'skp',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'tahun', order: 'DESC' }, filter: {} },
    opsi,
  );
  // waiting for me: the SKP names me as its penilai (written when it was submitted; the server checks again on every action)
  const menunggu = skp.filter((row) => row.pegawai_nip !== nip && row.penilai_nip === nip);
  const revisi = rhk.filter((row) => row.pegawai_nip !== nip && row.penilai_nip === nip);
  const lainnya = semua.filter((row) => row.pegawai_nip !== nip && row.status !== 'DIAJUKAN');
  const buka = (id: string | null | undefined) => id && navigate(`/skp/${encodeURIComponent(id)}/show`);

  const baris = (row: SkpBaris, testId: string) => (
    <ListItemButton
      key={row.id}
      divider
      onClick={() => buka(String(row.id))}
      data-testid={testId}
      data-nip={row.pegawai_nip}
      data-tahun={row.tahun}
    >
      <ListItemText
        primary={`${row.pegawai_nama ?? '-'} · SKP ${row.tahun}`}
        secondary={`${row.pegawai_nip ? formatNip(row.pegawai_nip) : ''} · ${row.penugasan_jenis ? (PREFIX[row.penugasan_jenis] ?? '') : ''}${row.pegawai_jabatan ?? ''}${
          row.penilai_sebagai && row.penilai_sebagai !== 'DEFINITIF'
            ? ` · ${translate('mskp.skp.penilai')}: ${PREFIX[row.penilai_sebagai] ?? ''}${row.penilai_nama ?? ''}`
            : ''
        }`}
      />
      <StatusSkpChip status={row.status} />
    </ListItemButton>
  );

  if (mePending) return <Skeleton variant="rectangular" height={200} sx={{ mt: 1 }} />;
  return (
    <Box sx={{ mt: 1 }} data-testid="persetujuan-skp">
      <Title title="mskp.skp.judul_persetujuan" />
      <Stack spacing={2}>
        <Card>
          <CardHeader title={translate('mskp.skp.inbox_skp')} slotProps={{ title: { variant: 'h6' } }} />
          <CardContent sx={{ pt: 0 }}>
            {skpPending ? (
              <Skeleton variant="rectangular" height={80} />
            ) : menunggu.length === 0 ? (
              <EmptyNote testId="persetujuan-kosong">{translate('mskp.skp.inbox_kosong')}</EmptyNote>
            ) : (
              <List disablePadding>{menunggu.map((row) => baris(row, 'persetujuan-item'))}</List>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader title={translate('mskp.skp.inbox_rhk')} slotProps={{ title: { variant: 'h6' } }} />
          <CardContent sx={{ pt: 0 }}>
            {rhkPending ? (
              <Skeleton variant="rectangular" height={60} />
            ) : revisi.length === 0 ? (
              <EmptyNote testId="persetujuan-rhk-kosong">{translate('mskp.skp.inbox_rhk_kosong')}</EmptyNote>
            ) : (
              <List disablePadding>
                {revisi.map((row) => (
                  <ListItemButton
                    key={row.id}
                    divider
                    onClick={() => buka(row.skp_id)}
                    data-testid="persetujuan-rhk-item"
                  >
                    <ListItemText
                      primary={row.uraian}
                      secondary={`${row.pegawai_nama ?? '-'} · SKP ${row.tahun ?? ''}`}
                    />
                    <StatusSkpChip status="DIAJUKAN" />
                  </ListItemButton>
                ))}
              </List>
            )}
          </CardContent>
        </Card>
        {semuaPending || lainnya.length === 0 ? null : (
          <Card>
            <CardHeader title={translate('mskp.skp.inbox_semua')} slotProps={{ title: { variant: 'h6' } }} />
            <CardContent sx={{ pt: 0 }}>
              <List disablePadding>{lainnya.map((row) => baris(row, 'bawahan-skp-item'))}</List>
            </CardContent>
          </Card>
        )}
      </Stack>
    </Box>
  );
};
