import { useGetIdentity, useGetList } from 'react-admin';
import type { Me, MskpIdentity } from '../authProvider';
import type { Pegawai } from '../dataProvider/types';

/** The signed-in user as returned by /api/users/me. */
export const useMe = (): { me?: Me; isPending: boolean } => {
    const { data, isPending } = useGetIdentity();
    return { me: (data as MskpIdentity | undefined)?.me, isPending };
};

/**
 * The signed-in pegawai's own panel record (documentId and all fields),
 * found by NIP in the scoped pegawai list.
 */
export const useOwnPegawai = () => {
    const { me, isPending: mePending } = useMe();
    const nip = me?.pegawai?.nip;
    const { data, isPending, error } = useGetList<Pegawai>(
        'pegawai',
        { pagination: { page: 1, perPage: 10 }, sort: { field: 'nip', order: 'ASC' }, filter: { q: nip } },
        { enabled: !!nip }
    );
    const pegawai = data?.find(item => item.nip === nip);
    return {
        me,
        pegawai,
        isPending: mePending || (!!nip && isPending),
        error,
        hasPegawai: !!me?.pegawai,
    };
};
