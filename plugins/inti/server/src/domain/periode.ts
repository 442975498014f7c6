/**
 * Period-lock months of stored rows (a quarter BKAD marked disbursed refuses writes to its months): which
 * calendar month a row belongs to, for the Document Service lock guard. Pure.
 */

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
