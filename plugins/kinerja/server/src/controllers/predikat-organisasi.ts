import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';
import type { PredikatOrganisasi } from '../domain/predikat';
import type { PeriodeOpd } from '../services/predikat-organisasi';
import type { KonteksPermintaan } from './konteks';

/** Thin controller: build the actor and the parsed input, call the service, answer {data}. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => layanan(strapi, 'kinerja', 'predikat-organisasi');
  const aktor = (ctx: KonteksPermintaan) => layanan(strapi, 'inti', 'cakupan').aktor(ctx);
  return {
    async ambil(ctx: KonteksPermintaan) {
      ctx.body = { data: await svc().ambil(await aktor(ctx), masukan<unknown, PeriodeOpd>(ctx).query) };
    },
    async tetapkan(ctx: KonteksPermintaan) {
      const i = masukan<PeriodeOpd & { predikat: PredikatOrganisasi; alasan: string }>(ctx).body;
      ctx.body = { data: await svc().tetapkan(await aktor(ctx), i) };
    },
    async finalkan(ctx: KonteksPermintaan) {
      ctx.body = { data: await svc().finalkan(await aktor(ctx), masukan<PeriodeOpd>(ctx).body) };
    },
    async override(ctx: KonteksPermintaan) {
      const i = masukan<PeriodeOpd & { alasan: string }>(ctx).body;
      ctx.body = { data: await svc().override(await aktor(ctx), i) };
    },
  };
};
