/**
 * Quarter locks. BKAD locks a quarter once its TPP prestasi kerja is disbursed, which closes its three
 * months to every write; the Admin BKPSDM unlocks it, with a written reason. A quarter may be locked only
 * after the input deadline of its last month has passed, the same deadline that closes realisasi entry
 * (kinerja domain/capaian `batasInput`, day `batas_input_hari` of the next month, policy `capaian`); before
 * that only the Admin BKPSDM may lock it, with a written reason (the override). Pure: dates are ISO
 * YYYY-MM-DD (WIB).
 */
import {
  NAMA_BULAN,
  PERAN,
  bulanTriwulan,
  tambahHari,
  tanggalIndonesia,
  tolak,
  type Keputusan,
  type Penolakan,
} from '@m-skp/inti';
import { ALASAN_MINIMAL, batasInput } from '@m-skp/kinerja';

/** The three months of a quarter. */
export { bulanTriwulan };

/**
 * The first day the quarter can be locked: the day after the input deadline of its last month
 * (`hariBatas` = the policy's `batas_input_hari` for that month). Q4 2026 with day 10 → 2027-01-11.
 */
export function tanggalKunciTerawal(tahun: number, triwulan: number, hariBatas: number): string {
  return tambahHari(batasInput(tahun, triwulan * 3, hariBatas), 1);
}

/** Whether the quarter can be locked on `hariIni` without an override. */
export function bolehDikunci(tahun: number, triwulan: number, hariBatas: number, hariIni: string): boolean {
  return hariIni >= tanggalKunciTerawal(tahun, triwulan, hariBatas);
}

/** Who asks: a user's role, or an API token (which never locks nor unlocks). */
export interface PelakuKunci {
  peran: string | null | undefined;
  token?: unknown;
}

const NAMA_PERAN: Record<string, string> = { [PERAN.BKAD]: 'BKAD', [PERAN.ADMIN_BKPSDM]: 'Admin BKPSDM' };

/** Roles that may lock (BKAD; the Admin BKPSDM only with a reason) and the one that may unlock. */
export const PERAN_KUNCI = [PERAN.BKAD, PERAN.ADMIN_BKPSDM] as string[];
export const PERAN_BUKA = [PERAN.ADMIN_BKPSDM] as string[];

/** 403 AKSES_DITOLAK unless the caller is a user holding one of `peran` (the lock roles or the unlock role). */
export function aksesKunci(p: PelakuKunci, peran: string[]): Keputusan {
  if (p.token == null && p.peran != null && peran.includes(p.peran)) return { ok: true };
  const pesan = peran.includes(PERAN.BKAD)
    ? 'Hanya BKAD yang dapat mengunci triwulan (menandai TPP prestasi kerja sudah dibayar); ' +
      'Admin BKPSDM hanya dengan alasan tertulis.'
    : `Hanya ${NAMA_PERAN[peran[0]]} yang dapat membuka kunci triwulan.`;
  return tolak(403, 'AKSES_DITOLAK', pesan);
}

/** A written reason: 400 ALASAN_WAJIB when blank, ALASAN_TERLALU_PENDEK under the minimum; the trimmed reason. */
export function alasanTertulis(alasan: string | null | undefined, tindakan: string): Keputusan<{ alasan: string }> {
  const a = (alasan ?? '').trim();
  if (!a) return tolak(400, 'ALASAN_WAJIB', `Alasan ${tindakan} wajib diisi.`, 'alasan');
  if (a.length < ALASAN_MINIMAL) {
    const pesan = `Alasan ${tindakan} sekurang-kurangnya ${ALASAN_MINIMAL} karakter.`;
    return tolak(400, 'ALASAN_TERLALU_PENDEK', pesan, 'alasan');
  }
  return { ok: true, alasan: a };
}

/**
 * A lock request. `mulai`: the first day the quarter may be locked (null: no policy covers it, so no
 * deadline); `terkunci`: the stored state, undefined while not yet read (its check and the date's then pass).
 */
export interface PermintaanKunci extends PelakuKunci {
  tahun: number;
  triwulan: number;
  alasan?: string | null;
  mulai: string | null;
  hariIni: string;
  terkunci?: boolean;
}

/**
 * Locking, checks in this order: the role (BKAD or Admin BKPSDM, users only) → the Admin BKPSDM's reason
 * → a quarter already locked stays as it is (`tetap`, nothing written, even before its date) → BKAD before
 * the first day → 409 KUNCI_TERLALU_DINI naming that date. `dini`: locked before that day (the override).
 */
export type KunciDiizinkan = { tetap: boolean; alasan: string | null; dini: boolean };
export function keputusanKunci(k: PermintaanKunci): Keputusan<KunciDiizinkan> {
  const akses = aksesKunci(k, PERAN_KUNCI);
  if (!akses.ok) return akses;
  const bkpsdm = k.peran === PERAN.ADMIN_BKPSDM;
  let alasan: string | null = null;
  if (bkpsdm) {
    const a = alasanTertulis(k.alasan, 'mengunci triwulan oleh Admin BKPSDM');
    if (!a.ok) return a;
    alasan = a.alasan;
  }
  const dini = k.mulai != null && k.hariIni < k.mulai;
  if (k.terkunci) return { ok: true, tetap: true, alasan, dini };
  // the date is judged only once the stored state is known: a locked quarter is never refused for it
  if (k.terkunci !== undefined && dini && !bkpsdm && k.mulai) return terlaluDini(k.tahun, k.triwulan, k.mulai);
  return { ok: true, tetap: false, alasan, dini };
}

function terlaluDini(tahun: number, triwulan: number, mulai: string): Penolakan {
  return tolak(
    409,
    'KUNCI_TERLALU_DINI',
    `Triwulan ${triwulan} tahun ${tahun} baru dapat dikunci mulai ${tanggalIndonesia(mulai)}, ` +
      `setelah batas pengisian realisasi ${NAMA_BULAN[triwulan * 3 - 1]} ${tahun} lewat. ` +
      'Sebelum tanggal itu hanya Admin BKPSDM yang dapat mengunci, dengan alasan tertulis.',
    'triwulan',
    { tahun, triwulan, dapat_dikunci_mulai: mulai },
  );
}

/** An unlock request; `terkunci` undefined while the stored state is not yet read. */
export interface PermintaanBuka extends PelakuKunci {
  tahun: number;
  triwulan: number;
  alasan?: string | null;
  terkunci?: boolean;
}

/** Unlocking, in this order: the role (Admin BKPSDM) → the reason → 409 BELUM_TERKUNCI for an open quarter. */
export function keputusanBuka(k: PermintaanBuka): Keputusan<{ alasan: string }> {
  const akses = aksesKunci(k, PERAN_BUKA);
  if (!akses.ok) return akses;
  const a = alasanTertulis(k.alasan, 'membuka kunci triwulan');
  if (!a.ok) return a;
  if (k.terkunci === false) {
    return tolak(409, 'BELUM_TERKUNCI', `Triwulan ${k.triwulan} tahun ${k.tahun} tidak sedang dikunci.`, 'triwulan');
  }
  return a;
}
