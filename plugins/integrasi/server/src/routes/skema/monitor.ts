import { z } from 'zod';

const teks = z.string().trim().max(40, 'kode_opd paling panjang 40 karakter');

/**
 * Query of `GET /api/integrasi/simpeg/monitor`: `kode_opd` (none: the city, or an Admin OPD's own) and `jenis`
 * (comma-separated or repeated). Which jenis exist is checked by `bacaSaringanSelisih` (its own error code).
 */
export const skemaMonitorSimpeg = z.object({
  kode_opd: teks.optional(),
  jenis: z.union([z.string().max(400), z.array(z.string().max(60)).max(20)]).optional(),
});
export type QueryMonitorSimpeg = z.output<typeof skemaMonitorSimpeg>;
