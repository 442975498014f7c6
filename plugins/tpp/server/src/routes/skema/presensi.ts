import { z } from 'zod';

/** Request schemas of the attendance routes: template format, import period, pushed rows. */
const tahun = z.coerce.number().int().min(2000).max(2100);
const bulan = z.coerce.number().int().min(1).max(12);
export const skemaTemplat = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
export const skemaImpor = z.object({ tahun, bulan });
export const skemaDorong = z.object({
  tahun,
  bulan,
  data: z.array(z.record(z.string(), z.unknown())).min(1).max(20000),
});
