import { Chip } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  DateInput,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceInput,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { TanggalField } from '../common/fields';
import { akhirHari, awalHari, formatNip } from '../util/format';

const filters = [
  <TextInput key="identifier" source="identifier" alwaysOn />,
  <ReferenceInput key="user_id" source="user_id" reference="users" sort={{ field: 'username', order: 'ASC' }}>
    <AutocompleteInput
      optionText={(record: { username?: string; pegawai_nama?: string }) =>
        record.pegawai_nama ? `${record.pegawai_nama} (${record.username})` : (record.username ?? '')
      }
      sx={{ minWidth: 300 }}
    />
  </ReferenceInput>,
  <NullableBooleanInput key="berhasil" source="berhasil" />,
  <DateInput key="waktu_gte" source="waktu_gte" parse={awalHari} />,
  <DateInput key="waktu_lte" source="waktu_lte" parse={akhirHari} />,
];

const HasilField = (_props: { label?: string; source?: string }) => {
  const translate = useTranslate();
  return (
    <FunctionField
      source="berhasil"
      render={(record) =>
        record.berhasil ? (
          <Chip size="small" color="success" label={translate('mskp.choices.berhasil.ya')} />
        ) : (
          <Chip size="small" color="error" variant="outlined" label={translate('mskp.choices.berhasil.tidak')} />
        )
      }
    />
  );
};

/** Read-only: every sign-in attempt. */
export const RiwayatLoginList = () => (
  <List
    filters={filters}
    sort={{ field: 'waktu', order: 'DESC' }}
    perPage={25}
    empty={<EmptyState messages="mskp.empty.riwayat-login" />}
  >
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="waktu">
        <TanggalField source="waktu" showTime />
      </DataTable.Col>
      <DataTable.Col source="identifier">
        <FunctionField source="identifier" render={(record) => formatNip(record.identifier)} />
      </DataTable.Col>
      <DataTable.Col source="berhasil">
        <HasilField />
      </DataTable.Col>
      <DataTable.Col source="alasan" disableSort>
        <TextField source="alasan" emptyText="-" />
      </DataTable.Col>
      <DataTable.Col source="ip" />
      <DataTable.Col source="user_agent" disableSort>
        <TextField
          source="user_agent"
          emptyText="-"
          sx={{ display: 'block', maxWidth: 280, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        />
      </DataTable.Col>
    </DataTable>
  </List>
);
