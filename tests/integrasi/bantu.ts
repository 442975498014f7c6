/** Shared by the client tests: the mock servers on free ports and the settings that point the clients at them. */
import { GalatMskp } from '@m-skp/inti';
import { bacaKonfigurasi, type Sistem } from '@m-skp/integrasi';

// scripts/mock is plain Node (CommonJS), started by `npm run mock:servers` as well
export const mock = require('../../scripts/mock');

/** Settings of `sistem` at `url`: a short timeout (the "late answer" switch waits longer), 3 attempts. */
export const konfigurasiUji = (sistem: Sistem, url: string, lain: Record<string, string> = {}) =>
  bacaKonfigurasi(sistem, {
    [`${sistem}_URL`]: url,
    [`${sistem}_TIMEOUT_MS`]: '300',
    [`${sistem}_PERCOBAAN_MAKS`]: '3',
    [`${sistem}_TUNDA_AWAL_MS`]: '500',
    ...lain,
  });

/** Records the backoff waits instead of sleeping through them. */
export function tidurTercatat() {
  const tunda: number[] = [];
  return { tunda, tidur: async (ms: number) => void tunda.push(ms) };
}

/** The GalatMskp a promise rejects with (fails the test when it resolves or throws something else). */
export async function galatDari(p: Promise<unknown>): Promise<GalatMskp> {
  try {
    await p;
  } catch (e) {
    if (e instanceof GalatMskp) return e;
    throw e;
  }
  throw new Error('panggilan tidak gagal');
}

/** A port nothing listens on (a server opened and closed). */
export async function portMati(): Promise<number> {
  const net = await import('net');
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
