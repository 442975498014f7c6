import { Edit } from 'react-admin';
import { useServerErrors } from '../common/useServerErrors';
import { PegawaiForm } from './PegawaiForm';

export const PegawaiEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={useServerErrors()} redirect="show">
    <PegawaiForm />
  </Edit>
);
