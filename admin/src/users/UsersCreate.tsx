import {
  AutocompleteInput,
  Create,
  email,
  minLength,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { ROLES } from '../common/choices';
import { validasiKataSandi } from '../common/kataSandi';
import { FormToolbar } from '../common/FormToolbar';
import { useServerErrors } from '../common/useServerErrors';

const pegawaiText = (record: { nama_lengkap?: string; nama?: string; nip?: string }) =>
  `${record.nama_lengkap || record.nama || ''} (${record.nip ?? ''})`;

export const UsersCreate = () => (
  <Create mutationMode="pessimistic" mutationOptions={useServerErrors()} redirect="list">
    <SimpleForm toolbar={<FormToolbar deletable={false} />} defaultValues={{ role: 'pegawai' }}>
      <ReferenceInput source="pegawai_id" reference="pegawai" sort={{ field: 'nama', order: 'ASC' }}>
        <AutocompleteInput optionText={pegawaiText} sx={{ minWidth: 360 }} />
      </ReferenceInput>
      <TextInput source="username" validate={[required(), minLength(3)]} autoComplete="off" />
      <TextInput source="email" type="email" validate={email('mskp.error.email')} autoComplete="off" />
      <PasswordInput source="password" validate={[required(), validasiKataSandi]} autoComplete="new-password" />
      <SelectInput source="role" choices={ROLES} validate={required()} />
    </SimpleForm>
  </Create>
);
