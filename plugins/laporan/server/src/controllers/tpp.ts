import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';
import { aktorDari, denganTempat, kirimBerkas as kirim } from './berkas';

/** Thin controller of the TPP exports: read the parsed input, build in the service, stream the file. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async ekspor(ctx: any) {
    const aktor = await aktorDari(strapi, ctx);
    kirim(ctx, await layanan(strapi, 'laporan', 'ekspor-tpp').ekspor(aktor, denganTempat(strapi, masukan(ctx).query)));
  },
  async riwayat(ctx: any) {
    kirim(
      ctx,
      await layanan(strapi, 'laporan', 'ekspor-tpp').riwayat(await aktorDari(strapi, ctx), masukan(ctx).query),
    );
  },
});
