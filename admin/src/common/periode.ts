/** Months, years and today's date as the panel shows them (Asia/Jakarta calendar, Intl month names). */

export const BULAN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** Month names through Intl (id: "Januari", en: "January"). */
export const namaBulan = (bulan: number, locale = 'id-ID', bentuk: 'long' | 'short' = 'long'): string =>
  new Date(Date.UTC(2026, bulan - 1, 15)).toLocaleString(locale, { month: bentuk, timeZone: 'UTC' });

/** Years offered when drafting: last year, this year (default) and next year (planning ahead). */
export const pilihanTahun = (tahunIni: number) => [tahunIni - 1, tahunIni, tahunIni + 1];

/** Today in the Asia/Jakarta calendar as YYYY-MM-DD (the default date of a print). */
export const hariIniJakarta = (sekarang: Date = new Date()): string => {
  const bagian = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(sekarang);
  const ambil = (jenis: string) => bagian.find(b => b.type === jenis)?.value ?? '';
  return `${ambil('year')}-${ambil('month')}-${ambil('day')}`;
};
