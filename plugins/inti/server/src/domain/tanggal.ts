/**
 * Calendar dates of the city (Asia/Jakarta, WIB). A date is an ISO string YYYY-MM-DD.
 * Using the city's day, not UTC's, keeps "today" right between 00:00 and 07:00 WIB.
 */
export const ZONA_WAKTU = 'Asia/Jakarta';

export function hariIni(sekarang: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONA_WAKTU,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(sekarang);
}

export const tanggalValid = (s: unknown): s is string =>
  typeof s === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(s) &&
  !Number.isNaN(Date.parse(s + 'T00:00:00Z')) &&
  new Date(s + 'T00:00:00Z').toISOString().slice(0, 10) === s;

export function tambahHari(tanggal: string, hari: number): string {
  const d = new Date(tanggal + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + hari);
  return d.toISOString().slice(0, 10);
}

/** Indonesian month names, January first. */
export const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** The Indonesian name of month 1–12 (January = 1); the number itself for anything else. */
export const namaBulan = (bulan: number): string => NAMA_BULAN[bulan - 1] ?? String(bulan);

/** "2026-11-27" → "27 November 2026" (day without a leading zero). Throws on anything else. */
export function tanggalIndonesia(iso: string): string {
  if (!tanggalValid(iso)) throw new Error(`Tanggal tidak valid: ${JSON.stringify(iso)} (format YYYY-MM-DD)`);
  const [y, b, h] = iso.split('-').map(Number);
  return `${h} ${NAMA_BULAN[b - 1]} ${y}`;
}

const dua = (n: number) => String(n).padStart(2, '0');

/**
 * The reference date of a month: today clamped into it (the month's last day once it is past, its first day
 * while it is ahead). Posts, penilai and "who may see whose data" for a month are read at this date.
 */
export function tanggalAcuanBulan(tahun: number, bulan: number, hari: string = hariIni()): string {
  const mulai = `${tahun}-${dua(bulan)}-01`;
  const akhir = `${tahun}-${dua(bulan)}-${dua(new Date(Date.UTC(tahun, bulan, 0)).getUTCDate())}`;
  return hari < mulai ? mulai : hari > akhir ? akhir : hari;
}
