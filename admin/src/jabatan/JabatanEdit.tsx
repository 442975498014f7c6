import { Edit } from 'react-admin';
import { useServerErrors } from '../common/useServerErrors';
import { JabatanForm } from './JabatanForm';

export const JabatanEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={useServerErrors()} redirect="show">
    <JabatanForm />
  </Edit>
);
