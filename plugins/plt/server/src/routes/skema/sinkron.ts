import { z } from 'zod';

const tahun = z.coerce.number().int().min(2000, 'tahun tidak valid').max(2100, 'tahun tidak valid');
const bulan = z.coerce
  .number()
  .int('bulan harus bilangan bulat 1 sampai 12')
  .min(1, 'bulan harus 1 sampai 12')
  .max(12, 'bulan harus 1 sampai 12');

/** Body of `POST /api/evaluasi/sinkron-plt`: the year, optionally one month (with its quarter). */
export const skemaSinkronPlt = z.object({ tahun, bulan: bulan.optional() });
