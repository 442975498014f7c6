import type { Core } from '@strapi/strapi';
import { masukan, layanan } from '@m-skp/inti';
import type { KonteksTpp } from './konteks';
import type { PermintaanRun } from '../services/hitung';
import type { SaringanTpp } from '../services/tpp';

/** Thin controller of the TPP run and the TPP lines. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async hitung(ctx: KonteksTpp) {
    const svc = layanan(strapi, 'tpp', 'hitung');
    const aktor = svc.wajibPenghitung(await layanan(strapi, 'inti', 'cakupan').aktor(ctx));
    ctx.body = { data: await svc.hitung(aktor, masukan<PermintaanRun>(ctx).body) };
  },
  async daftar(ctx: KonteksTpp) {
    ctx.set('Cache-Control', 'no-store');
    const aktor = await layanan(strapi, 'inti', 'cakupan').aktor(ctx);
    ctx.body = await layanan(strapi, 'tpp', 'tpp').daftar(aktor, masukan<unknown, SaringanTpp>(ctx).query);
  },
});
