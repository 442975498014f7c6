import { layanan, type Aktor } from '@m-skp/inti';
import type { Core } from '@strapi/strapi';
/**
 * The query with its place filled: ?tempat= when given, else `tempat_default` of policy `daerah` at the
 * document's date (laporan service `daerah`).
 */
export function denganTempat<T extends { tempat?: string; tanggal: string }>(
  strapi: Core.Strapi,
  q: T,
): T & { tempat: string } {
  return { ...q, tempat: layanan(strapi, 'laporan', 'daerah').tempat(q.tempat, q.tanggal) };
}

/** The caller as an actor (the scope service builds it once per request); services take this, never the request. */
export function aktorDari(strapi: Core.Strapi, ctx: any): Promise<Aktor> {
  return layanan(strapi, 'inti', 'cakupan').aktor(ctx);
}

/** Content types of the exported files. */
export const JENIS_BERKAS = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as Record<string, string>;

/** Streams an exported file as a download (no sniffing, no caching). */
export function kirimBerkas(ctx: any, h: { berkas: Buffer; namaBerkas: string; jenis: string }) {
  ctx.status = 200;
  ctx.set('Content-Type', JENIS_BERKAS[h.jenis]);
  ctx.set('Content-Disposition', `attachment; filename="${h.namaBerkas}"`);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Cache-Control', 'no-store');
  ctx.body = h.berkas;
}
