import { DataTable, DateInput, List, TextField, TextInput } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { TanggalField } from '../common/fields';
import { akhirHari, awalHari } from '../util/format';

const filters = [
  <TextInput key="aksi" source="aksi" alwaysOn />,
  <TextInput key="aktor" source="aktor" alwaysOn />,
  <TextInput key="objek_tipe" source="objek_tipe" />,
  <DateInput key="waktu_gte" source="waktu_gte" parse={awalHari} />,
  <DateInput key="waktu_lte" source="waktu_lte" parse={akhirHari} />,
];

/** Read-only, append-only trail. */
export const AuditLogList = () => (
  <List
    filters={filters}
    sort={{ field: 'waktu', order: 'DESC' }}
    perPage={25}
    empty={<EmptyState messages="mskp.empty.audit-log" />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="waktu">
        <TanggalField source="waktu" showTime />
      </DataTable.Col>
      <DataTable.Col source="aktor" />
      <DataTable.Col source="bertindak_sebagai" disableSort>
        <TextField source="bertindak_sebagai" emptyText="-" />
      </DataTable.Col>
      <DataTable.Col source="aksi" />
      <DataTable.Col source="objek_tipe">
        <TextField source="objek_tipe" emptyText="-" />
      </DataTable.Col>
      <DataTable.Col source="objek_id" disableSort>
        <TextField source="objek_id" emptyText="-" />
      </DataTable.Col>
      <DataTable.Col source="keterangan" disableSort>
        <TextField
          source="keterangan"
          emptyText="-"
          sx={{ display: 'block', maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        />
      </DataTable.Col>
      <DataTable.Col source="ip" disableSort />
    </DataTable>
  </List>
);
