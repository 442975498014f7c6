/**
 * Rencana aksi targets and realisasi input (domain.md §4), as pure functions.
 * Monthly renaksi have targets in months 1–12; quarterly ones (JPT/OPD) in TW1–TW4, kept at the
 * quarter's last month (3, 6, 9, 12) so that every figure is per month.
 */
import { keAngka } from './target';
import { BOLEH, tolak, triwulanBulan, type Keputusan } from '@m-skp/inti';

export type Periode = 'BULANAN' | 'TRIWULAN';
export interface TargetBulan {
  bulan: number;
  nilai: number;
}

export type Hasil<T> = { ok: true; nilai: T } | { ok: false; kode: string; pesan: string; field: string };
const gagal = (
  kode: string,
  pesan: string,
  field: string,
): { ok: false; kode: string; pesan: string; field: string } => ({ ok: false, kode, pesan, field });

export const BULAN_TRIWULAN = [3, 6, 9, 12] as const;
export const triwulanDariBulan = triwulanBulan;

/**
 * A non-negative number typed the Indonesian way ("12", "12,5", "1.250") or a JS number.
 * Returns null for anything else (empty, negative, not a number).
 */
export function uraiNilai(x: unknown): number | null {
  if (typeof x === 'number') return Number.isFinite(x) && x >= 0 ? x : null;
  if (typeof x !== 'string') return null;
  const s = x.trim();
  if (!/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:[.,]\d+)?$/.test(s)) return null;
  const n = keAngka(s);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * Validates and normalises the targets of a renaksi: a list of {bulan, nilai} (or {triwulan, nilai}
 * for TRIWULAN), each month once, at least one. Returns them ordered by month.
 */
export function periksaTargetRenaksi(periode: Periode, masukan: unknown): Hasil<TargetBulan[]> {
  if (!Array.isArray(masukan) || masukan.length === 0)
    return gagal('TARGET_WAJIB', 'Rencana aksi wajib memiliki target pada sekurang-kurangnya satu bulan.', 'target');
  const hasil: TargetBulan[] = [];
  for (let i = 0; i < masukan.length; i++) {
    const x = masukan[i] as any;
    const field = `target[${i}]`;
    if (!x || typeof x !== 'object')
      return gagal('TARGET_TIDAK_VALID', 'Setiap target berisi bulan (atau triwulan) dan nilai.', field);
    let bulan: number;
    if (periode === 'TRIWULAN') {
      if (x.triwulan != null) {
        if (!Number.isInteger(x.triwulan) || x.triwulan < 1 || x.triwulan > 4)
          return gagal('TRIWULAN_TIDAK_VALID', 'Triwulan harus 1 sampai 4.', `${field}.triwulan`);
        bulan = x.triwulan * 3;
      } else {
        bulan = x.bulan;
        if (!BULAN_TRIWULAN.includes(bulan as 3))
          return gagal(
            'BULAN_TIDAK_VALID',
            'Target triwulanan ditempatkan pada bulan 3, 6, 9 atau 12 (TW I–IV).',
            `${field}.bulan`,
          );
      }
    } else {
      bulan = x.bulan;
      if (!Number.isInteger(bulan) || bulan < 1 || bulan > 12)
        return gagal('BULAN_TIDAK_VALID', 'Bulan harus angka 1 sampai 12.', `${field}.bulan`);
    }
    const nilai = uraiNilai(x.nilai);
    if (nilai == null) return gagal('NILAI_TIDAK_VALID', 'Nilai target harus angka tidak negatif.', `${field}.nilai`);
    if (hasil.some((h) => h.bulan === bulan))
      return gagal('BULAN_GANDA', `Target bulan ${bulan} ditulis lebih dari sekali.`, `${field}.bulan`);
    hasil.push({ bulan, nilai });
  }
  return { ok: true, nilai: hasil.sort((a, b) => a.bulan - b.bulan) };
}

/** The target of a month, or null when the renaksi has none then. */
export function targetPadaBulan(target: TargetBulan[] | null | undefined, bulan: number): number | null {
  const t = (target ?? []).find((x) => x.bulan === bulan);
  return t ? Number(t.nilai) : null;
}

/** Months whose target changed between two target lists (added, removed or other value). */
export function bulanBerubah(lama: TargetBulan[], baru: TargetBulan[]): number[] {
  const peta = (xs: TargetBulan[]) => new Map(xs.map((x) => [x.bulan, Number(x.nilai)]));
  const a = peta(lama);
  const b = peta(baru);
  const bulan = new Set([...a.keys(), ...b.keys()]);
  return [...bulan].filter((m) => a.get(m) !== b.get(m)).sort((x, y) => x - y);
}

