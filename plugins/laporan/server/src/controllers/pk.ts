import { z } from 'zod';
import { urai } from '@m-skp/kinerja';
import { skemaCetakSkp } from './skema';
import { denganTempat } from './berkas';

const tahun = z.coerce.number().int().min(2000).max(2100);
const kode_opd = z.string().trim().min(1).max(40);
export const skemaPk = z.object({ tahun, kode_opd });
/** ?tahun=&kode_opd=&tanggal=YYYY-MM-DD&tempat=&kertas=A4|F4 (place/date default as the SKP prints). */
export const skemaCetakPk = skemaCetakSkp.omit({ skp: true }).extend({ tahun, kode_opd });

/** Perjanjian Kinerja: the JSON view and the PDF print (thin: validate, call the service). */
export default ({ strapi }: { strapi: any }) => {
  const svc = () => strapi.plugin('laporan').service('cetak-pk');
  return {
    async ambil(ctx: any) {
      ctx.body = { data: await svc().ambil(ctx, urai(skemaPk, ctx.query)) };
    },
    async cetak(ctx: any) {
      const h = await svc().cetak(ctx, denganTempat(strapi, urai(skemaCetakPk, ctx.query)));
      ctx.status = 200;
      ctx.set('Content-Type', 'application/pdf');
      ctx.set('Content-Disposition', `attachment; filename="${h.namaBerkas}"`);
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = h.berkas;
    },
  };
};
