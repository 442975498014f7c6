import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  useCanAccess,
} from 'react-admin';
import { JENIS_ASN, STATUS_PEGAWAI } from '../common/choices';
import { EmptyState } from '../common/EmptyState';
import { GolonganField, NipField } from '../common/fields';
import { GOLONGAN_PNS, GOLONGAN_PPPK } from '../util/format';

const GOLONGAN = [...GOLONGAN_PNS, ...GOLONGAN_PPPK.map((item) => ({ ...item, name: `PPPK ${item.name}` }))];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="opd_id" source="opd_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="nama" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={STATUS_PEGAWAI} />,
  <SelectInput key="jenis_asn" source="jenis_asn" choices={JENIS_ASN} />,
  <SelectInput key="golongan" source="golongan" choices={GOLONGAN} translateChoice={false} />,
];

export const PegawaiList = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'pegawai', action: 'create' });
  return (
    <List
      filters={filters}
      sort={{ field: 'nama', order: 'ASC' }}
      perPage={25}
      empty={
        <EmptyState messages={canCreate ? 'mskp.empty.pegawai' : 'mskp.empty.pegawai_readonly'} create={!!canCreate} />
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="nip">
          <NipField source="nip" />
        </DataTable.Col>
        <DataTable.Col
          source="nama"
          label="resources.pegawai.fields.nama_lengkap"
          render={(record) => record.nama_lengkap || record.nama}
        />
        <DataTable.Col source="jabatan_nama" disableSort />
        <DataTable.Col source="opd_nama" />
        <DataTable.Col source="golongan">
          <GolonganField />
        </DataTable.Col>
        <DataTable.Col source="jenis_asn" />
        <DataTable.Col source="status" disableSort>
          <SelectField source="status" choices={STATUS_PEGAWAI} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
