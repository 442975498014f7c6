import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';

/** Thin controller of the DPA import (integrations.md "SIPD"): read the parsed input, call the service. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'tpp', 'dpa');
  return {
    async templat(ctx: any) {
      const t = await svc().templat(ctx);
      ctx.set('Content-Disposition', `attachment; filename="${t.nama}"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = t.jenis;
      ctx.body = t.berkas;
    },
    async impor(ctx: any) {
      // the role is checked before the body (a pegawai gets 403 whatever he sends)
      await svc().wajibBolehImpor(ctx);
      const f = ctx.request.files?.berkas;
      const berkas = Array.isArray(f) ? f[0] : (f ?? null);
      ctx.body = { data: await svc().impor(ctx, masukan(ctx).body, berkas) };
    },
    async terapkan(ctx: any) {
      ctx.body = { data: await svc().terapkan(ctx, String(ctx.params.id)) };
    },
    async daftar(ctx: any) {
      ctx.body = { data: await svc().daftar(ctx, masukan(ctx).query) };
    },
  };
};
