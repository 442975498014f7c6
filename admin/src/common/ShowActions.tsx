import type { ReactNode } from 'react';
import { DeleteButton, EditButton, ListButton, TopToolbar } from 'react-admin';

/** List / Edit / Delete (each hidden by canAccess); delete is pessimistic. */
export const ShowActions = ({ deletable = false, children }: { deletable?: boolean; children?: ReactNode }) => (
  <TopToolbar>
    {children}
    <ListButton />
    <EditButton />
    {deletable ? <DeleteButton mutationMode="pessimistic" /> : null}
  </TopToolbar>
);
