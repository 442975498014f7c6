import { Box } from '@mui/material';
import {
  BooleanInput,
  Edit,
  Labeled,
  required,
  SelectInput,
  SimpleForm,
  TextField,
  TopToolbar,
  ListButton,
} from 'react-admin';
import { ROLES } from '../common/choices';
import { TanggalField, WaktuRelatifField } from '../common/fields';
import { FormToolbar } from '../common/FormToolbar';
import { useServerErrors } from '../common/useServerErrors';
import { RiwayatButton } from './UsersList';

const Actions = () => (
  <TopToolbar>
    <RiwayatButton />
    <ListButton />
  </TopToolbar>
);

/** Only role and blocked are editable; accounts are never deleted (audit). */
export const UsersEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={useServerErrors()} actions={<Actions />} redirect="list">
    <SimpleForm toolbar={<FormToolbar deletable={false} />}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, width: '100%', mb: 2 }}>
        <Labeled source="username">
          <TextField source="username" />
        </Labeled>
        <Labeled source="email">
          <TextField source="email" emptyText="-" />
        </Labeled>
        <Labeled source="pegawai_nama">
          <TextField source="pegawai_nama" emptyText="-" />
        </Labeled>
        <Labeled source="opd_nama">
          <TextField source="opd_nama" emptyText="-" />
        </Labeled>
        <Labeled source="lastLoginAt">
          <WaktuRelatifField source="lastLoginAt" />
        </Labeled>
        <Labeled source="lastLoginIp">
          <TextField source="lastLoginIp" emptyText="-" />
        </Labeled>
        <Labeled source="createdAt">
          <TanggalField source="createdAt" showTime />
        </Labeled>
      </Box>
      <SelectInput source="role" choices={ROLES} validate={required()} />
      <BooleanInput source="blocked" />
    </SimpleForm>
  </Edit>
);
