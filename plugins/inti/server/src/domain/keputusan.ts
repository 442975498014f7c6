/**
 * The answer of a refusal rule: allowed (with what the rule found), or refused with the HTTP status,
 * the stable machine code, the Indonesian message, the field at fault and extra details the API reports.
 * Rules are pure and return this; services throw the refusal (`pastikan`) and write nothing.
 */
import { GalatMskp } from './galat';

export interface Penolakan {
  ok: false;
  status: number;
  kode: string;
  pesan: string;
  field?: string;
  detail?: Record<string, unknown>;
}

export type Keputusan<T extends object = Record<never, never>> = ({ ok: true } & T) | Penolakan;

export const BOLEH = { ok: true } as const;

export function tolak(
  status: number,
  kode: string,
  pesan: string,
  field?: string,
  detail?: Record<string, unknown>,
): Penolakan {
  return { ok: false, status, kode, pesan, ...(field ? { field } : {}), ...(detail ? { detail } : {}) };
}

/** The refusal as the error the API answers with. */
export const galatDari = (p: Penolakan) => new GalatMskp(p.status, p.kode, p.pesan, p.field, p.detail);

/** The allowed decision, or the refusal thrown as a GalatMskp. */
export function pastikan<T extends object>(k: Keputusan<T>): { ok: true } & T {
  if (!k.ok) throw galatDari(k);
  return k;
}
