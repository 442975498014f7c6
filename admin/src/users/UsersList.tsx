import HistoryIcon from '@mui/icons-material/History';
import { Button, IconButton, Tooltip } from '@mui/material';
import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  DataTable,
  List,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ROLES } from '../common/choices';
import { EmptyState } from '../common/EmptyState';
import { PeranField, WaktuRelatifField } from '../common/fields';
import { RouterLink } from '../common/RouterLink';
import { riwayatLoginPath } from '../common/tautan';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLES} />,
  <NullableBooleanInput key="blocked" source="blocked" />,
  <ReferenceInput key="opd_id" source="opd_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }}>
    <AutocompleteInput optionText="nama" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <BooleanInput key="belum_pernah_login" source="belum_pernah_login" defaultValue />,
  <NumberInput key="idle_hari" source="idle_hari" min={1} defaultValue={30} />,
];

export const RiwayatButton = ({ compact = false }: { compact?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'riwayat-login', action: 'list' });
  if (!record || !canAccess) return null;
  if (compact) {
    return (
      <Tooltip title={translate('mskp.users.lihat_riwayat')}>
        <IconButton
          size="small"
          component={RouterLink}
          to={riwayatLoginPath(record.id)}
          onClick={(event: React.MouseEvent) => event.stopPropagation()}
          aria-label={translate('mskp.users.lihat_riwayat')}
          data-testid="tombol-riwayat-login"
        >
          <HistoryIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    );
  }
  return (
    <Button
      size="small"
      component={RouterLink}
      to={riwayatLoginPath(record.id)}
      onClick={(event: React.MouseEvent) => event.stopPropagation()}
      startIcon={<HistoryIcon />}
    >
      {translate('mskp.users.lihat_riwayat')}
    </Button>
  );
};

export const UsersList = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'users', action: 'create' });
  return (
    <List
      filters={filters}
      sort={{ field: 'username', order: 'ASC' }}
      perPage={25}
      empty={<EmptyState messages="mskp.empty.users" create={!!canCreate} />}
    >
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="username">
          <TextField source="username" sx={{ fontVariantNumeric: 'tabular-nums' }} />
        </DataTable.Col>
        <DataTable.Col source="pegawai_nama">
          <TextField source="pegawai_nama" emptyText="-" />
        </DataTable.Col>
        <DataTable.Col source="opd_nama" disableSort>
          <TextField source="opd_nama" emptyText="-" />
        </DataTable.Col>
        <DataTable.Col source="role" disableSort>
          <PeranField />
        </DataTable.Col>
        <DataTable.Col source="blocked">
          <BooleanField source="blocked" />
        </DataTable.Col>
        <DataTable.Col source="lastLoginAt">
          <WaktuRelatifField source="lastLoginAt" />
        </DataTable.Col>
        <DataTable.Col source="lastLoginIp" disableSort>
          <TextField source="lastLoginIp" emptyText="-" />
        </DataTable.Col>
        <DataTable.Col disableSort>
          <RiwayatButton compact />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
