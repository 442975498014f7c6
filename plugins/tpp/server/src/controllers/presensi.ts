import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';
import { berkasDari, type KonteksTpp } from './konteks';
import type { KirimanPresensi } from '../services/presensi';

/** Thin controller of the attendance import (integrations.md "Presensi"): the actor and the parsed input, then the service. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'tpp', 'presensi');
  const aktor = (ctx: KonteksTpp) => layanan(strapi, 'inti', 'cakupan').aktor(ctx);
  return {
    async templat(ctx: KonteksTpp) {
      const { format } = masukan<unknown, { format: 'xlsx' | 'csv' }>(ctx).query;
      const t = await svc().templat(await aktor(ctx), format);
      ctx.set('Content-Disposition', `attachment; filename="${t.nama}"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = t.jenis;
      ctx.body = t.berkas;
    },
    async impor(ctx: KonteksTpp) {
      const berkas = berkasDari(ctx, 'berkas');
      // the role is checked before the body (a pegawai gets 403 whatever he sends)
      const a = svc().wajibBoleh(await aktor(ctx), 'IMPOR').aktor;
      const i = masukan<{ tahun: number; bulan: number }>(ctx).body;
      ctx.body = { data: await svc().impor(a, i, berkas) };
    },
    async terapkan(ctx: KonteksTpp) {
      ctx.body = { data: await svc().terapkan(await aktor(ctx), String(ctx.params.id)) };
    },
    async dorong(ctx: KonteksTpp) {
      const a = svc().wajibBoleh(await aktor(ctx), 'API').aktor;
      ctx.body = { data: await svc().dorong(a, masukan<KirimanPresensi>(ctx).body) };
    },
  };
};