/** Evidence links: http(s) URLs only, at most `maks`. */
export function periksaTautan(masukan: unknown, maks: number): Hasil<{ url: string; nama: string }[]> {
  if (masukan == null || masukan === '') return { ok: true, nilai: [] };
  const daftar = Array.isArray(masukan) ? masukan : [masukan];
  if (daftar.length > maks) return gagal('BUKTI_TERLALU_BANYAK', `Paling banyak ${maks} tautan bukti.`, 'bukti_url');
  const hasil: { url: string; nama: string }[] = [];
  for (const x of daftar) {
    const url =
      typeof x === 'string' ? x.trim() : typeof x === 'object' && x ? String((x as any).url ?? '').trim() : '';
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return gagal(
        'TAUTAN_TIDAK_VALID',
        `Tautan bukti "${url.slice(0, 60)}" bukan alamat web yang valid.`,
        'bukti_url',
      );
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      return gagal('TAUTAN_TIDAK_VALID', 'Tautan bukti harus diawali http:// atau https://.', 'bukti_url');
    if (url.length > 1000)
      return gagal('TAUTAN_TIDAK_VALID', 'Tautan bukti terlalu panjang (maksimal 1000 karakter).', 'bukti_url');
    const nama = typeof x === 'object' && x && (x as any).nama ? String((x as any).nama).slice(0, 200) : u.hostname;
    hasil.push({ url, nama });
  }
  return { ok: true, nilai: hasil };
}

/** A renaksi marked deleted in a pending revision is not edited: 409 RENAKSI_DIHAPUS_DALAM_REVISI (restore it first). */
export function aturanUbahRenaksi(dihapusDalamRevisi: unknown): Keputusan {
  if (dihapusDalamRevisi) {
    return tolak(
      409,
      'RENAKSI_DIHAPUS_DALAM_REVISI',
      'Rencana aksi ini sudah dihapus dalam revisi; pulihkan dulu sebelum mengubahnya.',
    );
  }
  return BOLEH;
}

/** A month with a realisasi keeps its target: 409 TARGET_SUDAH_ADA_REALISASI naming the months (in realisasi order). */
export function aturanTargetTerisi(bulanTerisi: number[], targetBaru: TargetBulan[]): Keputusan {
  const baru = new Set(targetBaru.map((t) => t.bulan));
  const hilang = bulanTerisi.filter((b) => !baru.has(b));
  if (hilang.length) {
    return tolak(
      409,
      'TARGET_SUDAH_ADA_REALISASI',
      `Target bulan ${hilang.join(', ')} tidak dapat dihapus karena realisasinya sudah diisi.`,
      'target',
    );
  }
  return BOLEH;
}

/** A renaksi with realisasi is not deleted: 409 RENAKSI_SUDAH_ADA_REALISASI with their number. */
export function aturanHapusRenaksi(jumlahRealisasi: number): Keputusan {
  if (jumlahRealisasi) {
    return tolak(
      409,
      'RENAKSI_SUDAH_ADA_REALISASI',
      `Rencana aksi ini sudah memiliki ${jumlahRealisasi} realisasi dan tidak dapat dihapus.`,
    );
  }
  return BOLEH;
}

/** Only a renaksi marked deleted in the revision is restored: 409 RENAKSI_TIDAK_DIHAPUS. */
export function aturanPulihkanRenaksi(dihapusDalamRevisi: unknown): Keputusan {
  if (!dihapusDalamRevisi)
    return tolak(409, 'RENAKSI_TIDAK_DIHAPUS', 'Rencana aksi ini tidak sedang dihapus dalam revisi.');
  return BOLEH;
}

/**
 * Listing renaksi (GET /api/rencana-aksi): 403 AKSES_DITOLAK when the role reaches no pegawai at all; with a
 * nip (`bulanTerlihat`: the months of the year the caller may see of that pegawai), 403 AKSES_DITOLAK field
 * `nip` when he sees none of them, or not the month asked.
 */
export function aturanLihatRenaksi(f: { jangkauan: string; bulanTerlihat?: number[]; bulan?: number }): Keputusan {
  if (f.jangkauan === 'TIDAK_ADA') return tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat rencana aksi.');
  if (f.bulanTerlihat && (f.bulan != null ? !f.bulanTerlihat.includes(f.bulan) : !f.bulanTerlihat.length))
    return tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat rencana aksi pegawai ini.', 'nip');
  return BOLEH;
}
