import type { Core } from '@strapi/strapi';
import { layanan } from '../layanan';
import type { Ranah } from '../domain/peran';

/**
 * Route policy `plugin::inti.ranah` ({ ranah }): the caller's role must reach the route's data area
 * (peran.ts RANAH_PERAN), asked of the scope service; otherwise 403 AKSES_DITOLAK in Indonesian.
 * A route group declares its area once (its route helper); the records within are scoped per pegawai
 * and date by the same service.
 */
export default async (ctx: any, config: { ranah: Ranah }, { strapi }: { strapi: Core.Strapi }) => {
  const cakupan = layanan(strapi, 'inti', 'cakupan');
  cakupan.wajibRanah(await cakupan.aktor(ctx), config.ranah);
  return true;
};

/** The policy entry of a route of the given area. */
export const kebijakanRanah = (ranah: Ranah) => ({ name: 'plugin::inti.ranah', config: { ranah } });
