import { z } from 'zod';
import { urai } from '@m-skp/kinerja';

const tahun = z.coerce.number().int().min(2000).max(2100);
const bulan = z.coerce.number().int().min(1).max(14);
const kodeOpd = z.string().trim().max(60).optional().transform((x) => x || undefined);
export const skemaHitung = z.object({ tahun, bulan, kode_opd: kodeOpd.nullable() });
export const skemaDaftarTpp = z.object({
  nip: z.string().trim().max(18).optional().transform((x) => x || undefined),
  tahun: tahun.optional(),
  bulan: bulan.optional(),
  kode_opd: kodeOpd,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** Thin controller of the TPP run and the TPP lines. */
export default ({ strapi }: { strapi: any }) => ({
  async hitung(ctx: any) {
    const svc = strapi.plugin('tpp').service('hitung');
    await svc.wajibPenghitung(ctx);
    ctx.body = { data: await svc.hitung(ctx, urai(skemaHitung, ctx.request.body ?? {})) };
  },
  async daftar(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await strapi.plugin('tpp').service('tpp').daftar(ctx, urai(skemaDaftarTpp, ctx.query));
  },
});
