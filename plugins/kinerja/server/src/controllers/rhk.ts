import { urai, skemaUbahRhk, skemaTransisi, skemaBuatIki, skemaUbahIki } from './skema';

/** Thin controller of RHK (and their IKI): validate, call the rencana/skp services, answer {data}. */
export default ({ strapi }: { strapi: any }) => {
  const rencana = () => strapi.plugin('kinerja').service('rencana');
  const transisi = (aksi: string) => async (ctx: any) => {
    ctx.body = { data: await strapi.plugin('kinerja').service('skp').transisi(ctx, aksi, { rhk: ctx.params.id }, urai(skemaTransisi, ctx.request.body)) };
  };
  return {
    async ubah(ctx: any) {
      ctx.body = { data: await rencana().ubahRhk(ctx, ctx.params.id, urai(skemaUbahRhk, ctx.request.body)) };
    },
    async hapus(ctx: any) {
      ctx.body = { data: await rencana().hapusRhk(ctx, ctx.params.id) };
    },
    revisi: transisi('REVISI_RHK'),
    ajukan: transisi('AJUKAN_RHK'),
    setujui: transisi('SETUJUI_RHK'),
    tolak: transisi('TOLAK_RHK'),
    async buatIki(ctx: any) {
      ctx.status = 201;
      ctx.body = { data: await rencana().buatIki(ctx, ctx.params.id, urai(skemaBuatIki, ctx.request.body)) };
    },
    async ubahIki(ctx: any) {
      ctx.body = { data: await rencana().ubahIki(ctx, ctx.params.id, urai(skemaUbahIki, ctx.request.body)) };
    },
    async hapusIki(ctx: any) {
      ctx.body = { data: await rencana().hapusIki(ctx, ctx.params.id) };
    },
  };
};
