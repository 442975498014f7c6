import { z } from 'zod';
import { hariIni } from '@m-skp/inti';
import { tanggalIsoValid } from '../../domain/tanggal';

/**
 * Query of the SKP prints: ?skp=<documentId>&tanggal=YYYY-MM-DD&tempat=<place>&kertas=A4|F4.
 * The date defaults to today (Asia/Jakarta). A missing or blank place stays undefined here: the
 * controller fills it with `tempat_default` of policy `daerah` at the document's date (a zod default
 * cannot read policy), see `denganTempat`.
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
    .regex(/^[\p{L}\p{N} .,'()-]*$/u, "tempat hanya boleh berisi huruf, angka, spasi dan . , ' ( ) -")
    .optional()
    .transform((v) => (v && v.length ? v : undefined)),
  kertas: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.enum(['A4', 'F4']))
    .optional()
    .transform((v) => v ?? 'A4'),
});
/** The query as the services get it: the place already resolved by the controller (`denganTempat`). */
export type QueryCetakSkp = Omit<z.infer<typeof skemaCetakSkp>, 'tempat'> & { tempat: string };
