import type { Core } from '@strapi/strapi';
import type { z } from 'zod';
import type { Aksi } from '../domain/alur';
import { masukan, layanan, type LayananInti } from '@m-skp/inti';
import type {
  skemaAbaikanKonflik,
  skemaBuatRhk,
  skemaBuatSkp,
  skemaEkspektasi,
  skemaQueryRhkAtasan,
  skemaTransisi,
  skemaUbahSkp,
} from '../routes/skema/skp';

type PermintaanMasuk = Parameters<LayananInti['cakupan']['aktor']>[0];

/**
 * Thin controller: the actor (scope service) and the parsed input (route schemas), then the skp service;
 * answers {data}. The koa context stays untyped, as in every controller here.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'kinerja', 'skp');
  /** The actor of the request (the scope service reads the request's auth state). */
  const aktor = (ctx: PermintaanMasuk) => layanan(strapi, 'inti', 'cakupan').aktor(ctx);
  const transisi = (aksi: Aksi) => async (ctx: any) => {
    const body = masukan<z.infer<typeof skemaTransisi>>(ctx).body;
    ctx.body = { data: await svc().transisi(await aktor(ctx), aksi, { skp: ctx.params.id }, body) };
  };
  return {
    async buat(ctx: any) {
      const body = masukan<z.infer<typeof skemaBuatSkp>>(ctx).body;
      const data = await svc().buat(await aktor(ctx), body);
      ctx.status = 201;
      ctx.body = { data };
    },
    async ambil(ctx: any) {
      ctx.body = { data: await svc().detail(await aktor(ctx), ctx.params.id) };
    },
    async ubah(ctx: any) {
      const body = masukan<z.infer<typeof skemaUbahSkp>>(ctx).body;
      ctx.body = { data: await svc().ubah(await aktor(ctx), ctx.params.id, body) };
    },
    ajukan: transisi('AJUKAN'),
    setujui: transisi('SETUJUI'),
    tolak: transisi('TOLAK'),
    /** body {alasan}: any shape is accepted here; the reason is checked by domain/konflik (ALASAN_WAJIB). */
    async abaikanKonflik(ctx: any) {
      const { alasan } = masukan<z.infer<typeof skemaAbaikanKonflik>>(ctx).body;
      ctx.body = { data: await svc().abaikanKonflik(await aktor(ctx), ctx.params.id, { alasan }) };
    },
    async riwayat(ctx: any) {
      ctx.body = { data: await svc().riwayat(await aktor(ctx), ctx.params.id) };
    },
    async ekspektasi(ctx: any) {
      const { ekspektasi } = masukan<z.infer<typeof skemaEkspektasi>>(ctx).body;
      ctx.body = { data: await svc().isiEkspektasi(await aktor(ctx), ctx.params.id, ekspektasi) };
    },
    async rhkAtasan(ctx: any) {
      const { skp } = masukan<unknown, z.infer<typeof skemaQueryRhkAtasan>>(ctx).query;
      ctx.body = { data: await svc().rhkAtasan(await aktor(ctx), skp) };
    },
    async buatRhk(ctx: any) {
      const body = masukan<z.infer<typeof skemaBuatRhk>>(ctx).body;
      const data = await layanan(strapi, 'kinerja', 'rencana').buatRhk(await aktor(ctx), ctx.params.id, body);
      ctx.status = 201;
      ctx.body = { data };
    },
  };
};
