import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';
import type { KonteksTpp } from './konteks';
import type { PermintaanTriwulan } from '../services/kunci';

/** Thin controller: the actor and the parsed input, then the service, answer {data}. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'tpp', 'kunci');
  const aktor = (ctx: KonteksTpp) => layanan(strapi, 'inti', 'cakupan').aktor(ctx);
  return {
    async daftar(ctx: KonteksTpp) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await svc().daftar(masukan<unknown, { tahun: number }>(ctx).query) };
    },
    async kunci(ctx: KonteksTpp) {
      const a = svc().wajibPeran(await aktor(ctx), 'bkad', 'admin_bkpsdm');
      ctx.body = { data: await svc().kunci(a, masukan<PermintaanTriwulan>(ctx).body) };
    },
    async buka(ctx: KonteksTpp) {
      const a = svc().wajibPeran(await aktor(ctx), 'admin_bkpsdm');
      ctx.body = { data: await svc().buka(a, masukan<PermintaanTriwulan>(ctx).body) };
    },
  };
};
