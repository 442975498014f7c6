import type { LayananInti } from '@m-skp/inti';
import type { BerkasUnggah } from '../services/lembar';

/** What the scope service builds an actor from (Strapi's auth state on the request). */
type PermintaanAktor = Parameters<LayananInti['cakupan']['aktor']>[0];

/** What tpp's controllers use of Koa's request context. */
export interface KonteksTpp extends PermintaanAktor {
  request: NonNullable<PermintaanAktor['request']> & {
    files?: Record<string, BerkasUnggah | BerkasUnggah[] | undefined>;
  };
  params: Record<string, string | undefined>;
  body: unknown;
  type: string;
  set(kolom: string, nilai: string): void;
}

/** The first file sent under `nama` (a repeated field sends several), or null. */
export function berkasDari(ctx: KonteksTpp, nama: string): BerkasUnggah | null {
  const f = ctx.request.files?.[nama];
  return Array.isArray(f) ? (f[0] ?? null) : (f ?? null);
}
