import { Edit } from 'react-admin';
import { useServerErrors } from '../common/useServerErrors';
import { SasaranOpdForm } from './SasaranOpdForm';

export const SasaranOpdEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={useServerErrors()} redirect="show">
    <SasaranOpdForm />
  </Edit>
);
