import { Create } from 'react-admin';
import { useServerErrors } from '../common/useServerErrors';
import { JabatanForm } from './JabatanForm';

export const JabatanCreate = () => (
  <Create mutationMode="pessimistic" mutationOptions={useServerErrors()} redirect="show">
    <JabatanForm />
  </Create>
);
