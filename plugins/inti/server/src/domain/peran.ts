/**
 * Roles (users-permissions role `type`) and how far each may read pegawai data: every pegawai, the own OPD,
 * or oneself and one's subordinates at the date (`Jangkauan`).
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
  bkad: { nama: 'BKAD', keterangan: 'Keuangan: TPP, presensi dan DPA seluruh OPD, kunci triwulan, ekspor SIPD' },
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

/**
 * The data areas a role reaches (BKAD: TPP, DPA and master data, never performance records), beside how far
 * (jangkauanPeran) it reaches in each:
 * - kinerja: SKP, RHK/IKI, rencana aksi, realisasi and their evidence files, capaian, evaluations,
 *   predikat (pegawai and organisation), sasaran OPD, statistics and every performance print/report;
 * - tpp: TPP lines, runs, exports and history, attendance (presensi) import;
 * - dpa: the DPA import and the Perjanjian Kinerja built on it (its budget source);
 * - induk: master data reads (OPD, jabatan, pegawai, penugasan) — what a TPP line needs to be read.
 * BKAD reads TPP of every OPD (a TPP line carries its own capaian and predikat), never the performance
 * records behind it. Inspektorat (internal audit) reads every area and writes none: its read-only nature is
 * each action's own check (TPP run: BKAD/BKPSDM; lock: BKAD; unlock: BKPSDM; imports: BKPSDM/Admin OPD).
 */
export type Ranah = 'kinerja' | 'tpp' | 'dpa' | 'induk';
export const RANAH: readonly Ranah[] = ['kinerja', 'tpp', 'dpa', 'induk'];

export const RANAH_PERAN: Record<Peran, Record<Ranah, boolean>> = {
  pegawai: { kinerja: true, tpp: true, dpa: true, induk: true },
  admin_opd: { kinerja: true, tpp: true, dpa: true, induk: true },
  admin_bkpsdm: { kinerja: true, tpp: true, dpa: true, induk: true },
  bkad: { kinerja: false, tpp: true, dpa: true, induk: true },
  inspektorat: { kinerja: true, tpp: true, dpa: true, induk: true },
};

/** Whether a role reaches a data area; an unknown role or area reaches nothing (fail closed). */
export function bolehRanahPeran(peran: string | null | undefined, ranah: string): boolean {
  if (!peran || !Object.prototype.hasOwnProperty.call(RANAH_PERAN, peran)) return false;
  const baris = RANAH_PERAN[peran as Peran];
  return Object.prototype.hasOwnProperty.call(baris, ranah) ? baris[ranah as Ranah] === true : false;
}

/** Master data (OPD, jabatan, pegawai, penugasan, users) is maintained by BKPSDM only. */
export const bolehKelolaDataInduk = (peran: string | null | undefined): boolean => peran === PERAN.ADMIN_BKPSDM;

/** How the actor relates to a pegawai at a date; null means no right to see him. */
export type Hubungan = 'DIRI' | 'PENILAI' | 'ATASAN' | 'OPD' | 'SEMUA';

/**
 * Whether a request was authenticated by one of the panel's API tokens (inti's `mskp-token` strategy,
 * services/token-api.ts). Strapi's own API tokens are not ours: the scope service gives them nothing.
 */
export const adalahTokenApi = (auth: { strategy?: { name?: string } } | null | undefined): boolean =>
  auth?.strategy?.name === 'mskp-token';
