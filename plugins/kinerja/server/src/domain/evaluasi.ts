/**
 * Period rules of the evaluation (domain.md §5): the policy `evaluasi` (config/kebijakan/evaluasi.json)
 * says whether the periodic evaluation is monthly (BULANAN, default) or quarterly (TRIWULAN: given
 * for the quarter's last month, 3/6/9/12). One evaluation per (SKP, kind, period): `kunci_unik`.
 */
import { z } from 'zod';
import { bulanTriwulan, triwulanBerakhir } from '@m-skp/inti';

export const skemaEvaluasi = z.object({
  periode: z.enum(['BULANAN', 'TRIWULAN']),
});
export type KebijakanEvaluasi = z.infer<typeof skemaEvaluasi>;
export type JenisPeriodeEvaluasi = 'BULANAN' | 'TRIWULAN' | 'TAHUNAN';

export interface PeriodeEvaluasi {
  periode_jenis: 'BULANAN' | 'TRIWULAN';
  /** month 1–12 or quarter 1–4 */
  periode: number;
  /** the months the period covers (realisasi checked, capaian averaged) */
  bulan: number[];
}

export type HasilPeriode = { ok: true; nilai: PeriodeEvaluasi } | { ok: false; kode: string; pesan: string };

/** The periodic evaluation that month `bulan` stands for under the policy. */
export function periodeEvaluasi(bulan: number, k: KebijakanEvaluasi): HasilPeriode {
  if (k.periode === 'BULANAN') return { ok: true, nilai: { periode_jenis: 'BULANAN', periode: bulan, bulan: [bulan] } };
  const triwulan = triwulanBerakhir(bulan);
  if (triwulan == null) {
    return {
      ok: false,
      kode: 'BULAN_BUKAN_AKHIR_TRIWULAN',
      pesan: 'Evaluasi periodik berlaku per triwulan: isi bulan akhir triwulan (3, 6, 9 atau 12).',
    };
  }
  return { ok: true, nilai: { periode_jenis: 'TRIWULAN', periode: triwulan, bulan: bulanTriwulan(triwulan) } };
}

/** Last month of a stored period (null for the annual evaluation). */
export function bulanAkhirPeriode(jenis: JenisPeriodeEvaluasi, periode: number): number | null {
  if (jenis === 'BULANAN') return periode;
  if (jenis === 'TRIWULAN') return periode * 3;
  return null;
}

/**
 * The month whose quarter lock governs a stored evaluation or organisation predikat row
 * ({tahun, periode_jenis, periode}): the period's last month, December for the annual one (as the
 * evaluation service checks). Nothing for a row without a valid period.
 */
export function bulanKunciPeriode(row: {
  tahun?: unknown;
  periode_jenis?: unknown;
  periode?: unknown;
}): { tahun: number; bulan: number }[] {
  const tahun = Number(row?.tahun);
  const periode = Number(row?.periode);
  const jenis = (row?.periode_jenis ?? 'BULANAN') as JenisPeriodeEvaluasi;
  if (!Number.isInteger(tahun) || !Number.isInteger(periode) || !['BULANAN', 'TRIWULAN', 'TAHUNAN'].includes(jenis))
    return [];
  const bulan = bulanAkhirPeriode(jenis, periode) ?? 12;
  return bulan >= 1 && bulan <= 12 ? [{ tahun, bulan }] : [];
}

/**
 * Evaluation rows whose period ends in one of the months (query-engine filter alternatives, for `$or`):
 * a month, a quarter ending in it, the year when December is among them (bulanAkhirPeriode, TAHUNAN → 12).
 */
export function filterPeriodeBerakhir(bulan: number[]): Record<string, unknown>[] {
  const atau: Record<string, unknown>[] = [{ periode_jenis: 'BULANAN', periode: { $in: bulan } }];
  const triwulan = bulan.map(triwulanBerakhir).filter((t): t is number => t != null);
  if (triwulan.length) atau.push({ periode_jenis: 'TRIWULAN', periode: { $in: triwulan } });
  if (bulan.includes(12)) atau.push({ periode_jenis: 'TAHUNAN' });
  return atau;
}

/** The periodic evaluations that end in a month: the month itself, and the quarter it closes (3, 6, 9, 12). */
export function periodeBerakhirBulan(bulan: number): { periode_jenis: 'BULANAN' | 'TRIWULAN'; periode: number }[] {
  const triwulan = triwulanBerakhir(bulan);
  return [
    { periode_jenis: 'BULANAN', periode: bulan },
    ...(triwulan != null ? [{ periode_jenis: 'TRIWULAN' as const, periode: triwulan }] : []),
  ];
}

export const kunciUnikEvaluasi = (skpId: number, jenis: JenisPeriodeEvaluasi, periode: number) =>
  `${skpId}:${jenis}:${periode}`;

/** Mean of the non-null figures (2 decimals), or null. */
export function rataRata(xs: (number | null | undefined)[]): number | null {
  const ys = xs.filter((x): x is number => x != null && Number.isFinite(x));
  return ys.length ? Math.round((ys.reduce((a, b) => a + b, 0) / ys.length) * 100) / 100 : null;
}
