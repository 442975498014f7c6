import { z } from 'zod';
import { urai } from '@m-skp/kinerja';
import { skemaCetakSkp } from './skema';
import { denganTempat, kirimBerkas } from './berkas';

/** ?tahun=&bulan=&kode_opd=&format=json|xlsx|pdf (+ tanggal, tempat, kertas of the PDF's signature block, as for the SKP prints). */
export const skemaLaporanPredikat = skemaCetakSkp.omit({ skp: true }).extend({
  tahun: z.coerce.number().int().min(2000).max(2100),
  bulan: z.coerce.number().int().min(1).max(12),
  kode_opd: z.string().trim().min(1).max(40).optional(),
  format: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['json', 'xlsx', 'pdf']))
    .optional()
    .transform((v) => v ?? 'json'),
});

/** Thin controller of the Laporan Predikat Kinerja: validate, build in the service, answer JSON or stream the file. */
export default ({ strapi }: { strapi: any }) => ({
  async predikat(ctx: any) {
    const h = await strapi.plugin('laporan').service('laporan-predikat').laporan(ctx, denganTempat(strapi, urai(skemaLaporanPredikat, ctx.query)));
    if ('json' in h) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: h.json };
      return;
    }
    kirimBerkas(ctx, h);
  },
});
