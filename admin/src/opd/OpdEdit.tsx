import { Edit } from 'react-admin';
import { useServerErrors } from '../common/useServerErrors';
import { OpdForm } from './OpdForm';

export const OpdEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={useServerErrors()} redirect="show">
    <OpdForm />
  </Edit>
);
