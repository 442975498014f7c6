import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';
import { aktorDari, denganTempat, kirimBerkas } from './berkas';

/** Thin controller of the Laporan Predikat Kinerja: read the parsed input, build in the service, answer JSON or stream the file. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async predikat(ctx: any) {
    const h = await layanan(strapi, 'laporan', 'laporan-predikat').laporan(
      await aktorDari(strapi, ctx),
      denganTempat(strapi, masukan(ctx).query),
    );
    if ('json' in h) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: h.json };
      return;
    }
    kirimBerkas(ctx, h);
  },
});
