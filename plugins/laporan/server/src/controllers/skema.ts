import { z } from 'zod';
import { hariIni } from '@m-skp/inti/dist/server/domain/tanggal';
import { tanggalIsoValid } from '../domain/tanggal';

/**
 * Query of the SKP prints: ?skp=<documentId>&tanggal=YYYY-MM-DD&tempat=Madiun&kertas=A4|F4.
 * Place and date of the signature block default to "Madiun" and today (Asia/Jakarta).
 */
export const skemaCetakSkp = z.object({
  skp: z.string().trim().min(1).max(40),
  tanggal: z
    .string()
    .trim()
    .refine(tanggalIsoValid, 'tanggal harus tanggal yang ada, berformat YYYY-MM-DD (contoh 2026-11-27)')
    .optional()
    .transform((v) => v ?? hariIni()),
  tempat: z
    .string()
    .trim()
    .max(60)
    .regex(/^[\p{L}\p{N} .,'()-]*$/u, 'tempat hanya boleh berisi huruf, angka, spasi dan . , \' ( ) -')
    .optional()
    .transform((v) => (v && v.length ? v : 'Madiun')),
  kertas: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.enum(['A4', 'F4']))
    .optional()
    .transform((v) => v ?? 'A4'),
});
export type QueryCetakSkp = z.infer<typeof skemaCetakSkp>;
