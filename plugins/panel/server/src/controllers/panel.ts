import type { Core } from '@strapi/strapi';
import { layanan, masukan } from '@m-skp/inti';
import { contentRange, type PermintaanDaftar } from '../domain/protokol';

/** Thin controller of the ra-data-simple-rest protocol: read the parsed query and the actor, call the panel service, answer. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'panel', 'panel');
  const aktor = (ctx: any) => layanan(strapi, 'inti', 'cakupan').aktor(ctx);
  return {
    async find(ctx: any) {
      const p = masukan<unknown, PermintaanDaftar>(ctx).query;
      const { baris, total } = await svc().daftar(await aktor(ctx), ctx.params.resource, p);
      ctx.set('Content-Range', contentRange(ctx.params.resource, p.range.start, baris.length, total));
      ctx.body = baris;
    },
    async findOne(ctx: any) {
      ctx.body = await svc().ambil(await aktor(ctx), ctx.params.resource, ctx.params.id);
    },
    async create(ctx: any) {
      ctx.status = 201;
      ctx.body = await svc().buat(await aktor(ctx), ctx.params.resource, ctx.request.body);
    },
    async update(ctx: any) {
      ctx.body = await svc().ubah(await aktor(ctx), ctx.params.resource, ctx.params.id, ctx.request.body);
    },
    async delete(ctx: any) {
      ctx.body = await svc().hapus(await aktor(ctx), ctx.params.resource, ctx.params.id);
    },
    async statistikPegawai(ctx: any) {
      ctx.body = await layanan(strapi, 'panel', 'statistik').pegawaiPerOpd(await aktor(ctx));
    },
  };
};
