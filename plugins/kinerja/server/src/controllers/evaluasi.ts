import type { Core } from '@strapi/strapi';
import { masukan, uraiMasukan, layanan } from '@m-skp/inti';
import { skemaNipEvaluasi } from '../routes/skema/evaluasi';

/** Thin controller: read the parsed input, call the evaluasi service, answer {data}. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const evaluasi = () => layanan(strapi, 'kinerja', 'evaluasi');
  // The nip is read first (404 unknown, 403 not the penilai), then the whole body is validated (400): the
  // route parses the body when the service asks for it (`tunda`).
  const mentah = (ctx: any) => uraiMasukan(skemaNipEvaluasi, ctx.request.body);
  const lengkap = (ctx: any) => () => masukan(ctx).body;
  return {
    async buat(ctx: any) {
      const h = await evaluasi().buat(ctx, mentah(ctx), lengkap(ctx));
      ctx.status = h.status;
      ctx.body = { data: h.data };
    },
    async buatTahunan(ctx: any) {
      const h = await evaluasi().buatTahunan(ctx, mentah(ctx), lengkap(ctx));
      ctx.status = h.status;
      ctx.body = { data: h.data };
    },
    async daftar(ctx: any) {
      ctx.body = await evaluasi().daftar(ctx, masukan(ctx).query);
    },
    async persiapan(ctx: any) {
      ctx.body = { data: await evaluasi().persiapan(ctx, masukan(ctx).query) };
    },
  };
};
