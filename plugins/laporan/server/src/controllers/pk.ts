import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';
import { aktorDari, denganTempat } from './berkas';

/** Perjanjian Kinerja: the JSON view and the PDF print (thin: read the parsed input, call the service). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'laporan', 'cetak-pk');
  return {
    async ambil(ctx: any) {
      ctx.body = { data: await svc().ambil(await aktorDari(strapi, ctx), masukan(ctx).query) };
    },
    async cetak(ctx: any) {
      const h = await svc().cetak(await aktorDari(strapi, ctx), denganTempat(strapi, masukan(ctx).query));
      ctx.status = 200;
      ctx.set('Content-Type', 'application/pdf');
      ctx.set('Content-Disposition', `attachment; filename="${h.namaBerkas}"`);
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = h.berkas;
    },
  };
};
