/**
 * The retry policy of every outbound call, as data: which failures are worth another attempt and how long to
 * wait before it. Remote systems of the city go down for seconds at a time (restarts, a busy database), so
 * network errors, timeouts and 5xx are retried with exponential backoff, a bounded number of times; a 4xx or a
 * malformed answer will not change by asking again, so it is never retried.
 */

export interface KebijakanUlang {
  /** Attempts in all, the first included (1 = no retry). */
  percobaanMaks: number;
  /** Wait before the second attempt. */
  tundaAwalMs: number;
  /** Each further wait is the previous one times this. */
  faktor: number;
  /** Upper bound of one wait. */
  tundaMaksMs: number;
}

export const KEBIJAKAN_ULANG_BAWAAN: KebijakanUlang = {
  percobaanMaks: 3,
  tundaAwalMs: 500,
  faktor: 2,
  tundaMaksMs: 10_000,
};

/** How one attempt failed. */
export type Kegagalan =
  | { jenis: 'JARINGAN'; kode?: string }
  | { jenis: 'WAKTU_HABIS' }
  | { jenis: 'HTTP'; status: number }
  | { jenis: 'PAYLOAD' };

export type KeputusanUlang =
  { ulang: true; tundaMs: number } | { ulang: false; alasan: 'BUKAN_SEMENTARA' | 'BATAS_PERCOBAAN' };

/** Whether a failure may pass by itself (network, timeout, 5xx). */
export function kegagalanSementara(k: Kegagalan): boolean {
  if (k.jenis === 'JARINGAN' || k.jenis === 'WAKTU_HABIS') return true;
  if (k.jenis === 'HTTP') return k.status >= 500 && k.status <= 599;
  return false;
}

/** The wait before attempt `percobaanBerikut` (2 = the first retry): tundaAwal · faktor^(n−2), capped. */
export function tundaSebelum(k: KebijakanUlang, percobaanBerikut: number): number {
  const n = Math.max(0, percobaanBerikut - 2);
  return Math.min(k.tundaMaksMs, Math.round(k.tundaAwalMs * Math.pow(k.faktor, n)));
}

/**
 * After attempt number `percobaan` (1-based) failed with `kegagalan`: try again after `tundaMs`, or stop and say
 * why (the failure is permanent, or the attempts are used up).
 */
export function keputusanUlang(k: KebijakanUlang, percobaan: number, kegagalan: Kegagalan): KeputusanUlang {
  if (!kegagalanSementara(kegagalan)) return { ulang: false, alasan: 'BUKAN_SEMENTARA' };
  if (percobaan >= k.percobaanMaks) return { ulang: false, alasan: 'BATAS_PERCOBAAN' };
  return { ulang: true, tundaMs: tundaSebelum(k, percobaan + 1) };
}
