import { Box, Card, CardActionArea, CardContent, LinearProgress, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  AutocompleteInput,
  DataTable,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  useListContext,
  useTranslate,
} from 'react-admin';
import { NipField } from '../common/fields';
import { useMskpDataProvider } from '../dataProvider';
import type { SkpBaris, StatusSkp } from '../dataProvider/types';
import { persenDisetujui, STATUS_SKP } from './aturan';
import { StatusSkpChip } from './komponen';
import { kunciSkp } from './kueri';

const STATUS_CHOICES = STATUS_SKP.map((id) => ({ id, name: `mskp.skp.status.${id}` }));
const JENIS_CHOICES = (['JPT', 'JA', 'JF'] as const).map((id) => ({ id, name: `mskp.skp.jenis.${id}` }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="tahun" source="tahun" alwaysOn sx={{ width: 120 }} />,
  <ReferenceInput key="opd_id" source="opd_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="nama" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  <SelectInput key="jenis" source="jenis" choices={JENIS_CHOICES} />,
];

/** Counts per status for the current filters (status itself ignored); a card sets the status filter. */
const ProgresSkp = () => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const { status: _status, ...dasar } = (filterValues ?? {}) as Record<string, unknown>;
  const { data } = useQuery({
    queryKey: kunciSkp.progres(dasar),
    queryFn: async () => {
      const pasangan = await Promise.all(
        STATUS_SKP.map(async (s) => [s, await dataProvider.hitung('skp', { ...dasar, status: s })] as const),
      );
      return Object.fromEntries(pasangan) as Record<StatusSkp, number>;
    },
    placeholderData: keepPreviousData,
    retry: false,
  });
  const total = data ? STATUS_SKP.reduce((sum, s) => sum + data[s], 0) : null;
  const persen = data ? persenDisetujui(data) : 0;
  return (
    <Box sx={{ px: 2, pt: 2 }} data-testid="skp-progres">
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: 'repeat(2, 1fr)', md: 'repeat(5, 1fr)' } }}>
        <Card variant="outlined">
          <CardActionArea onClick={() => setFilters(dasar, displayedFilters)} data-testid="progres-total">
            <CardContent sx={{ py: 1.5 }}>
              <Typography variant="caption" color="text.secondary">
                {translate('mskp.skp.total')}
              </Typography>
              <Typography variant="h5" sx={{ fontWeight: 600 }} data-testid="progres-total-jumlah">
                {total ?? '…'}
              </Typography>
            </CardContent>
          </CardActionArea>
        </Card>
        {STATUS_SKP.map((s) => (
          <Card
            key={s}
            variant="outlined"
            sx={filterValues?.status === s ? { borderColor: 'primary.main' } : undefined}
          >
            <CardActionArea
              onClick={() => setFilters({ ...dasar, status: s }, displayedFilters)}
              data-testid={`progres-${s}`}
            >
              <CardContent sx={{ py: 1.5 }}>
                <StatusSkpChip status={s} />
                <Typography variant="h5" sx={{ fontWeight: 600, mt: 0.5 }} data-testid={`progres-${s}-jumlah`}>
                  {data ? data[s] : '…'}
                </Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1.5 }}>
        <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {translate('mskp.skp.progres')}: {persen}% {translate('mskp.skp.status.DISETUJUI').toLowerCase()}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={persen}
          sx={{ flex: 1, height: 8, borderRadius: 4 }}
          color="success"
        />
      </Box>
    </Box>
  );
};

/** `/skp` (BKPSDM, Admin OPD): every SKP in scope, filters by OPD, status and year, progress counts. */
export const SkpList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ tahun: new Date().getFullYear() }}
    sort={{ field: 'pegawai_nama', order: 'ASC' }}
    perPage={25}
    empty={false}
    exporter={false}
  >
    <ProgresSkp />
    <DataTable<SkpBaris> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="pegawai_nip">
        <NipField source="pegawai_nip" />
      </DataTable.Col>
      <DataTable.Col source="pegawai_nama" />
      <DataTable.Col source="pegawai_jabatan" disableSort />
      <DataTable.Col source="opd_nama" disableSort />
      <DataTable.Col source="tahun" />
      <DataTable.Col source="jenis" render={(record) => record.jenis} />
      <DataTable.Col source="status" render={(record) => <StatusSkpChip status={record.status} />} />
      <DataTable.Col source="penilai_nama" disableSort />
    </DataTable>
  </List>
);
