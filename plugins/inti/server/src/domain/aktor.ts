import type { Jangkauan } from './peran';

/**
 * Who acts: the one value a controller hands to the services (never the request itself). Built once per
 * request by the scope service (`cakupan.aktor(ctx)`); scheduled jobs act as `aktorSistem(tugas)`.
 */
export interface Aktor {
  userId: number | null;
  username: string | null;
  /** role type (users-permissions), 'token' for an external system, 'sistem' for a scheduled job */
  peran: string | null;
  jangkauan: Jangkauan;
  pegawaiId: number | null;
  opdId: number | null;
  /** API token name when the caller is an external system. */
  token: string | null;
  /** API token id when the caller is an external system (keys per caller, e.g. Idempotency-Key) */
  tokenId?: number | null;
  /** the caller's address, for the audit trail (null for jobs) */
  ip?: string | null;
  /** the scheduled job acting (aktorSistem), null for requests */
  sistem?: string | null;
}

export const PERAN_SISTEM = 'sistem';

/**
 * The actor of a scheduled job or start-up task: reaches every pegawai (a job works for the whole city), belongs to
 * no user, and is named in the audit trail as `sistem:<tugas>`.
 */
export function aktorSistem(tugas: string): Aktor {
  return {
    userId: null,
    username: `sistem:${tugas}`,
    peran: PERAN_SISTEM,
    jangkauan: 'SEMUA',
    pegawaiId: null,
    opdId: null,
    token: null,
    ip: null,
    sistem: tugas,
  };
}

/** The audit fields of an actor: who (user id, user name, `token:<name>` or `sistem:<job>`) and from where. */
export function jejakAktor(a: Aktor | null | undefined): {
  aktorId: number | null;
  aktor: string | null;
  ip: string | null;
} {
  if (!a) return { aktorId: null, aktor: null, ip: null };
  return {
    aktorId: a.userId,
    aktor: a.username ?? (a.token ? `token:${a.token}` : null),
    ip: a.ip ?? null,
  };
}
