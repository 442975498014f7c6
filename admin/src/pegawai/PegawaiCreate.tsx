import { Create } from 'react-admin';
import { useServerErrors } from '../common/useServerErrors';
import { PegawaiForm } from './PegawaiForm';

export const PegawaiCreate = () => (
  <Create mutationMode="pessimistic" mutationOptions={useServerErrors()} redirect="show">
    <PegawaiForm />
  </Create>
);
