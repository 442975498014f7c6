import { z } from 'zod';
import { layanan } from '@m-skp/inti';
import { urai } from '@m-skp/kinerja';

const tahun = z.coerce.number().int().min(2000, 'tahun tidak valid').max(2100, 'tahun tidak valid');
const bulan = z.coerce
  .number()
  .int('bulan harus bilangan bulat 1 sampai 12')
  .min(1, 'bulan harus 1 sampai 12')
  .max(12, 'bulan harus 1 sampai 12');
/** Body of `POST /api/evaluasi/sinkron-plt`: the year, optionally one month (with its quarter). */
export const skemaSinkronPlt = z.object({ tahun, bulan: bulan.optional() });

/** Thin controller: parse, call the sync, answer {data}. */
export default ({ strapi }: { strapi: any }) => ({
  async jalankan(ctx: any) {
    const isian = urai(skemaSinkronPlt, ctx.request.body ?? {});
    ctx.body = { data: await layanan(strapi, 'plt', 'sinkron').sinkronPlt(ctx, isian) };
  },
});
