import { z } from 'zod';
import { skemaCetakSkp } from './cetak';

const pilihan = <T extends [string, ...string[]]>(nilai: T) => z.string().trim().toLowerCase().pipe(z.enum(nilai));

/** ?tahun=&bulan=1–14&kode_opd=&jenis=beban|prestasi&format=xlsx|pdf (+ tanggal, tempat, kertas of the PDF's signature block). */
export const skemaEksporTpp = skemaCetakSkp.omit({ skp: true }).extend({
  tahun: z.coerce.number().int().min(2000).max(2100),
  bulan: z.coerce.number().int().min(1).max(14),
  kode_opd: z.string().trim().min(1).max(40),
  jenis: pilihan(['beban', 'prestasi']),
  format: pilihan(['xlsx', 'pdf'])
    .optional()
    .transform((v) => v ?? 'xlsx'),
});

/** ?tahun=&kode_opd=&nip=&format=xlsx: kode_opd or nip (or both). */
export const skemaRiwayatTpp = z
  .object({
    tahun: z.coerce.number().int().min(2000).max(2100),
    kode_opd: z.string().trim().min(1).max(40).optional(),
    nip: z
      .string()
      .trim()
      .regex(/^\d{18}$/, 'NIP harus 18 angka')
      .optional(),
    format: pilihan(['xlsx'])
      .optional()
      .transform((): 'xlsx' => 'xlsx'),
  })
  .refine((v) => v.kode_opd || v.nip, { path: ['kode_opd'], message: 'isi kode_opd atau nip' });
