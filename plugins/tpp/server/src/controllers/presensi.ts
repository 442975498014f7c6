import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';

/** Thin controller of the attendance import (integrations.md "Presensi"): read the parsed input, call the service. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'tpp', 'presensi');
  return {
    async templat(ctx: any) {
      const { format } = masukan(ctx).query;
      const t = await svc().templat(ctx, format);
      ctx.set('Content-Disposition', `attachment; filename="${t.nama}"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = t.jenis;
      ctx.body = t.berkas;
    },
    async impor(ctx: any) {
      const f = ctx.request.files?.berkas;
      const berkas = Array.isArray(f) ? f[0] : (f ?? null);
      // the role is checked before the body (a pegawai gets 403 whatever he sends)
      await svc().wajibBoleh(ctx, 'IMPOR');
      const i = masukan(ctx).body;
      ctx.body = { data: await svc().impor(ctx, i, berkas) };
    },
    async terapkan(ctx: any) {
      ctx.body = { data: await svc().terapkan(ctx, String(ctx.params.id)) };
    },
    async dorong(ctx: any) {
      await svc().wajibBoleh(ctx, 'API');
      ctx.body = { data: await svc().dorong(ctx, masukan(ctx).body) };
    },
  };
};
