import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';
import { aktorDari, denganTempat } from './berkas';

/** Thin controller of the prints: read the parsed query, render in the service, stream the PDF. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'laporan', 'cetak-skp');
  const kirim = (ctx: any, h: { berkas: Buffer; namaBerkas: string }) => {
    ctx.status = 200;
    ctx.set('Content-Type', 'application/pdf');
    ctx.set('Content-Disposition', `attachment; filename="${h.namaBerkas}"`);
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = h.berkas;
  };
  return {
    async rencanaSkp(ctx: any) {
      kirim(ctx, await svc().rencana(await aktorDari(strapi, ctx), denganTempat(strapi, masukan(ctx).query)));
    },
    async lampiranSkp(ctx: any) {
      kirim(ctx, await svc().lampiran(await aktorDari(strapi, ctx), denganTempat(strapi, masukan(ctx).query)));
    },
    async skpBulanan(ctx: any) {
      kirim(
        ctx,
        await layanan(strapi, 'laporan', 'cetak-skp-bulanan').cetak(
          await aktorDari(strapi, ctx),
          denganTempat(strapi, masukan(ctx).query),
        ),
      );
    },
    async evaluasi(ctx: any) {
      kirim(
        ctx,
        await layanan(strapi, 'laporan', 'cetak-evaluasi').cetak(
          await aktorDari(strapi, ctx),
          denganTempat(strapi, masukan(ctx).query),
        ),
      );
    },
  };
};
