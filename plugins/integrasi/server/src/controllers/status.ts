import type { Core } from '@strapi/strapi';
import { layanan } from '@m-skp/inti';

/** Thin controller: the caller's actor to the client service, answer {data: [one status per system]}. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async lihat(ctx: any) {
    const aktor = await layanan(strapi, 'inti', 'cakupan').aktor(ctx);
    ctx.body = { data: layanan(strapi, 'integrasi', 'klien').statusUntuk(aktor) };
  },
});
