/**
 * The PLT behaviour rule: while P is Plt of post J in a period, P's perilaku
 * for that period is rated once, in the Plt context (the evaluation of P's Plt SKP by J's penilai),
 * and that rating REPLACES the perilaku of P's definitive evaluation of the same period. When the
 * Plt post no longer covers the period (or its evaluation is gone), the definitive evaluation gets
 * back the rating its own penilai gave (`rating_perilaku_asli`).
 *
 * `perubahanPlt` compares what is stored with what the rule says and lists only the differences, so
 * applying its result and running it again yields nothing (idempotent).
 */
import type { Rating } from '@m-skp/kinerja';

export type JenisPeriode = 'BULANAN' | 'TRIWULAN';
export type SumberPerilaku = 'DEFINITIF' | 'PLT';

export interface EvaluasiPeriode {
  id: number;
  pegawaiId: number;
  periode_jenis: JenisPeriode;
  periode: number;
  /** DEFINITIF: the SKP of the pegawai's definitive post; PLT: the SKP of a post he holds as Plt */
  konteks: 'DEFINITIF' | 'PLT';
  /** the post of the SKP (for a Plt SKP: the acting post J) */
  jabatanId: number | null;
  rating_perilaku: Rating;
  rating_perilaku_asli: Rating | null;
  perilaku_source: SumberPerilaku;
}

/** A Plt post held by a pegawai during one period (active at the period's reference date). */
export interface PltPeriode {
  pegawaiId: number;
  jabatanId: number;
  periode_jenis: JenisPeriode;
  periode: number;
}

export interface KeadaanPerilaku {
  rating_perilaku: Rating;
  rating_perilaku_asli: Rating | null;
  perilaku_source: SumberPerilaku;
}

export interface PerubahanPlt {
  evaluasiId: number;
  pegawaiId: number;
  periode_jenis: JenisPeriode;
  periode: number;
  /** TERAPKAN: the Plt rating replaces the definitive one; KEMBALIKAN: the definitive rating comes back */
  aksi: 'TERAPKAN' | 'KEMBALIKAN';
  dari: KeadaanPerilaku;
  ke: KeadaanPerilaku;
  /** the Plt evaluation whose rating is applied (TERAPKAN) */
  sumberEvaluasiId: number | null;
}

const kunci = (pegawaiId: number, jenis: string, periode: number) => `${pegawaiId}:${jenis}:${periode}`;
const sama = (a: KeadaanPerilaku, b: KeadaanPerilaku) =>
  a.rating_perilaku === b.rating_perilaku &&
  a.perilaku_source === b.perilaku_source &&
  (a.rating_perilaku_asli ?? null) === (b.rating_perilaku_asli ?? null);

/** The changes that bring the definitive evaluations of the given periods in line with the Plt rule. */
export function perubahanPlt(evaluasi: EvaluasiPeriode[], pltAktif: PltPeriode[]): PerubahanPlt[] {
  const postPlt = new Map<string, Set<number>>();
  for (const p of pltAktif) {
    const k = kunci(p.pegawaiId, p.periode_jenis, p.periode);
    if (!postPlt.has(k)) postPlt.set(k, new Set());
    postPlt.get(k)!.add(p.jabatanId);
  }
  // The Plt evaluation of each (pegawai, period) whose post is still held then; the lowest post id
  // decides when (against the rule of one active Plt) there are several.
  const evaluasiPlt = new Map<string, EvaluasiPeriode>();
  for (const e of evaluasi) {
    if (e.konteks !== 'PLT' || e.jabatanId == null) continue;
    const k = kunci(e.pegawaiId, e.periode_jenis, e.periode);
    if (!postPlt.get(k)?.has(e.jabatanId)) continue;
    const ada = evaluasiPlt.get(k);
    if (!ada || (e.jabatanId as number) < (ada.jabatanId as number) || (e.jabatanId === ada.jabatanId && e.id < ada.id))
      evaluasiPlt.set(k, e);
  }
  const hasil: PerubahanPlt[] = [];
  for (const e of evaluasi) {
    if (e.konteks !== 'DEFINITIF') continue;
    const dari: KeadaanPerilaku = {
      rating_perilaku: e.rating_perilaku,
      rating_perilaku_asli: e.rating_perilaku_asli ?? null,
      perilaku_source: e.perilaku_source,
    };
    // What the definitive penilai gave: kept aside while the Plt rating stands.
    const asli = (e.perilaku_source === 'PLT' ? e.rating_perilaku_asli : null) ?? e.rating_perilaku;
    const plt = evaluasiPlt.get(kunci(e.pegawaiId, e.periode_jenis, e.periode));
    const ke: KeadaanPerilaku = plt
      ? { rating_perilaku: plt.rating_perilaku, rating_perilaku_asli: asli, perilaku_source: 'PLT' }
      : { rating_perilaku: asli, rating_perilaku_asli: null, perilaku_source: 'DEFINITIF' };
    if (sama(dari, ke)) continue;
    hasil.push({
      evaluasiId: e.id,
      pegawaiId: e.pegawaiId,
      periode_jenis: e.periode_jenis,
      periode: e.periode,
      aksi: plt ? 'TERAPKAN' : 'KEMBALIKAN',
      dari,
      ke,
      sumberEvaluasiId: plt?.id ?? null,
    });
  }
  return hasil;
}

/** Applies changes to evaluation rows (what the service writes), for tests and dry runs. */
export function terapkanPerubahan<T extends EvaluasiPeriode>(evaluasi: T[], perubahan: PerubahanPlt[]): T[] {
  const peta = new Map(perubahan.map((p) => [p.evaluasiId, p.ke]));
  return evaluasi.map((e) => (peta.has(e.id) ? { ...e, ...peta.get(e.id)! } : e));
}
