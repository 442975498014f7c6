import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';

/** Thin controller of the TPP run and the TPP lines. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async hitung(ctx: any) {
    const svc = layanan(strapi, 'tpp', 'hitung');
    await svc.wajibPenghitung(ctx);
    ctx.body = { data: await svc.hitung(ctx, masukan(ctx).body) };
  },
  async daftar(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await layanan(strapi, 'tpp', 'tpp').daftar(ctx, masukan(ctx).query);
  },
});
