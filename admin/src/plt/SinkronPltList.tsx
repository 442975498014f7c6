import { Chip } from '@mui/material';
import {
  DataTable,
  FunctionField,
  List,
  NumberField,
  NumberInput,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { TanggalField } from '../common/fields';
import { PerubahanRun } from './PerubahanRun';

const PEMICU = ['MANUAL', 'JADWAL', 'PENUGASAN', 'EVALUASI'] as const;
const STATUS = ['SELESAI', 'GAGAL'] as const;

/** A choice filter whose labels are mskp.plt.<source>.<value>. */
const PilihanInput = ({ source, nilai }: { source: 'pemicu' | 'status'; nilai: readonly string[] }) => {
  const translate = useTranslate();
  const choices = nilai.map((id) => ({ id, name: translate(`mskp.plt.${source}.${id}`) }));
  return <SelectInput source={source} choices={choices} />;
};

const filters = [
  <NumberInput key="tahun" source="tahun" alwaysOn />,
  <NumberInput key="bulan" source="bulan" min={1} max={12} />,
  <PilihanInput key="pemicu" source="pemicu" nilai={PEMICU} />,
  <PilihanInput key="status" source="status" nilai={STATUS} />,
];

const PemicuField = (_props: { label?: string; source?: string }) => {
  const translate = useTranslate();
  return <FunctionField source="pemicu" render={(r) => translate(`mskp.plt.pemicu.${r.pemicu}`)} />;
};

const StatusField = (_props: { label?: string; source?: string }) => {
  const translate = useTranslate();
  return (
    <FunctionField
      source="status"
      render={(r) => (
        <Chip
          size="small"
          color={r.status === 'GAGAL' ? 'error' : 'success'}
          variant={r.status === 'GAGAL' ? 'filled' : 'outlined'}
          label={translate(`mskp.plt.status.${r.status}`)}
        />
      )}
    />
  );
};

const OlehField = (_props: { label?: string; source?: string }) => {
  const translate = useTranslate();
  return <FunctionField source="oleh" render={(r) => r.oleh ?? translate('mskp.plt.sistem')} />;
};

/** Read-only: the last PLT sync runs, newest first; a row unfolds to what it changed. */
export const SinkronPltList = () => (
  <List
    filters={filters}
    sort={{ field: 'mulai', order: 'DESC' }}
    perPage={25}
    empty={<EmptyState messages="mskp.empty.sinkron-plt" />}
  >
    <DataTable bulkActionButtons={false} rowClick="show" expand={<PerubahanRun />} data-testid="sinkron-plt-daftar">
      <DataTable.Col source="mulai">
        <TanggalField source="mulai" showTime />
      </DataTable.Col>
      <DataTable.Col source="pemicu">
        <PemicuField />
      </DataTable.Col>
      <DataTable.Col source="tahun">
        <TextField source="tahun" />
      </DataTable.Col>
      <DataTable.Col source="bulan">
        <TextField source="bulan" emptyText="-" />
      </DataTable.Col>
      <DataTable.Col source="oleh" disableSort>
        <OlehField />
      </DataTable.Col>
      <DataTable.NumberCol source="diperiksa" disableSort />
      <DataTable.NumberCol source="jumlah_diterapkan" disableSort />
      <DataTable.NumberCol source="jumlah_dikembalikan" disableSort />
      <DataTable.Col source="jumlah_ditahan" disableSort>
        <NumberField source="jumlah_ditahan" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusField />
      </DataTable.Col>
    </DataTable>
  </List>
);
