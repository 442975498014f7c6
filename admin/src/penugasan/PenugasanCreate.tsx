import { Create } from 'react-admin';
import { useServerErrors } from '../common/useServerErrors';
import { PenugasanForm } from './PenugasanForm';

export const PenugasanCreate = () => (
  <Create mutationMode="pessimistic" mutationOptions={useServerErrors()} redirect="show">
    <PenugasanForm />
  </Create>
);
