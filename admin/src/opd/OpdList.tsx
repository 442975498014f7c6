import {
  AutocompleteInput,
  BooleanField,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  useCanAccess,
} from 'react-admin';
import { JENIS_OPD } from '../common/choices';
import { EmptyState } from '../common/EmptyState';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="jenis" source="jenis" choices={JENIS_OPD} />,
  <ReferenceInput key="induk_id" source="induk_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }}>
    <AutocompleteInput optionText="nama" />
  </ReferenceInput>,
  <NullableBooleanInput key="aktif" source="aktif" />,
];

export const OpdList = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'opd', action: 'create' });
  return (
    <List
      filters={filters}
      sort={{ field: 'kode_opd', order: 'ASC' }}
      perPage={25}
      empty={<EmptyState messages={canCreate ? 'mskp.empty.opd' : 'mskp.empty.opd_readonly'} create={!!canCreate} />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="kode_opd" sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col source="nama" />
        <DataTable.Col source="singkatan" />
        <DataTable.Col source="jenis">
          <SelectField source="jenis" choices={JENIS_OPD} />
        </DataTable.Col>
        <DataTable.NumberCol source="jumlah_pegawai" locales="id-ID" disableSort />
        <DataTable.Col source="aktif" disableSort>
          <BooleanField source="aktif" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
