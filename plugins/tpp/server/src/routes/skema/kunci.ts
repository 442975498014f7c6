import { z } from 'zod';

/** Request schemas of the quarter-lock routes (unknown keys stripped: no signer or date from a body). */
const tahun = z.coerce.number().int().min(2000).max(2100);
export const skemaTriwulan = z.object({ tahun, triwulan: z.coerce.number().int().min(1).max(4) });
/** alasan is checked by the service (400 ALASAN_WAJIB naming `alasan`), after the role check. */
export const skemaBuka = skemaTriwulan.extend({ alasan: z.string().max(2000).nullish() });
/** Locking: BKAD sends {tahun, triwulan}; the Admin BKPSDM's override adds its reason. */
export const skemaKunci = skemaBuka;
export const skemaDaftar = z.object({ tahun });
