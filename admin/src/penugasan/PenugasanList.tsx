import {
  AutocompleteInput,
  BooleanField,
  DataTable,
  DateInput,
  List,
  ReferenceInput,
  SelectField,
  SelectInput,
  useCanAccess,
} from 'react-admin';
import { JENIS_PENUGASAN } from '../common/choices';
import { EmptyState } from '../common/EmptyState';
import { NipField, TanggalField } from '../common/fields';

const filters = [
  <ReferenceInput
    key="pegawai_id"
    source="pegawai_id"
    reference="pegawai"
    sort={{ field: 'nama', order: 'ASC' }}
    alwaysOn
  >
    <AutocompleteInput
      optionText={(record: { nama_lengkap?: string; nama?: string; nip?: string }) =>
        `${record.nama_lengkap || record.nama || ''} (${record.nip ?? ''})`
      }
      sx={{ minWidth: 300 }}
    />
  </ReferenceInput>,
  <ReferenceInput key="jabatan_id" source="jabatan_id" reference="jabatan" sort={{ field: 'nama', order: 'ASC' }}>
    <AutocompleteInput optionText="nama" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="jenis" source="jenis" choices={JENIS_PENUGASAN} />,
  <DateInput key="aktif_pada" source="aktif_pada" />,
];

export const PenugasanList = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'penugasan', action: 'create' });
  return (
    <List
      filters={filters}
      sort={{ field: 'tmt_mulai', order: 'DESC' }}
      perPage={25}
      empty={
        <EmptyState
          messages={canCreate ? 'mskp.empty.penugasan' : 'mskp.empty.penugasan_readonly'}
          create={!!canCreate}
        />
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="pegawai_nip" disableSort>
          <NipField source="pegawai_nip" />
        </DataTable.Col>
        <DataTable.Col source="pegawai_nama" />
        <DataTable.Col source="jabatan_nama" />
        <DataTable.Col source="opd_nama" disableSort />
        <DataTable.Col source="jenis">
          <SelectField source="jenis" choices={JENIS_PENUGASAN} />
        </DataTable.Col>
        <DataTable.Col source="tmt_mulai">
          <TanggalField source="tmt_mulai" />
        </DataTable.Col>
        <DataTable.Col source="tmt_akhir">
          <TanggalField source="tmt_akhir" />
        </DataTable.Col>
        <DataTable.Col source="aktif" disableSort>
          <BooleanField source="aktif" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
