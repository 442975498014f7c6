/**
 * Indonesian date texts of the prints (exports.md: "27 November 2026"). Pure: dates are ISO strings
 * YYYY-MM-DD, read as calendar dates (no time zone involved).
 */
import { NAMA_BULAN, namaBulan, tanggalIndonesia } from '@m-skp/inti';

/** The month names and the date text live in inti (shared with the TPP lock's messages). */
export { NAMA_BULAN, namaBulan, tanggalIndonesia };

const POLA = /^(\d{4})-(\d{2})-(\d{2})$/;

/** true for a real calendar date written YYYY-MM-DD. */
export function tanggalIsoValid(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = POLA.exec(s);
  if (!m) return false;
  const [y, b, h] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (b < 1 || b > 12 || h < 1) return false;
  const d = new Date(Date.UTC(y, b - 1, h));
  return d.getUTCFullYear() === y && d.getUTCMonth() === b - 1 && d.getUTCDate() === h;
}

/**
 * The place/date line of a signature block: "Madiun, 27 November 2026". The place is resolved before
 * (the ?tempat= asked for, else `tempat_default` of policy `daerah`); a blank one prints the date alone.
 */
export function tempatTanggal(tempat: string, iso: string): string {
  const t = tempat.trim().replace(/\s+/g, ' ');
  return t ? `${t}, ${tanggalIndonesia(iso)}` : tanggalIndonesia(iso);
}

/** The period of an SKP: "1 Januari 2027 s.d. 31 Desember 2027". */
export function teksPeriode(mulai: string, akhir: string): string {
  return `${tanggalIndonesia(mulai)} s.d. ${tanggalIndonesia(akhir)}`;
}
