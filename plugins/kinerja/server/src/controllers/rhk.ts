import type { Core } from '@strapi/strapi';
import type { z } from 'zod';
import type { Aksi } from '../domain/alur';
import { masukan, layanan, type LayananInti } from '@m-skp/inti';
import type { skemaBuatIki, skemaTransisi, skemaUbahIki, skemaUbahRhk } from '../routes/skema/skp';

type PermintaanMasuk = Parameters<LayananInti['cakupan']['aktor']>[0];

/**
 * Thin controller of RHK (and their IKI): the actor (scope service) and the parsed input (route schemas), then
 * the rencana/skp services; answers {data}. The koa context stays untyped, as in every controller here.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rencana = () => layanan(strapi, 'kinerja', 'rencana');
  /** The actor of the request (the scope service reads the request's auth state). */
  const aktor = (ctx: PermintaanMasuk) => layanan(strapi, 'inti', 'cakupan').aktor(ctx);
  const transisi = (aksi: Aksi) => async (ctx: any) => {
    const body = masukan<z.infer<typeof skemaTransisi>>(ctx).body;
    ctx.body = {
      data: await layanan(strapi, 'kinerja', 'skp').transisi(await aktor(ctx), aksi, { rhk: ctx.params.id }, body),
    };
  };
  return {
    async ubah(ctx: any) {
      const body = masukan<z.infer<typeof skemaUbahRhk>>(ctx).body;
      ctx.body = { data: await rencana().ubahRhk(await aktor(ctx), ctx.params.id, body) };
    },
    async hapus(ctx: any) {
      ctx.body = { data: await rencana().hapusRhk(await aktor(ctx), ctx.params.id) };
    },
    revisi: transisi('REVISI_RHK'),
    ajukan: transisi('AJUKAN_RHK'),
    setujui: transisi('SETUJUI_RHK'),
    tolak: transisi('TOLAK_RHK'),
    async buatIki(ctx: any) {
      const body = masukan<z.infer<typeof skemaBuatIki>>(ctx).body;
      const data = await rencana().buatIki(await aktor(ctx), ctx.params.id, body);
      ctx.status = 201;
      ctx.body = { data };
    },
    async ubahIki(ctx: any) {
      const body = masukan<z.infer<typeof skemaUbahIki>>(ctx).body;
      ctx.body = { data: await rencana().ubahIki(await aktor(ctx), ctx.params.id, body) };
    },
    async hapusIki(ctx: any) {
      ctx.body = { data: await rencana().hapusIki(await aktor(ctx), ctx.params.id) };
    },
  };
};
