import type { JenisRhk, JenisSkp, StatusSkp } from '../dataProvider/types';

/**
 * What the SKP screens offer, from the SKP's state and the viewer's standing (only the owner edits a draft; only the
 * penilai, or an admin with a reason, approves or rejects).
 * A convenience for buttons only: the server's workflow decides every request.
 */

export const STATUS_SKP: readonly StatusSkp[] = ['DRAFT', 'DIAJUKAN', 'DISETUJUI', 'DITOLAK'];
export const PERSPEKTIF = ['PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN'] as const;
export const ASPEK = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const;
export const POLARITAS = ['NAIK', 'TURUN'] as const;
export const SIFAT_TARGET = ['NON_KUMULATIF', 'KUMULATIF', 'TERAKHIR'] as const;
export const LAMPIRAN = ['dukungan_sumber_daya', 'skema_pertanggungjawaban', 'konsekuensi'] as const;

export type Warna = 'default' | 'info' | 'success' | 'error' | 'warning';

export const warnaStatus = (status: string | null | undefined): Warna =>
  status === 'DISETUJUI' ? 'success' : status === 'DIAJUKAN' ? 'info' : status === 'DITOLAK' ? 'error' : 'default';

export { hariIniJakarta, pilihanTahun } from '../common/periode';
export { kedudukan, rhkBolehDiubah, skpBolehDiubah, type Kedudukan } from '../common/skp';
export { barisKeDaftar } from '../common/teks';

/** JA/JF: an RHK UTAMA names the RHK atasan it intervenes; JPT never picks one here. */
export const butuhRhkAtasan = (jenisSkp: JenisSkp, jenisRhk: JenisRhk) => jenisSkp !== 'JPT' && jenisRhk === 'UTAMA';

/** JPT: every RHK carries a perspektif (from the PK). */
export const pakaiPerspektif = (jenisSkp: JenisSkp) => jenisSkp === 'JPT';

/** JA/JF: each IKI names its aspek (kuantitas, kualitas, waktu, biaya). */
export const pakaiAspek = (jenisSkp: JenisSkp) => jenisSkp !== 'JPT';

/** Percentage of approved SKP (0 when there is none). */
export const persenDisetujui = (jumlah: Partial<Record<StatusSkp, number>>) => {
  const total = STATUS_SKP.reduce((sum, s) => sum + (jumlah[s] ?? 0), 0);
  return total === 0 ? 0 : Math.round(((jumlah.DISETUJUI ?? 0) * 100) / total);
};

/** Reason for waiving conflicting duplicate indicators: at least 10 characters. */
export const ALASAN_MIN = 10;
export const alasanCukup = (alasan: string) => alasan.trim().length >= ALASAN_MIN;

/** Conflict still blocking: warnings and no waiver, unless the server says `konflik_terbuka: false`. */
export const konflikTerbuka = (skp: {
  peringatan: unknown[];
  konflik_terbuka?: boolean;
  konflik_duplikat_diabaikan?: unknown;
}) => skp.peringatan.length > 0 && (skp.konflik_terbuka ?? !skp.konflik_duplikat_diabaikan);

/**
 * The label of a changed field of a revised RHK (old → new): the i18n key under mskp.skp.perubahan_bidang
 * and, for a renaksi month target (`target_bulan_<n>`), the month.
 */
export const bidangPerubahan = (field: string): { kunci: string; bulan?: number } => {
  const m = /^target_bulan_(\d{1,2})$/.exec(field);
  return m ? { kunci: 'target_bulan', bulan: Number(m[1]) } : { kunci: field };
};

/** A value of an old → new row as text: '-' for none, the i18n key of yes/no for a flag, else as is. */
export const nilaiPerubahan = (x: unknown): { teks: string } | { kunci: string } =>
  x == null || x === ''
    ? { teks: '-' }
    : typeof x === 'boolean'
      ? { kunci: x ? 'ya' : 'tidak' }
      : { teks: typeof x === 'object' ? JSON.stringify(x) : String(x) };
