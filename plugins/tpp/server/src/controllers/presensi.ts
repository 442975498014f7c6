import { z } from 'zod';
import { urai } from '@m-skp/kinerja';

const tahun = z.coerce.number().int().min(2000).max(2100);
const bulan = z.coerce.number().int().min(1).max(12);
export const skemaTemplat = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
export const skemaImpor = z.object({ tahun, bulan });
export const skemaDorong = z.object({ tahun, bulan, data: z.array(z.record(z.string(), z.unknown())).min(1).max(20000) });

/** Thin controller of the attendance import (integrations.md "Presensi"): validate, call the service. */
export default ({ strapi }: { strapi: any }) => {
  const svc = () => strapi.plugin('tpp').service('presensi');
  return {
    async templat(ctx: any) {
      const { format } = urai(skemaTemplat, ctx.query);
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
      const i = urai(skemaImpor, ctx.request.body);
      ctx.body = { data: await svc().impor(ctx, i, berkas) };
    },
    async terapkan(ctx: any) {
      ctx.body = { data: await svc().terapkan(ctx, String(ctx.params.id)) };
    },
    async dorong(ctx: any) {
      await svc().wajibBoleh(ctx, 'API');
      ctx.body = { data: await svc().dorong(ctx, urai(skemaDorong, ctx.request.body)) };
    },
  };
};
