/** Pure helpers of the TPP screens (rupiah and dates are shared: common/angka.ts, common/periode.ts). */
export { rupiah } from '../common/angka';
export { tanggalIndonesia } from '../common/periode';

export const triwulanDari = (bulan: number): number | null => (bulan >= 1 && bulan <= 12 ? Math.ceil(bulan / 3) : null);

export interface TitikTpp {
  tahun: number;
  bulan: number;
  jumlah_ditransfer: number;
}

/** The last `n` regular months (1–12) ending at the newest line, oldest first; months without a line are skipped. */
export const seri12Bulan = (baris: readonly TitikTpp[], n = 12): TitikTpp[] =>
  [...baris]
    .filter((b) => b.bulan >= 1 && b.bulan <= 12)
    .sort((a, b) => a.tahun - b.tahun || a.bulan - b.bulan)
    .slice(-n);

/** SVG polyline points for values scaled into a width × height box (min 0). */
export const titikGaris = (nilai: readonly number[], lebar: number, tinggi: number): string => {
  if (!nilai.length) return '';
  const maks = Math.max(1, ...nilai);
  const langkah = nilai.length > 1 ? lebar / (nilai.length - 1) : 0;
  return nilai.map((v, i) => `${Math.round(i * langkah)},${Math.round(tinggi - (v / maks) * tinggi)}`).join(' ');
};

/** The months of a quarter: 2 → [4, 5, 6]. */
export const bulanTriwulan = (triwulan: number): number[] => [1, 2, 3].map((i) => (triwulan - 1) * 3 + i);

/** Roman numeral of a quarter (I–IV). */
export const romawiTriwulan = (triwulan: number): string => ['I', 'II', 'III', 'IV'][triwulan - 1] ?? String(triwulan);

/**
 * The month the TPP screen opens on: the previous month (the month whose attendance and realisasi are
 * complete); January opens on January (the demo year has no December before it). 1-based.
 */
export const bulanBawaan = (kini: Date = new Date()): number => {
  const m = new Date(kini.getTime() + 7 * 3600_000).getUTCMonth() + 1; // WIB
  return m === 1 ? 1 : m - 1;
};

/** Whether BKAD is still too early to lock a quarter (dates YYYY-MM-DD; `hariIni` in Asia/Jakarta). */
export const kunciTerlaluDini = (dapatDikunciMulai: string | null | undefined, hariIni: string): boolean =>
  !!dapatDikunciMulai && hariIni < dapatDikunciMulai;

/** A lock/unlock reason long enough for the server (≥ min characters after trimming). */
export const alasanCukup = (alasan: string, min = 10): boolean => alasan.trim().length >= min;

/** Late arrivals / early departures of an attendance row, all minute buckets together. */
export const jumlahTelat = (b: {
  telat_1_30: number;
  telat_31_60: number;
  telat_61_90: number;
  telat_91_atau_tanpa_rekam: number;
}): number => b.telat_1_30 + b.telat_31_60 + b.telat_61_90 + b.telat_91_atau_tanpa_rekam;
export const jumlahPulangCepat = (b: {
  pulang_cepat_1_30: number;
  pulang_cepat_31_60: number;
  pulang_cepat_61_90: number;
  pulang_cepat_91_atau_tanpa_rekam: number;
}): number => b.pulang_cepat_1_30 + b.pulang_cepat_31_60 + b.pulang_cepat_61_90 + b.pulang_cepat_91_atau_tanpa_rekam;
