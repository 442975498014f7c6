import type { Core } from '@strapi/strapi';
import type { Aksi } from '../domain/alur';
import { masukan, layanan } from '@m-skp/inti';

/** Thin controller: read the parsed input, call the skp service, answer {data}. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'kinerja', 'skp');
  const transisi = (aksi: Aksi) => async (ctx: any) => {
    ctx.body = { data: await svc().transisi(ctx, aksi, { skp: ctx.params.id }, masukan(ctx).body) };
  };
  return {
    async buat(ctx: any) {
      ctx.status = 201;
      ctx.body = { data: await svc().buat(ctx, masukan(ctx).body) };
    },
    async ambil(ctx: any) {
      ctx.body = { data: await svc().detail(ctx, ctx.params.id) };
    },
    async ubah(ctx: any) {
      ctx.body = { data: await svc().ubah(ctx, ctx.params.id, masukan(ctx).body) };
    },
    ajukan: transisi('AJUKAN'),
    setujui: transisi('SETUJUI'),
    tolak: transisi('TOLAK'),
    /** body {alasan}: any shape is accepted here; the reason is checked by domain/konflik (ALASAN_WAJIB). */
    async abaikanKonflik(ctx: any) {
      ctx.body = { data: await svc().abaikanKonflik(ctx, ctx.params.id, { alasan: masukan(ctx).body.alasan }) };
    },
    async riwayat(ctx: any) {
      ctx.body = { data: await svc().riwayat(ctx, ctx.params.id) };
    },
    async ekspektasi(ctx: any) {
      ctx.body = { data: await svc().isiEkspektasi(ctx, ctx.params.id, masukan(ctx).body.ekspektasi) };
    },
    async rhkAtasan(ctx: any) {
      ctx.body = { data: await svc().rhkAtasan(ctx, masukan(ctx).query.skp) };
    },
    async buatRhk(ctx: any) {
      ctx.status = 201;
      ctx.body = { data: await layanan(strapi, 'kinerja', 'rencana').buatRhk(ctx, ctx.params.id, masukan(ctx).body) };
    },
  };
};
