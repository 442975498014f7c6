import { masukan, uraiMasukan } from '@m-skp/inti';
import { skemaNipEvaluasi } from '../routes/skema/evaluasi';

/** Thin controller: read the parsed input, call the evaluasi service, answer {data}. */
export default ({ strapi }: { strapi: any }) => {
  const layanan = () => strapi.plugin('kinerja').service('evaluasi');
  // The nip is read first (404 unknown, 403 not the penilai), then the whole body is validated (400): the
  // route parses the body when the service asks for it (`tunda`).
  const mentah = (ctx: any) => uraiMasukan(skemaNipEvaluasi, ctx.request.body);
  const lengkap = (ctx: any) => () => masukan(ctx).body;
  return {
    async buat(ctx: any) {
      const h = await layanan().buat(ctx, mentah(ctx), lengkap(ctx));
      ctx.status = h.status;
      ctx.body = { data: h.data };
    },
    async buatTahunan(ctx: any) {
      const h = await layanan().buatTahunan(ctx, mentah(ctx), lengkap(ctx));
      ctx.status = h.status;
      ctx.body = { data: h.data };
    },
    async daftar(ctx: any) {
      ctx.body = await layanan().daftar(ctx, masukan(ctx).query);
    },
    async persiapan(ctx: any) {
      ctx.body = { data: await layanan().persiapan(ctx, masukan(ctx).query) };
    },
  };
};
