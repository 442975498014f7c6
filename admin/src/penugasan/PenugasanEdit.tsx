import { Edit } from 'react-admin';
import { useServerErrors } from '../common/useServerErrors';
import { PenugasanForm } from './PenugasanForm';

export const PenugasanEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={useServerErrors()} redirect="show">
    <PenugasanForm deletable />
  </Edit>
);
