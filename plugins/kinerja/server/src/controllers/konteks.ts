import type { Context } from 'koa';
import type { BerkasMasuk } from '../services/bukti';

/**
 * The Koa context of a content-API request as kinerja's controllers read it: Koa's own, plus the route
 * params (Strapi's router) and the parsed body (Strapi's body parser).
 */
export type KonteksPermintaan = Context & {
  params: Record<string, string>;
  request: { body?: unknown };
};

/** The uploaded files of a multipart request per field, as the body parser (formidable) hands them over. */
export function berkasMultipart(ctx: KonteksPermintaan): Record<string, BerkasMasuk | BerkasMasuk[] | undefined> {
  return ((ctx.request as { files?: unknown }).files ?? {}) as Record<string, BerkasMasuk | BerkasMasuk[] | undefined>;
}

/** The uploaded files of one multipart field, always as an array. */
export function berkasPada(ctx: KonteksPermintaan, field: string): BerkasMasuk[] {
  const f = berkasMultipart(ctx)[field];
  if (!f) return [];
  return (Array.isArray(f) ? f : [f]).filter(Boolean);
}
