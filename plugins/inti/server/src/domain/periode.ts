/**
 * Period-lock months of stored rows (a quarter BKAD marked disbursed refuses writes to its months): which
 * calendar month a row belongs to, for the Document Service lock guard. Pure.
 */
import { tolak, type Penolakan } from './keputusan';
import { namaBulan } from './tanggal';

/** A month a stored row belongs to. */
export interface BulanPeriode {
  tahun: number;
  bulan: number;
}

/** The month of a row with `tahun` and `bulan` columns (realisasi, presensi, TPP lines); none outside 1–12. */
export function bulanKolom(row: Record<string, any> | null | undefined): BulanPeriode[] {
  const tahun = Number(row?.tahun);
  const bulan = Number(row?.bulan);
  return Number.isInteger(tahun) && Number.isInteger(bulan) && bulan >= 1 && bulan <= 12 ? [{ tahun, bulan }] : [];
}

/** The quarter (1–4) a month 1–12 lies in. */
export const triwulanBulan = (bulan: number): number => Math.ceil(bulan / 3);

/** The three months of a quarter 1–4. */
export const bulanTriwulan = (triwulan: number): number[] => [triwulan * 3 - 2, triwulan * 3 - 1, triwulan * 3];

/** The quarter that ends with the month (3 → 1, 6 → 2, ...), or null for a month inside a quarter. */
export const triwulanBerakhir = (bulan: number): number | null => (bulan % 3 === 0 ? bulan / 3 : null);

/** The key of a quarter of a year ("2026:2"), as the period locks store it. */
export const kunciTriwulan = (tahun: number, triwulan: number): string => `${tahun}:${triwulan}`;

/** The refusal of a write to a month of a locked quarter: 423 PERIODE_TERKUNCI with the year, month and quarter. */
export function penolakanKunci(tahun: number, bulan: number): Penolakan {
  const triwulan = triwulanBulan(bulan);
  return tolak(
    423,
    'PERIODE_TERKUNCI',
    `Periode ${namaBulan(bulan)} ${tahun} (triwulan ${triwulan}) sudah dikunci karena TPP prestasi kerjanya telah dibayarkan. ` +
      'Hubungi Admin BKPSDM untuk membuka kunci.',
    'bulan',
    { tahun, bulan, triwulan },
  );
}
