import type { Core } from '@strapi/strapi';
import { layanan, masukan } from '@m-skp/inti';
import { bacaSaringanSelisih } from '../domain/simpeg';
import type { QueryMonitorSimpeg } from '../routes/skema/monitor';

/** Thin controller: the caller's actor and the parsed filters to the monitor service, answer {data}. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async lihat(ctx: any) {
    const aktor = await layanan(strapi, 'inti', 'cakupan').aktor(ctx);
    const saringan = bacaSaringanSelisih(masukan<unknown, QueryMonitorSimpeg>(ctx).query);
    ctx.body = { data: await layanan(strapi, 'integrasi', 'monitor').jalankan(saringan, aktor) };
  },
});
