import type { Core } from '@strapi/strapi';
import type { Aksi } from '../domain/alur';
import { masukan, layanan } from '@m-skp/inti';

/** Thin controller of RHK (and their IKI): read the parsed input, call the rencana/skp services, answer {data}. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rencana = () => layanan(strapi, 'kinerja', 'rencana');
  const transisi = (aksi: Aksi) => async (ctx: any) => {
    ctx.body = {
      data: await layanan(strapi, 'kinerja', 'skp').transisi(ctx, aksi, { rhk: ctx.params.id }, masukan(ctx).body),
    };
  };
  return {
    async ubah(ctx: any) {
      ctx.body = { data: await rencana().ubahRhk(ctx, ctx.params.id, masukan(ctx).body) };
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
      ctx.body = { data: await rencana().buatIki(ctx, ctx.params.id, masukan(ctx).body) };
    },
    async ubahIki(ctx: any) {
      ctx.body = { data: await rencana().ubahIki(ctx, ctx.params.id, masukan(ctx).body) };
    },
    async hapusIki(ctx: any) {
      ctx.body = { data: await rencana().hapusIki(ctx, ctx.params.id) };
    },
  };
};
