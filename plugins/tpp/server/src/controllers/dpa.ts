import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';
import { berkasDari, type KonteksTpp } from './konteks';
import type { PermintaanDpa } from '../services/dpa';

/** Thin controller of the DPA import (integrations.md "SIPD"): the actor and the parsed input, then the service. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'tpp', 'dpa');
  const aktor = (ctx: KonteksTpp) => layanan(strapi, 'inti', 'cakupan').aktor(ctx);
  return {
    async templat(ctx: KonteksTpp) {
      const t = await svc().templat(await aktor(ctx));
      ctx.set('Content-Disposition', `attachment; filename="${t.nama}"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = t.jenis;
      ctx.body = t.berkas;
    },
    async impor(ctx: KonteksTpp) {
      // the role is checked before the body (a pegawai gets 403 whatever he sends)
      const a = svc().wajibBolehImpor(await aktor(ctx)).aktor;
      const berkas = berkasDari(ctx, 'berkas');
      ctx.body = { data: await svc().impor(a, masukan<PermintaanDpa>(ctx).body, berkas) };
    },
    async terapkan(ctx: KonteksTpp) {
      ctx.body = { data: await svc().terapkan(await aktor(ctx), String(ctx.params.id)) };
    },
    async daftar(ctx: KonteksTpp) {
      ctx.body = { data: await svc().daftar(await aktor(ctx), masukan<unknown, PermintaanDpa>(ctx).query) };
    },
  };
};
