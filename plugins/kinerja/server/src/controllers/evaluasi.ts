import type { Core } from '@strapi/strapi';
import { masukan, uraiMasukan, layanan } from '@m-skp/inti';
import type { KonteksPermintaan } from './konteks';
import { skemaNipEvaluasi } from '../routes/skema/evaluasi';
import type { FilterEvaluasi, FilterPersiapanEvaluasi, IsianEvaluasi } from '../services/evaluasi';

/** Thin controller: build the actor and the parsed input, call the evaluasi service, answer {data}. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const evaluasi = () => layanan(strapi, 'kinerja', 'evaluasi');
  const aktor = (ctx: KonteksPermintaan) => layanan(strapi, 'inti', 'cakupan').aktor(ctx);
  // The nip is read first (404 unknown, 403 not the penilai), then the whole body is validated (400): the
  // route parses the body when the service asks for it (`tunda`).
  const mentah = (ctx: KonteksPermintaan) => uraiMasukan(skemaNipEvaluasi, ctx.request.body);
  const lengkap = (ctx: KonteksPermintaan) => () => masukan<IsianEvaluasi>(ctx).body;
  return {
    async buat(ctx: KonteksPermintaan) {
      const h = await evaluasi().buat(await aktor(ctx), mentah(ctx), lengkap(ctx));
      ctx.status = h.status;
      ctx.body = { data: h.data };
    },
    async buatTahunan(ctx: KonteksPermintaan) {
      const h = await evaluasi().buatTahunan(await aktor(ctx), mentah(ctx), lengkap(ctx));
      ctx.status = h.status;
      ctx.body = { data: h.data };
    },
    async daftar(ctx: KonteksPermintaan) {
      ctx.body = await evaluasi().daftar(await aktor(ctx), masukan<unknown, FilterEvaluasi>(ctx).query);
    },
    async persiapan(ctx: KonteksPermintaan) {
      const f = masukan<unknown, FilterPersiapanEvaluasi>(ctx).query;
      ctx.body = { data: await evaluasi().persiapan(await aktor(ctx), f) };
    },
  };
};
