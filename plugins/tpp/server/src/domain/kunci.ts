/**
 * When a quarter may be locked (domain.md §7): only after the input deadline of its last month has
 * passed, the same deadline that closes realisasi entry (kinerja domain/capaian `batasInput`, day
 * `batas_input_hari` of the next month, policy `capaian`). Pure: dates are ISO YYYY-MM-DD (WIB).
 */
import { batasInput } from '@m-skp/kinerja/dist/server/domain/capaian';
import { tambahHari } from '@m-skp/inti/dist/server/domain/tanggal';
import { bulanTriwulan } from '@m-skp/inti/dist/server/domain/periode';

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
