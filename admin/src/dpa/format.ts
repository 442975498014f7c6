import type { SasaranPk } from '../dataProvider/dpa';
import { rupiah } from '../common/angka';

/** Pure helpers of the DPA & Perjanjian Kinerja screen. */

/** Whole rupiah sent by the server as digits ("1250000000") → number for display; null/invalid → null. */
export const angkaRupiah = (s: string | number | null | undefined): number | null => {
  if (s == null || s === '') return null;
  const n = typeof s === 'number' ? s : /^-?\d+$/.test(String(s).trim()) ? Number(String(s).trim()) : NaN;
  return Number.isFinite(n) ? n : null;
};

/** One table row per indicator; the sasaran cell spans its indicators (`span` 0 = covered by the row above). */
export const barisSasaran = (
  sasaran: readonly SasaranPk[],
): { no: number; sasaran: string; span: number; indikator: string; target: string }[] =>
  sasaran.flatMap((s, n) => {
    const ind = s.indikator.length ? s.indikator : [{ indikator: '-', target: null, satuan: null }];
    return ind.map((i, k) => ({
      no: n + 1,
      sasaran: s.sasaran,
      span: k === 0 ? ind.length : 0,
      indikator: i.indikator,
      target:
        [i.target, i.satuan]
          .map((x) => String(x ?? '').trim())
          .filter(Boolean)
          .join(' ') || '-',
    }));
  });

/** Whole rupiah from the server's digit string, as "Rp 1.250.000" (missing or invalid: Rp 0). */
export const uang = (s: string | null | undefined): string => rupiah(angkaRupiah(s) ?? 0);
