import type { z } from 'zod';
import { GalatMskp } from './domain/galat';
import type { Ranah } from './domain/peran';
import { MIDDLEWARE_MULTIPART } from './middlewares/multipart';
import { kebijakanRanah } from './policies/ranah';

/**
 * The one way every M-SKP plugin declares a content-API route: its data area, method, path, handler and the
 * zod schemas of its request parts. A route table binds the area once (`const r = rute('kinerja')`) and
 * writes one route per line: `r('POST', '/skp', 'skp.buat', { skema: { body: skemaBuatSkp } })`.
 *
 * The request parts named in `skema` are parsed after Strapi's authentication, the area policy and the
 * multipart parser (route middleware), and the parsed values wait for the controller in
 * `ctx.state.masukan` (read with `masukan(ctx)`): unknown keys stripped, numbers coerced, defaults filled.
 * The first problem is a 400 ISIAN_TIDAK_VALID naming the field in Indonesian.
 */

export type Metode = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type BagianPermintaan = 'body' | 'query' | 'params';
export type SkemaRute = Partial<Record<BagianPermintaan, z.ZodType>>;

export interface OpsiRute {
  /** zod schemas of the request parts the handler reads */
  skema?: SkemaRute;
  /** the route takes files: its multipart body is parsed after authorisation (inti `multipart`) */
  berkas?: boolean;
  /**
   * Parse when the controller first reads the part, not before it: for handlers that must refuse by role
   * or by the record (403/404) before they judge the body (400).
   */
  tunda?: boolean;
  /** no token needed (Strapi `auth: false`) */
  publik?: boolean;
}

/** Parses a body, query or params object; the first problem is a 400 naming the field. */
export function uraiMasukan<T extends z.ZodType>(skema: T, masukan: unknown): z.output<T> {
  const r = skema.safeParse(masukan ?? {});
  if (r.success) return r.data;
  const isu = r.error.issues[0];
  const field = isu.path.join('.') || undefined;
  const kosong = isu.code === 'invalid_type' && (isu as { input?: unknown }).input === undefined;
  const pesan = kosong ? `${field} wajib diisi.` : `${field ? field + ': ' : ''}${isu.message}`;
  throw new GalatMskp(400, 'ISIAN_TIDAK_VALID', pesan, field);
}

const SUMBER: Record<BagianPermintaan, (ctx: any) => unknown> = {
  body: (ctx) => ctx.request?.body,
  query: (ctx) => ctx.query,
  params: (ctx) => ctx.params,
};

/**
 * Route middleware of a route with schemas: puts the parsed parts on `ctx.state.masukan`. Each part is
 * parsed once; at once (default) or, with `tunda`, on the controller's first read.
 */
export function middlewareMasukan(skema: SkemaRute, tunda = false) {
  return async (ctx: any, next: () => Promise<unknown>) => {
    const hasil: Partial<Record<BagianPermintaan, unknown>> = {};
    const masukan = {};
    for (const bagian of Object.keys(skema) as BagianPermintaan[]) {
      const s = skema[bagian];
      if (!s) continue;
      Object.defineProperty(masukan, bagian, {
        enumerable: true,
        get: () => {
          if (!(bagian in hasil)) hasil[bagian] = uraiMasukan(s, SUMBER[bagian](ctx));
          return hasil[bagian];
        },
      });
      if (!tunda) void (masukan as Record<string, unknown>)[bagian];
    }
    ctx.state.masukan = masukan;
    return next();
  };
}

/** The parsed request parts of the current route (its `skema`), typed by the caller. */
export function masukan<B = any, Q = any, P = any>(ctx: any): { body: B; query: Q; params: P } {
  return ctx.state?.masukan ?? {};
}

/** The route helper of a data area (peran.ts RANAH_PERAN; policy plugin::inti.ranah), or of none (`null`). */
export function rute(ranah: Ranah | null) {
  return (method: Metode, path: string, handler: string, opsi: OpsiRute = {}) => {
    const middlewares: unknown[] = [];
    if (opsi.berkas) middlewares.push(MIDDLEWARE_MULTIPART);
    if (opsi.skema && Object.values(opsi.skema).some(Boolean))
      middlewares.push(middlewareMasukan(opsi.skema, opsi.tunda));
    return {
      method,
      path,
      handler,
      config: {
        ...(opsi.publik ? { auth: false as const } : {}),
        policies: ranah ? [kebijakanRanah(ranah)] : [],
        ...(middlewares.length ? { middlewares } : {}),
      },
    };
  };
}

/** A route as the helper declares it (for typed route tables). */
export type Rute = ReturnType<ReturnType<typeof rute>>;
