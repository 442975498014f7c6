import { Create } from 'react-admin';
import { useServerErrors } from '../common/useServerErrors';
import { SasaranOpdForm } from './SasaranOpdForm';

export const SasaranOpdCreate = () => (
  <Create mutationMode="pessimistic" mutationOptions={useServerErrors()} redirect="show">
    <SasaranOpdForm baru />
  </Create>
);
