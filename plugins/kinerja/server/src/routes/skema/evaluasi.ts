import { z } from 'zod';

/**
 * Request schemas of the evaluation routes. Unknown keys are stripped: a body never sets the
 * predikat, the perilaku source, snapshots or the penilai (a `predikat` sent along is ignored).
 */
const nip = z
  .string()
  .trim()
  .regex(/^\d{18}$/, 'NIP terdiri dari 18 angka');
const tahun = z.coerce.number().int().min(2000, 'tahun tidak valid').max(2100, 'tahun tidak valid');
const bulan = z.coerce
  .number()
  .int('bulan harus bilangan bulat 1 sampai 12')
  .min(1, 'bulan harus 1 sampai 12')
  .max(12, 'bulan harus 1 sampai 12');
const PESAN_RATING = 'rating harus 1 (Di Atas Ekspektasi), 2 (Sesuai Ekspektasi) atau 3 (Di Bawah Ekspektasi)';
const rating = z.number({ error: PESAN_RATING }).int(PESAN_RATING).min(1, PESAN_RATING).max(3, PESAN_RATING);
const teksOpsional = (maks: number) => z.string().trim().max(maks).nullish();

const bidangEvaluasi = {
  nip,
  tahun,
  rating_hasil: rating,
  rating_perilaku: rating,
  umpan_balik: teksOpsional(4000),
  umpan_balik_rhk: z
    .array(z.object({ rhk_id: z.string().trim().min(1).max(40), umpan_balik: z.string().trim().max(4000) }))
    .max(100)
    .nullish(),
  umpan_balik_perilaku: z
    .array(z.object({ kode: z.string().trim().min(1).max(40), umpan_balik: z.string().trim().max(4000) }))
    .max(7)
    .nullish(),
  /** documentId of the SKP when the pegawai holds a Plt post (two SKP) */
  skp: z.string().trim().min(1).max(40).optional(),
  /** required when Admin BKPSDM evaluates in the penilai's stead */
  alasan: teksOpsional(2000),
};
export const skemaEvaluasiPeriodik = z.object({ ...bidangEvaluasi, bulan });
export const skemaEvaluasiTahunan = z.object(bidangEvaluasi);
export const skemaDaftarEvaluasi = z.object({
  nip: nip.optional(),
  tahun: tahun.optional(),
  bulan: bulan.optional(),
  periode_jenis: z.enum(['BULANAN', 'TRIWULAN', 'TAHUNAN']).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
});
export const skemaPersiapan = z.object({ nip, tahun, bulan, skp: z.string().trim().min(1).max(40).optional() });
/**
 * The nip of an evaluation is judged first (404 unknown, 403 not the penilai), before the rest of the body
 * (400, the schemas above, parsed when the service asks): other keys pass untouched, tahun and bulan as numbers.
 */
export const skemaNipEvaluasi = z
  .looseObject({ nip })
  .transform((b) => ({ ...b, tahun: Number(b.tahun), bulan: Number(b.bulan) }));
