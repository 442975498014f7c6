import {
  AutocompleteInput,
  DataTable,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectField,
  useCanAccess,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { SUMBER_SASARAN } from './SasaranOpdForm';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="opd_id" source="opd_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="nama" data-testid="sasaran-opd-filter-opd" />
  </ReferenceInput>,
  <NumberInput key="tahun" source="tahun" alwaysOn data-testid="sasaran-opd-filter-tahun" />,
];

export const SasaranOpdList = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'sasaran-opd', action: 'create' });
  return (
    <List
      filters={filters}
      filterDefaultValues={{ tahun: new Date().getFullYear() }}
      sort={{ field: 'urutan', order: 'ASC' }}
      perPage={25}
      empty={
        <EmptyState
          messages={canCreate ? 'mskp.empty.sasaran_opd' : 'mskp.empty.sasaran_opd_readonly'}
          create={!!canCreate}
        />
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false} data-testid="sasaran-opd-daftar">
        <DataTable.NumberCol source="tahun" options={{ useGrouping: false }} />
        <DataTable.Col source="opd_nama" />
        <DataTable.NumberCol source="urutan" />
        <DataTable.Col source="sasaran" />
        <DataTable.NumberCol source="jumlah_indikator" disableSort />
        <DataTable.Col source="sumber" disableSort>
          <SelectField source="sumber" choices={SUMBER_SASARAN} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
