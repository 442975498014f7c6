import { masukan } from '@m-skp/inti';
import { denganTempat, kirimBerkas as kirim } from './berkas';

/** Thin controller of the TPP exports: read the parsed input, build in the service, stream the file. */
export default ({ strapi }: { strapi: any }) => ({
  async ekspor(ctx: any) {
    kirim(ctx, await strapi.plugin('laporan').service('ekspor-tpp').ekspor(ctx, denganTempat(strapi, masukan(ctx).query)));
  },
  async riwayat(ctx: any) {
    kirim(ctx, await strapi.plugin('laporan').service('ekspor-tpp').riwayat(ctx, masukan(ctx).query));
  },
});
