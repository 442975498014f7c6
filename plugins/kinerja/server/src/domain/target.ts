/**
 * IKI targets (domain.md §3): a number ("80", "80,5", "1.250,5") or a range ("80-90", "80 – 90",
 * "80 s.d. 90"). Indonesian notation: comma is the decimal separator, dot groups thousands.
 */

export type HasilTarget =
  | { ok: true; teks: string; min: number; max: number }
  | { ok: false; kode: 'TARGET_TIDAK_VALID'; pesan: string; field: 'target' };

const ANGKA = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const TUNGGAL = new RegExp(`^(${ANGKA})$`);
const RENTANG = new RegExp(`^(${ANGKA})\\s*(?:-|–|—|s\\.?\\s?d\\.?|sampai(?:\\s+dengan)?)\\s*(${ANGKA})$`, 'i');

/** "1.250,5" → 1250.5; "80,5" → 80.5; "80.5" → 80.5 (a single dot with 1–2 decimals is a decimal point). */
export function keAngka(s: string): number {
  if (s.includes(',')) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  return Number(s);
}

export function uraiTarget(masukan: unknown): HasilTarget {
  const gagal = (pesan: string): HasilTarget => ({ ok: false, kode: 'TARGET_TIDAK_VALID', pesan, field: 'target' });
  if (typeof masukan === 'number') {
    if (!Number.isFinite(masukan) || masukan < 0) return gagal('Target harus angka tidak negatif.');
    return { ok: true, teks: String(masukan).replace('.', ','), min: masukan, max: masukan };
  }
  if (typeof masukan !== 'string' || !masukan.trim())
    return gagal('Target wajib diisi dengan angka (mis. 80 atau 80,5) atau rentang (mis. 80-90).');
  const teks = masukan.trim().replace(/\s+/g, ' ');
  const t = TUNGGAL.exec(teks);
  if (t) {
    const n = keAngka(t[1]);
    return { ok: true, teks, min: n, max: n };
  }
  const r = RENTANG.exec(teks);
  if (r) {
    const a = keAngka(r[1]);
    const b = keAngka(r[2]);
    if (a > b) return gagal(`Rentang target terbalik: batas bawah ${r[1]} lebih besar dari batas atas ${r[2]}.`);
    return { ok: true, teks, min: a, max: b };
  }
  return gagal(
    `Target "${teks.slice(0, 40)}" bukan angka atau rentang. Tulis angka (mis. 80 atau 80,5) atau rentang (mis. 80-90).`,
  );
}
