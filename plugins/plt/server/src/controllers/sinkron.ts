import type { Core } from '@strapi/strapi';
import type { z } from 'zod';
import { layanan, masukan } from '@m-skp/inti';
import type { skemaSinkronPlt } from '../routes/skema/sinkron';

/** Thin controller: the caller's actor and the parsed body to the sync, answer {data}. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async jalankan(ctx: any) {
    const aktor = await layanan(strapi, 'inti', 'cakupan').aktor(ctx);
    const isian = masukan<z.infer<typeof skemaSinkronPlt>>(ctx).body;
    ctx.body = { data: await layanan(strapi, 'plt', 'sinkron').sinkronPlt(aktor, isian) };
  },
});
