import { z } from 'zod';

/** Request schemas of the DPA routes: year and OPD of the import and the list. */
const tahun = z.coerce.number().int().min(2000).max(2100);
const kode_opd = z.string().trim().min(1).max(40);
export const skemaDpa = z.object({ tahun, kode_opd });
