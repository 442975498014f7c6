import { bolehKelolaToken, galat } from '@m-skp/inti';

/** Thin controller of the token-api writes (inti's token-api service); Admin BKPSDM only. */
export default ({ strapi }: { strapi: any }) => {
  const svc = () => strapi.plugin('inti').service('token-api');
  const wajibBkpsdm = async (ctx: any) => {
    if (!bolehKelolaToken(await strapi.plugin('inti').service('cakupan').aktor(ctx))) throw galat.dilarang('Hanya Admin BKPSDM yang boleh mengelola token API.');
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
