import { z } from 'zod';

/** Request schemas of the TPP run and the TPP lines. */
const tahun = z.coerce.number().int().min(2000).max(2100);
const bulan = z.coerce.number().int().min(1).max(14);
const kodeOpd = z
  .string()
  .trim()
  .max(60)
  .optional()
  .transform((x) => x || undefined);
export const skemaHitung = z.object({ tahun, bulan, kode_opd: kodeOpd.nullable() });
export const skemaDaftarTpp = z.object({
  nip: z
    .string()
    .trim()
    .max(18)
    .optional()
    .transform((x) => x || undefined),
  tahun: tahun.optional(),
  bulan: bulan.optional(),
  kode_opd: kodeOpd,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
