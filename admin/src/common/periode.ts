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
  const ambil = (jenis: string) => bagian.find((b) => b.type === jenis)?.value ?? '';
  return `${ambil('year')}-${ambil('month')}-${ambil('day')}`;
};

/**
 * "27 November 2026" (date only) or "27 November 2026 14.05" (with time) in Asia/Jakarta;
 * '-' for an empty or unreadable value.
 */
export const tanggalIndonesia = (
  iso: string | null | undefined,
  opsi: { jam?: boolean; locale?: string } = {},
): string => {
  if (!iso) return '-';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '-';
  const locale = opsi.locale ?? 'id-ID';
  const tanggal = d.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Jakarta',
  });
  if (!opsi.jam) return tanggal;
  const jam = d.toLocaleTimeString(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Jakarta',
  });
  return `${tanggal} ${jam}`;
};
