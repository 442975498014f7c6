import type { Core } from '@strapi/strapi';
import { bolehKelolaToken, galat, layanan } from '@m-skp/inti';

/** Thin controller of the token-api writes (inti's token-api service); Admin BKPSDM only. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'inti', 'token-api');
  /** The caller's actor, when it is an Admin BKPSDM (403 otherwise). */
  const wajibBkpsdm = async (ctx: any) => {
    const aktor = await layanan(strapi, 'inti', 'cakupan').aktor(ctx);
    if (!bolehKelolaToken(aktor)) throw galat.dilarang('Hanya Admin BKPSDM yang boleh mengelola token API.');
    return aktor;
  };
  return {
    async buat(ctx: any) {
      ctx.body = await svc().buat(await wajibBkpsdm(ctx), ctx.request.body);
      ctx.status = 201;
    },
    async putar(ctx: any) {
      ctx.body = await svc().putar(await wajibBkpsdm(ctx), ctx.params.id);
    },
    async cabut(ctx: any) {
      ctx.body = await svc().cabut(await wajibBkpsdm(ctx), ctx.params.id);
    },
  };
};
