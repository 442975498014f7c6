import type { Core } from '@strapi/strapi';
import { bolehKelolaToken, galat, layanan } from '@m-skp/inti';

/** Thin controller of the token-api writes (inti's token-api service); Admin BKPSDM only. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'inti', 'token-api');
  const wajibBkpsdm = async (ctx: any) => {
    if (!bolehKelolaToken(await layanan(strapi, 'inti', 'cakupan').aktor(ctx))) throw galat.dilarang('Hanya Admin BKPSDM yang boleh mengelola token API.');
  };
  return {
    async buat(ctx: any) {
      await wajibBkpsdm(ctx);
      ctx.body = await svc().buat(ctx, ctx.request.body);
      ctx.status = 201;
    },
    async putar(ctx: any) {
      await wajibBkpsdm(ctx);
      ctx.body = await svc().putar(ctx, ctx.params.id);
    },
    async cabut(ctx: any) {
      await wajibBkpsdm(ctx);
      ctx.body = await svc().cabut(ctx, ctx.params.id);
    },
  };
};
