import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

/** Save + (if allowed) delete, both pessimistic: nothing is sent later. */
export const FormToolbar = ({ deletable = true }: { deletable?: boolean }) => (
  <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton />
    {deletable ? <DeleteButton mutationMode="pessimistic" /> : null}
  </Toolbar>
);
