import { masukan } from '@m-skp/inti';

/** Thin controller of the TPP run and the TPP lines. */
export default ({ strapi }: { strapi: any }) => ({
  async hitung(ctx: any) {
    const svc = strapi.plugin('tpp').service('hitung');
    await svc.wajibPenghitung(ctx);
    ctx.body = { data: await svc.hitung(ctx, masukan(ctx).body) };
  },
  async daftar(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await strapi.plugin('tpp').service('tpp').daftar(ctx, masukan(ctx).query);
  },
});
