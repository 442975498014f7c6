import { z } from 'zod';
import { urai } from '@m-skp/kinerja';

/** Inputs of the quarter-lock endpoints (unknown keys stripped: no signer or date from a body). */
const tahun = z.coerce.number().int().min(2000).max(2100);
export const skemaTriwulan = z.object({ tahun, triwulan: z.coerce.number().int().min(1).max(4) });
/** alasan is checked by the service (400 ALASAN_WAJIB naming `alasan`), after the role check. */
export const skemaBuka = skemaTriwulan.extend({ alasan: z.string().max(2000).nullish() });
/** Locking: BKAD sends {tahun, triwulan}; the Admin BKPSDM's override adds its reason. */
export const skemaKunci = skemaBuka;
export const skemaDaftar = z.object({ tahun });

/** Thin controller: validate, call the service, answer {data}. */
export default ({ strapi }: { strapi: any }) => {
  const svc = () => strapi.plugin('tpp').service('kunci');
  return {
    async daftar(ctx: any) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await svc().daftar(ctx, urai(skemaDaftar, ctx.query)) };
    },
    async kunci(ctx: any) {
      await svc().wajibPeran(ctx, 'bkad', 'admin_bkpsdm');
      ctx.body = { data: await svc().kunci(ctx, urai(skemaKunci, ctx.request.body)) };
    },
    async buka(ctx: any) {
      await svc().wajibPeran(ctx, 'admin_bkpsdm');
      ctx.body = { data: await svc().buka(ctx, urai(skemaBuka, ctx.request.body)) };
    },
  };
};
