import { Create } from 'react-admin';
import { useServerErrors } from '../common/useServerErrors';
import { OpdForm } from './OpdForm';

export const OpdCreate = () => (
  <Create mutationMode="pessimistic" mutationOptions={useServerErrors()} redirect="show">
    <OpdForm />
  </Create>
);
