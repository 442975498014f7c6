import type { Core } from '@strapi/strapi';
import { layanan } from '@m-skp/inti';
import { berkasPada, type KonteksPermintaan } from './konteks';
/**
 * Thin controller: evidence download and the signed SKP document (logic in services/bukti.ts).
 * Files are never served from public/: only here, as attachments, after the scope check.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'kinerja', 'bukti');
  const aktor = (ctx: KonteksPermintaan) => layanan(strapi, 'inti', 'cakupan').aktor(ctx);
  return {
    /** GET /api/bukti/:id — id is the file id found in `bukti[].id` and `dokumen.id` (url `/api/bukti/<id>`). */
    async unduh(ctx: KonteksPermintaan) {
      const b = await svc().unduh(await aktor(ctx), ctx.params.id);
      ctx.set('Content-Type', b.mime);
      ctx.set('Content-Disposition', b.disposition);
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.set('Cache-Control', 'private, no-store');
      ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
      if (b.ukuran) ctx.set('Content-Length', String(b.ukuran));
      ctx.body = b.stream;
      // koa derives the type from a stream body only when none is set; keep the sniffed one
      ctx.type = b.mime;
    },

    /** POST /api/skp/:id/dokumen (multipart field `dokumen`). */
    async unggahDokumenSkp(ctx: KonteksPermintaan) {
      const data = await svc().unggahDokumenSkp(await aktor(ctx), ctx.params.id, berkasPada(ctx, 'dokumen'));
      ctx.body = { data };
    },
  };
};
