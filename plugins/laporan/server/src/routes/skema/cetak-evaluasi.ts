import { z } from 'zod';
import { skemaCetakSkpBulanan } from './cetak-bulanan';

/**
 * Query of the evaluation print: ?nip=<18 digits>&tahun=&bulan=1..12&periode=tahunan&tanggal=&tempat=&kertas=.
 * `bulan` → the periodic evaluation of that month (or the quarter ending in it); no `bulan` or
 * `periode=tahunan` → the annual one (`bulan` with `periode=tahunan` is refused, naming `bulan`).
 * `tanggal`, `tempat` and `kertas` are the Rencana SKP rules (defaults today, the policy place, A4).
 */
export const skemaCetakEvaluasi = z
  .object({
    nip: skemaCetakSkpBulanan.shape.nip,
    tahun: skemaCetakSkpBulanan.shape.tahun,
    bulan: skemaCetakSkpBulanan.shape.bulan.optional(),
    periode: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(
        z.enum(['bulanan', 'triwulan', 'periodik', 'tahunan'], {
          message: 'periode harus bulanan, triwulan, periodik atau tahunan',
        }),
      )
      .optional(),
    tanggal: skemaCetakSkpBulanan.shape.tanggal,
    tempat: skemaCetakSkpBulanan.shape.tempat,
    kertas: skemaCetakSkpBulanan.shape.kertas,
  })
  .superRefine((v, c) => {
    if (v.periode === 'tahunan' && v.bulan != null)
      c.addIssue({
        code: 'custom',
        path: ['bulan'],
        message: 'bulan tidak dipakai untuk periode=tahunan; hapus bulan untuk evaluasi tahunan',
      });
    if (v.periode && v.periode !== 'tahunan' && v.bulan == null)
      c.addIssue({ code: 'custom', path: ['bulan'], message: `bulan wajib diisi untuk periode=${v.periode}` });
  })
  .transform((v) => ({ ...v, bulan: v.periode === 'tahunan' ? undefined : v.bulan }));
/** As the service gets it: the place resolved by the controller (`denganTempat`). */
export type QueryCetakEvaluasi = Omit<z.infer<typeof skemaCetakEvaluasi>, 'tempat'> & { tempat: string };
