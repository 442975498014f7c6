/**
 * Roles (users-permissions role `type`) and how far each may read pegawai data (domain.md §9).
 * Unknown roles read nothing: the scope fails closed.
 */
export const PERAN = {
  PEGAWAI: 'pegawai',
  ADMIN_OPD: 'admin_opd',
  ADMIN_BKPSDM: 'admin_bkpsdm',
  BKAD: 'bkad',
  INSPEKTORAT: 'inspektorat',
} as const;
export type Peran = (typeof PERAN)[keyof typeof PERAN];

export const NAMA_PERAN: Record<Peran, { nama: string; keterangan: string }> = {
  pegawai: { nama: 'Pegawai', keterangan: 'ASN: SKP, rencana aksi, realisasi milik sendiri; penilai bagi bawahannya' },
  admin_opd: { nama: 'Admin OPD', keterangan: 'Pengelola kinerja OPD: memantau dan mencetak data OPD-nya' },
  admin_bkpsdm: { nama: 'Admin BKPSDM', keterangan: 'Pengelola sistem: seluruh data, periode, kunci, pengguna' },
  bkad: { nama: 'BKAD', keterangan: 'Keuangan: TPP seluruh OPD, kunci triwulan, ekspor SIPD' },
  inspektorat: { nama: 'Inspektorat', keterangan: 'SPIP: hanya baca data kinerja dan risiko' },
};

/** SEMUA: every pegawai; OPD: own OPD plus own team; BAWAHAN: self plus subordinates at the date. */
export type Jangkauan = 'SEMUA' | 'OPD' | 'BAWAHAN' | 'TIDAK_ADA';

export function jangkauanPeran(peran: string | null | undefined): Jangkauan {
  switch (peran) {
    case PERAN.ADMIN_BKPSDM:
    case PERAN.BKAD:
    case PERAN.INSPEKTORAT:
      return 'SEMUA';
    case PERAN.ADMIN_OPD:
      return 'OPD';
    case PERAN.PEGAWAI:
      return 'BAWAHAN';
    default:
      return 'TIDAK_ADA';
  }
}

/** Master data (OPD, jabatan, pegawai, penugasan, users) is maintained by BKPSDM only. */
export const bolehKelolaDataInduk = (peran: string | null | undefined): boolean => peran === PERAN.ADMIN_BKPSDM;

/** How the actor relates to a pegawai at a date; null means no right to see him. */
export type Hubungan = 'DIRI' | 'PENILAI' | 'ATASAN' | 'OPD' | 'SEMUA';

/**
 * Whether a request was authenticated by one of the panel's API tokens (inti's `mskp-token` strategy,
 * services/token-api.ts). Strapi's own API tokens are not ours: the scope service gives them nothing.
 */
export const adalahTokenApi = (auth: { strategy?: { name?: string } } | null | undefined): boolean => auth?.strategy?.name === 'mskp-token';
