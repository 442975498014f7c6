import type { Kuota, LaporanPredikat } from '../dataProvider/laporanPredikat';

/** Pure helpers of the Laporan Predikat Kinerja screen (tested with vitest). */

/** The prefix of the screen's message keys. */
export const K = 'mskp.laporan_predikat.';
/** The colour of a broken quota and of the violations. */
export const MERAH = 'error.main';

export const ALASAN_MINIMAL = 10;

export interface BatangDistribusi {
  kode: number;
  nama: string;
  jumlah: number;
  persen: number;
  /** quota bounds of rules on this predikat alone (head counts) */
  maks: number | null;
  min: number | null;
  /** the count breaks one of those bounds */
  langgar: boolean;
}

/** Bars of the distribution chart: count per predikat with the bounds of the single-predikat quota rules. */
export function batangDistribusi(data: Pick<LaporanPredikat, 'distribusi' | 'kuota'>): BatangDistribusi[] {
  return data.distribusi.map((d) => {
    const sendiri = (batas: Kuota['batas']) =>
      data.kuota
        .filter((k) => k.batas === batas && k.predikat.length === 1 && k.predikat[0] === d.kode)
        .map((k) => k.batas_jumlah);
    const maks = sendiri('maks').length ? Math.min(...sendiri('maks')) : null;
    const min = sendiri('min').length ? Math.max(...sendiri('min')) : null;
    return { ...d, maks, min, langgar: (maks != null && d.jumlah > maks) || (min != null && d.jumlah < min) };
  });
}

export type AlasanTidakFinal =
  | { kode: 'final' }
  | { kode: 'belum_ditetapkan' }
  | { kode: 'diblokir'; jumlah: number }
  | { kode: 'tidak_berwenang' }
  | null;

/** Why "Finalkan periode" is disabled (null = it may be pressed). */
export function alasanTidakFinal(
  data: Pick<LaporanPredikat, 'predikat_organisasi' | 'blokir' | 'pelanggaran'>,
  boleh: { tetapkan: boolean } | undefined,
): AlasanTidakFinal {
  if (data.predikat_organisasi.status === 'FINAL') return { kode: 'final' };
  if (!boleh?.tetapkan) return { kode: 'tidak_berwenang' };
  if (data.predikat_organisasi.sumber !== 'DITETAPKAN') return { kode: 'belum_ditetapkan' };
  if (data.blokir) return { kode: 'diblokir', jumlah: data.pelanggaran.length };
  return null;
}

/** A written reason is long enough (trimmed). */
export const alasanCukup = (alasan: string) => alasan.trim().length >= ALASAN_MINIMAL;

/** "83,33%" / "83.33%" by locale. */
export const teksPersen = (n: number, locale: string) =>
  `${Number(n ?? 0).toLocaleString(locale, { maximumFractionDigits: 2 })}%`;
