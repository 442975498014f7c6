import { KEBIJAKAN_ULANG_BAWAAN, type KebijakanUlang } from './ulang';

/**
 * Each external system's connection settings, read from environment variables (documented in
 * config/.env.example). A system without its URL is switched off: its client answers "tidak dikonfigurasi"
 * instead of calling anything. A malformed setting switches it off too, naming the variable, so a typo never
 * turns into a silent default.
 */

export type Sistem = 'EKAK' | 'SIMPEG';

export const NAMA_SISTEM: Record<Sistem, string> = { EKAK: 'eKAK', SIMPEG: 'SIMPEG' };

export interface KonfigurasiAktif {
  status: 'AKTIF';
  sistem: Sistem;
  urlDasar: string;
  /** Sent as `Authorization: Bearer <token>` when set. */
  token: string | null;
  /** Per-attempt timeout. */
  timeoutMs: number;
  ulang: KebijakanUlang;
  /** Page size of paged listings (SIMPEG `per_page`). */
  perHalaman: number;
}

export interface KonfigurasiMati {
  status: 'TIDAK_DIKONFIGURASI' | 'KONFIGURASI_SALAH';
  sistem: Sistem;
  pesan: string;
}

export type KonfigurasiSistem = KonfigurasiAktif | KonfigurasiMati;

export type Lingkungan = Record<string, string | undefined>;

export const BAWAAN = { timeoutMs: 10_000, perHalaman: 100 } as const;

/** The variable names of one system (`EKAK_URL`, `SIMPEG_TIMEOUT_MS`, …). */
export const variabel = (s: Sistem) => ({
  url: `${s}_URL`,
  token: `${s}_TOKEN`,
  timeoutMs: `${s}_TIMEOUT_MS`,
  percobaanMaks: `${s}_PERCOBAAN_MAKS`,
  tundaAwalMs: `${s}_TUNDA_AWAL_MS`,
  perHalaman: `${s}_PER_HALAMAN`,
});

function bulat(env: Lingkungan, nama: string, bawaan: number, min: number, maks: number): number | string {
  const v = env[nama]?.trim();
  if (v == null || v === '') return bawaan;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > maks)
    return `${nama} harus bilangan bulat ${min}–${maks}, bukan "${v}".`;
  return Number(v);
}

/** The settings of `sistem` from `env`. */
export function bacaKonfigurasi(sistem: Sistem, env: Lingkungan): KonfigurasiSistem {
  const v = variabel(sistem);
  const nama = NAMA_SISTEM[sistem];
  const url = env[v.url]?.trim() ?? '';
  if (!url) return { status: 'TIDAK_DIKONFIGURASI', sistem, pesan: `${nama} tidak dikonfigurasi (${v.url} kosong).` };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { status: 'KONFIGURASI_SALAH', sistem, pesan: `${v.url} bukan URL yang sah: "${url}".` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return { status: 'KONFIGURASI_SALAH', sistem, pesan: `${v.url} harus http:// atau https://, bukan "${url}".` };

  const timeoutMs = bulat(env, v.timeoutMs, BAWAAN.timeoutMs, 1, 600_000);
  const percobaanMaks = bulat(env, v.percobaanMaks, KEBIJAKAN_ULANG_BAWAAN.percobaanMaks, 1, 10);
  const tundaAwalMs = bulat(env, v.tundaAwalMs, KEBIJAKAN_ULANG_BAWAAN.tundaAwalMs, 0, 60_000);
  const perHalaman = bulat(env, v.perHalaman, BAWAAN.perHalaman, 1, 1000);
  for (const x of [timeoutMs, percobaanMaks, tundaAwalMs, perHalaman])
    if (typeof x === 'string') return { status: 'KONFIGURASI_SALAH', sistem, pesan: x };

  return {
    status: 'AKTIF',
    sistem,
    urlDasar: url.replace(/\/+$/, ''),
    token: env[v.token]?.trim() || null,
    timeoutMs: timeoutMs as number,
    ulang: { ...KEBIJAKAN_ULANG_BAWAAN, percobaanMaks: percobaanMaks as number, tundaAwalMs: tundaAwalMs as number },
    perHalaman: perHalaman as number,
  };
}
