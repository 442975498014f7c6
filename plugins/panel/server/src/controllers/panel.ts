import { masukan } from '@m-skp/inti';
import { contentRange, type PermintaanDaftar } from '../domain/protokol';

/** Thin controller of the ra-data-simple-rest protocol: read the parsed query, call the panel service, answer. */
export default ({ strapi }: { strapi: any }) => {
  const svc = () => strapi.plugin('panel').service('panel');
  return {
    async find(ctx: any) {
      const p = masukan<unknown, PermintaanDaftar>(ctx).query;
      const { baris, total } = await svc().daftar(ctx, ctx.params.resource, p);
      ctx.set('Content-Range', contentRange(ctx.params.resource, p.range.start, baris.length, total));
      ctx.body = baris;
    },
    async findOne(ctx: any) {
      ctx.body = await svc().ambil(ctx, ctx.params.resource, ctx.params.id);
    },
    async create(ctx: any) {
      ctx.status = 201;
      ctx.body = await svc().buat(ctx, ctx.params.resource, ctx.request.body);
    },
    async update(ctx: any) {
      ctx.body = await svc().ubah(ctx, ctx.params.resource, ctx.params.id, ctx.request.body);
    },
    async delete(ctx: any) {
      ctx.body = await svc().hapus(ctx, ctx.params.resource, ctx.params.id);
    },
    async statistikPegawai(ctx: any) {
      ctx.body = await strapi.plugin('panel').service('statistik').pegawaiPerOpd(ctx);
    },
  };
};
