import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';

/** Thin controller: read the parsed input, call the service, answer {data}. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'kinerja', 'predikat-organisasi');
  return {
    async ambil(ctx: any) {
      ctx.body = { data: await svc().ambil(ctx, masukan(ctx).query) };
    },
    async tetapkan(ctx: any) {
      ctx.body = { data: await svc().tetapkan(ctx, masukan(ctx).body) };
    },
    async finalkan(ctx: any) {
      ctx.body = { data: await svc().finalkan(ctx, masukan(ctx).body) };
    },
    async override(ctx: any) {
      ctx.body = { data: await svc().override(ctx, masukan(ctx).body) };
    },
  };
};
