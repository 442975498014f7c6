import { z } from 'zod';
import { PREDIKAT_ORGANISASI } from '../domain/predikat';
import { ALASAN_MINIMAL } from '../domain/predikat-organisasi';
import { urai } from './skema';

/** Inputs of the organisation predikat endpoints (unknown keys stripped: no status, override or signer from a body). */
const periode = {
  kode_opd: z.string().trim().min(1).max(40),
  tahun: z.coerce.number().int().min(2000).max(2100),
  bulan: z.coerce.number().int().min(1).max(12),
};
const alasan = z.string().trim().min(ALASAN_MINIMAL, `alasan sekurang-kurangnya ${ALASAN_MINIMAL} karakter`).max(2000);
export const skemaPeriodeOpd = z.object(periode);
export const skemaTetapkan = z.object({ ...periode, predikat: z.enum(PREDIKAT_ORGANISASI), alasan });
export const skemaOverride = z.object({ ...periode, alasan });

/** Thin controller: validate, call the service, answer {data}. */
export default ({ strapi }: { strapi: any }) => {
  const svc = () => strapi.plugin('kinerja').service('predikat-organisasi');
  return {
    async ambil(ctx: any) {
      ctx.body = { data: await svc().ambil(ctx, urai(skemaPeriodeOpd, ctx.query)) };
    },
    async tetapkan(ctx: any) {
      ctx.body = { data: await svc().tetapkan(ctx, urai(skemaTetapkan, ctx.request.body)) };
    },
    async finalkan(ctx: any) {
      ctx.body = { data: await svc().finalkan(ctx, urai(skemaPeriodeOpd, ctx.request.body)) };
    },
    async override(ctx: any) {
      ctx.body = { data: await svc().override(ctx, urai(skemaOverride, ctx.request.body)) };
    },
  };
};
