import { z } from 'zod';
import { skemaCetakSkp } from './cetak';

/** ?tahun=&bulan=&kode_opd=&format=json|xlsx|pdf (+ tanggal, tempat, kertas of the PDF's signature block, as for the SKP prints). */
export const skemaLaporanPredikat = skemaCetakSkp.omit({ skp: true }).extend({
  tahun: z.coerce.number().int().min(2000).max(2100),
  bulan: z.coerce.number().int().min(1).max(12),
  kode_opd: z.string().trim().min(1).max(40).optional(),
  format: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['json', 'xlsx', 'pdf']))
    .optional()
    .transform((v) => v ?? 'json'),
});
