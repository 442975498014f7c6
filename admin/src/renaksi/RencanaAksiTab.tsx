import { Alert, Box, Button, IconButton, Skeleton, Stack, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { useMskpDataProvider } from '../dataProvider';
import type { RenaksiTahun } from '../dataProvider/renaksi';
import type { Rhk, SkpDetail } from '../dataProvider/types';
import { KUNCI, kueriRenaksiTahun, muatUlangRenaksi } from '../common/realisasi/kueri';
import { rhkBolehDiubah, type Kedudukan } from '../common/skp';
import { GridTahunan } from './GridTahunan';
import { RenaksiDialog } from './RenaksiDialog';

/**
 * The "Rencana Aksi" tab of the SKP screen: renaksi per RHK with monthly targets (RTP marked); the owner
 * adds, edits and deletes them while the SKP is a draft/returned or that RHK is reopened for revision.
 */
export const RencanaAksiTab = ({ skp, saya }: { skp: SkpDetail; saya: Kedudukan }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useMskpDataProvider();
  const nip = skp.pegawai?.nip ?? '';
  const queryClient = useQueryClient();
  // a change of the SKP (its workflow, a reopened RHK) reloads the renaksi, as the version is in the key
  const { data, isPending, error } = useQuery({
    ...kueriRenaksiTahun(dataProvider, nip, skp.tahun),
    queryKey: [...KUNCI.renaksiTahun(nip, skp.tahun), skp.updatedAt],
    enabled: !!nip,
    placeholderData: keepPreviousData,
  });
  const hapus = useMutation({
    mutationFn: (id: string) => dataProvider.hapusRenaksi(id),
    onSuccess: () => {
      notify('mskp.skp.terhapus', { type: 'success' });
      return muatUlangRenaksi(queryClient);
    },
    onError: (e) => {
      const pesan = e?.message || 'ra.notification.http_error';
      notify(pesan, { type: 'error', messageArgs: { _: pesan } });
    },
  });
  const [dialog, setDialog] = useState<{ rhk: Rhk; renaksi?: RenaksiTahun } | null>(null);

  if (nip && isPending && !data) return <Skeleton variant="rectangular" height={160} />;
  if (error) return <Alert severity="error">{translate('mskp.error.gagal_memuat', { pesan: error.message })}</Alert>;
  const milikSkp = (data ?? []).filter((r) => !r.skp || r.skp.id === skp.id);

  if (skp.rhk.length === 0)
    return <EmptyNote testId="renaksi-tanpa-rhk">{translate('mskp.renaksi.tanpa_rhk')}</EmptyNote>;
  return (
    <Stack spacing={3} data-testid="tab-renaksi-isi">
      {skp.rhk.map((rhk) => {
        const renaksi = milikSkp.filter((r) => r.rhk.id === rhk.id);
        const bolehUbah = saya.pemilik && rhkBolehDiubah(skp.status, rhk.status_revisi);
        return (
          <Box key={rhk.id} data-testid="renaksi-rhk" data-rhk={rhk.id}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
              <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1, minWidth: 240 }}>
                {rhk.uraian}
                <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                  {translate(`mskp.skp.jenis_rhk.${rhk.jenis}`)}
                </Typography>
              </Typography>
              {bolehUbah ? (
                <Button
                  size="small"
                  startIcon={<AddIcon />}
                  onClick={() => setDialog({ rhk })}
                  data-testid="renaksi-tambah"
                >
                  {translate('mskp.renaksi.tambah')}
                </Button>
              ) : null}
            </Box>
            {renaksi.length === 0 ? (
              <EmptyNote testId="renaksi-rhk-kosong">
                {translate(
                  bolehUbah
                    ? 'mskp.renaksi.rhk_kosong_ubah'
                    : saya.pemilik
                      ? 'mskp.renaksi.rhk_kosong_revisi'
                      : 'mskp.renaksi.rhk_kosong',
                )}
              </EmptyNote>
            ) : (
              <GridTahunan
                renaksi={renaksi}
                testId="renaksi-grid"
                aksi={
                  bolehUbah
                    ? (row) => (
                        <>
                          <Tooltip title={translate('mskp.renaksi.ubah')}>
                            <IconButton
                              size="small"
                              onClick={() => setDialog({ rhk, renaksi: row })}
                              data-testid="renaksi-ubah"
                            >
                              <EditIcon fontSize="small" />
                            </IconButton>
                          </Tooltip>
                          <Tooltip title={translate('mskp.renaksi.hapus')}>
                            <span>
                              <IconButton
                                size="small"
                                disabled={hapus.isPending && hapus.variables === row.id}
                                onClick={() => {
                                  if (window.confirm(translate('mskp.skp.konfirmasi_hapus'))) hapus.mutate(row.id);
                                }}
                                data-testid="renaksi-hapus"
                              >
                                <DeleteIcon fontSize="small" />
                              </IconButton>
                            </span>
                          </Tooltip>
                        </>
                      )
                    : undefined
                }
              />
            )}
          </Box>
        );
      })}
      {dialog ? (
        <RenaksiDialog
          rhk={dialog.rhk}
          renaksi={dialog.renaksi}
          onClose={() => setDialog(null)}
          onTersimpan={() => setDialog(null)}
        />
      ) : null}
    </Stack>
  );
};
