import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';

/** Thin controller: read the parsed input, call the service, answer {data}. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'tpp', 'kunci');
  return {
    async daftar(ctx: any) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await svc().daftar(ctx, masukan(ctx).query) };
    },
    async kunci(ctx: any) {
      await svc().wajibPeran(ctx, 'bkad', 'admin_bkpsdm');
      ctx.body = { data: await svc().kunci(ctx, masukan(ctx).body) };
    },
    async buka(ctx: any) {
      await svc().wajibPeran(ctx, 'admin_bkpsdm');
      ctx.body = { data: await svc().buka(ctx, masukan(ctx).body) };
    },
  };
};
