/**
 * The actors and targets of the scope matrices (quality.md Tests) and the relation between them as the
 * spec reads it (domain.md §2, §9). Shared by every matrix file so that one table states who is whose.
 */
import { NIP, type KunciNip, type UjiStrapi } from '../helpers/strapi';

export type Aktor =
  'admin' | 'bkad' | 'inspektorat' | 'adminOpd' | 'kadis' | 'kabidAplikasi' | 'kabidStatistik' | 'staf' | 'lainOpd';
export type Sasaran =
  'kadis' | 'sekretaris' | 'kabidAplikasi' | 'staf' | 'jf' | 'kabidStatistik' | 'stafPersandian' | 'lainOpd';

export const AKTOR: Aktor[] = [
  'admin',
  'bkad',
  'inspektorat',
  'adminOpd',
  'kadis',
  'kabidAplikasi',
  'kabidStatistik',
  'staf',
  'lainOpd',
];
export const SASARAN: Sasaran[] = [
  'kadis',
  'sekretaris',
  'kabidAplikasi',
  'staf',
  'jf',
  'kabidStatistik',
  'stafPersandian',
  'lainOpd',
];

export const NAMA_AKTOR: Record<Aktor, string> = {
  admin: 'admin (BKPSDM)',
  bkad: 'bkad',
  inspektorat: 'inspektorat',
  adminOpd: 'Admin OPD Diskominfo',
  kadis: 'Kepala Dinas',
  kabidAplikasi: 'Kabid Aplikasi',
  kabidStatistik: 'Plt Kabid Persandian',
  staf: 'staff',
  lainOpd: 'pegawai of another OPD',
};

/**
 * The relation of each actor to each target today:
 * diri = self, bawahan = subordinate (direct or deeper), bawahan-plt = subordinate through a Plt post,
 * atasan = a superior, rekan = same OPD without a line, opd = within the Admin OPD's OPD,
 * opd-lain = another OPD, semua = a role that reads everything.
 */
export function hubungan(a: Aktor, s: Sasaran): string {
  if (a === 'admin' || a === 'bkad' || a === 'inspektorat') return 'semua';
  if (a === s) return 'diri';
  if (s === 'lainOpd') return 'opd-lain';
  if (a === 'lainOpd') return 'opd-lain';
  if (a === 'adminOpd') return 'opd';
  if (a === 'kadis') return 'bawahan';
  if (s === 'kadis') return 'atasan';
  if (a === 'kabidAplikasi') return s === 'staf' || s === 'jf' ? 'bawahan' : 'rekan';
  if (a === 'kabidStatistik') return s === 'stafPersandian' ? 'bawahan-plt' : 'rekan';
  if (a === 'staf') return s === 'kabidAplikasi' ? 'atasan' : 'rekan';
  return 'rekan';
}
export const BOLEH_LIHAT = new Set(['semua', 'diri', 'opd', 'bawahan', 'bawahan-plt']);

/**
 * The data areas each actor's role reaches (domain.md §9; issue 10 item 6): BKAD reads TPP, presensi, DPA,
 * locks and the pegawai master a TPP line needs, never SKP, renaksi, realisasi, evidence, evaluations or
 * performance prints; Inspektorat reads every area (read-only: each write refuses it on its own).
 * Stated here by hand from the spec, not imported from the code under test.
 */
export type Ranah = 'kinerja' | 'tpp' | 'dpa' | 'induk';
export function menjangkau(a: Aktor, r: Ranah): boolean {
  if (a === 'bkad') return r !== 'kinerja';
  return true;
}
/** What an actor reads of a target in an area: the area first, then the relation. */
export const lihatDalam = (r: Ranah, a: Aktor, s: Sasaran): boolean =>
  menjangkau(a, r) && BOLEH_LIHAT.has(hubungan(a, s));

/** The penilai of each target today (Plt included): who may check realisasi and rate. */
export const PENILAI: Partial<Record<Sasaran, Aktor>> = {
  sekretaris: 'kadis',
  kabidAplikasi: 'kadis',
  kabidStatistik: 'kadis',
  staf: 'kabidAplikasi',
  jf: 'kabidAplikasi',
  stafPersandian: 'kabidStatistik',
};

export function orang(t: UjiStrapi) {
  const username = (a: Aktor): string => {
    if (a === 'admin' || a === 'bkad' || a === 'inspektorat') return a;
    if (a === 'adminOpd') return t.demo.adminOpd.username;
    if (a === 'lainOpd') return t.demo.lainOpd.username;
    return t.demo.pegawai[a as KunciNip].username;
  };
  const sasaran = (s: Sasaran) => (s === 'lainOpd' ? t.demo.lainOpd : t.demo.pegawai[s as KunciNip]);
  const jwt = (a: Aktor) => t.token(username(a));
  return { username, sasaran, jwt };
}

export { NIP };
