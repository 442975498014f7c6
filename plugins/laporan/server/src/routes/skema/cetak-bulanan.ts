import { z } from 'zod';
import { skemaCetakSkp } from './cetak';

/** A whole number in a query string, within [min, maks]; missing → "<nama> wajib diisi." (inti uraiMasukan). */
const bilangan = (nama: string, min: number, maks: number) => {
  const pesan = `${nama} harus bilangan bulat ${min}–${maks}`;
  return z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, pesan)
    .transform(Number)
    .pipe(z.number().min(min, pesan).max(maks, pesan));
};

/**
 * Query of the monthly SKP print: ?nip=<18 digits>&tahun=&bulan=1..12&tanggal=YYYY-MM-DD&tempat=&kertas=.
 * `tanggal`, `tempat` and `kertas` are the Rencana SKP rules (defaults today, the policy place, A4).
 */
export const skemaCetakSkpBulanan = z.object({
  nip: z
    .string()
    .trim()
    .regex(/^\d{18}$/, 'NIP terdiri dari 18 angka'),
  tahun: bilangan('tahun', 2000, 2100),
  bulan: bilangan('bulan', 1, 12),
  tanggal: skemaCetakSkp.shape.tanggal,
  tempat: skemaCetakSkp.shape.tempat,
  kertas: skemaCetakSkp.shape.kertas,
});
/** As the service gets it: the place resolved by the controller (`denganTempat`). */
export type QueryCetakSkpBulanan = Omit<z.infer<typeof skemaCetakSkpBulanan>, 'tempat'> & { tempat: string };
