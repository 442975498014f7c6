import { Box, Card, Chip, Skeleton } from '@mui/material';
import {
  DataTable,
  ListContextProvider,
  ResourceContextProvider,
  SelectField,
  Title,
  useGetList,
  useList,
  useTranslate,
} from 'react-admin';
import { JENIS_PENUGASAN } from '../common/choices';
import { EmptyNote } from '../common/EmptyState';
import { TanggalField } from '../common/fields';
import { useOwnPegawai } from '../common/useIdentity';
import type { Penugasan } from '../dataProvider/types';

/** `/penugasan-saya`: the signed-in pegawai's assignments, newest first. */
export const PenugasanSaya = () => {
  const translate = useTranslate();
  const { pegawai, isPending: pegawaiPending, hasPegawai } = useOwnPegawai();
  const { data = [], isPending } = useGetList<Penugasan>(
    'penugasan',
    {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'tmt_mulai', order: 'DESC' },
      filter: { pegawai_id: pegawai?.id },
    },
    { enabled: !!pegawai?.id },
  );
  // the server already scopes; keep only own rows in case a penilai sees more
  const own = data.filter((row) => !pegawai || !row.pegawai_nip || row.pegawai_nip === pegawai.nip);
  const listContext = useList({
    data: own,
    isPending: pegawaiPending || (!!pegawai && isPending),
    resource: 'penugasan',
  });

  return (
    <Box sx={{ mt: 1 }} data-testid="penugasan-saya">
      <Title title="mskp.portal.penugasan_judul" />
      {pegawaiPending || (pegawai && isPending) ? (
        <Skeleton variant="rectangular" height={160} />
      ) : !hasPegawai ? (
        <EmptyNote>{translate('mskp.portal.tanpa_pegawai')}</EmptyNote>
      ) : own.length === 0 ? (
        <EmptyNote testId="penugasan-saya-kosong">{translate('mskp.portal.penugasan_kosong')}</EmptyNote>
      ) : (
        <Card>
          <ResourceContextProvider value="penugasan">
            <ListContextProvider value={listContext}>
              <DataTable bulkActionButtons={false} rowClick={false}>
                <DataTable.Col source="jabatan_nama" />
                <DataTable.Col source="opd_nama" />
                <DataTable.Col source="jenis">
                  <SelectField source="jenis" choices={JENIS_PENUGASAN} />
                </DataTable.Col>
                <DataTable.Col source="tmt_mulai">
                  <TanggalField source="tmt_mulai" />
                </DataTable.Col>
                <DataTable.Col source="tmt_akhir">
                  <TanggalField source="tmt_akhir" />
                </DataTable.Col>
                <DataTable.Col source="nomor_sk" />
                <DataTable.Col
                  source="aktif"
                  render={(record) =>
                    record.aktif ? (
                      <Chip size="small" color="success" label={translate('mskp.penugasan.aktif_hari_ini')} />
                    ) : (
                      '-'
                    )
                  }
                />
              </DataTable>
            </ListContextProvider>
          </ResourceContextProvider>
        </Card>
      )}
    </Box>
  );
};
