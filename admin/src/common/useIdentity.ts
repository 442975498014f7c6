import { useGetIdentity, useGetList } from 'react-admin';
import type { Me, MskpIdentity } from '../authProvider';
import type { Pegawai } from '../dataProvider/types';

/** The signed-in user as returned by /api/users/me. */
export const useMe = (): { me?: Me; isPending: boolean } => {
  const { data, isPending } = useGetIdentity();
  return { me: (data as MskpIdentity | undefined)?.me, isPending };
};

/**
 * The regional government from /api/users/me (policy `daerah` on the server): `tempat_default` is the
 * default place of every print dialog, `nama_daerah` the city in the app bar. Empty strings while the
 * identity loads.
 */
export const useDaerah = (): { nama_pemerintah: string; nama_daerah: string; tempat_default: string } => {
  const { me } = useMe();
  return {
    nama_pemerintah: me?.daerah?.nama_pemerintah ?? '',
    nama_daerah: me?.daerah?.nama_daerah ?? '',
    tempat_default: me?.daerah?.tempat_default ?? '',
  };
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
    { enabled: !!nip },
  );
  const pegawai = data?.find((item) => item.nip === nip);
  return {
    me,
    pegawai,
    isPending: mePending || (!!nip && isPending),
    error,
    hasPegawai: !!me?.pegawai,
  };
};
