import { z } from 'zod';

const teks = z.string().trim().max(40, 'kode_opd paling panjang 40 karakter');

/**
 * Query of `GET /api/integrasi/simpeg/monitor`: `kode_opd` (none: the city, or an Admin OPD's own) and `jenis`
 * (comma-separated or repeated). Which jenis exist is checked by `bacaSaringanSelisih` (its own error code).
 * Any other parameter (a list's sort, range, filter) is refused naming it: the monitor neither pages nor sorts,
 * and silently ignoring a filter would show the whole city as if filtered.
 */
const BIDANG = ['kode_opd', 'jenis'];

export const skemaMonitorSimpeg = z
  .looseObject({
    kode_opd: teks.optional(),
    jenis: z.union([z.string().max(400), z.array(z.string().max(60)).max(20)]).optional(),
  })
  .superRefine((q, ctx) => {
    const lain = Object.keys(q).find((k) => !BIDANG.includes(k));
    if (lain)
      ctx.addIssue({
        code: 'custom',
        path: [lain],
        message: 'parameter tidak dikenal; monitor SIMPEG hanya menerima kode_opd dan jenis',
      });
  })
  .transform(({ kode_opd, jenis }) => ({ kode_opd, jenis }));
export type QueryMonitorSimpeg = z.output<typeof skemaMonitorSimpeg>;
