import { z } from 'zod';
import { PERSPEKTIF } from '../../domain/skp';

/**
 * Request schemas of the SKP, RHK and IKI routes. Objects strip unknown keys, so a body can never set status,
 * owner, penilai, snapshots or history: only the fields listed here reach the services.
 */
const teks = (maks: number) => z.string().trim().min(1).max(maks);
const daftarTeks = z.array(z.string().trim().min(1).max(2000)).max(50);
const docId = z.string().trim().min(1).max(40);

export const skemaBuatSkp = z.object({
  tahun: z.coerce.number().int().min(2000).max(2100).optional(),
  penugasan_id: docId.optional(),
});

export const skemaUbahSkp = z.object({
  pendekatan: z.enum(['KUANTITATIF', 'KUALITATIF']).optional(),
  lampiran: z
    .object({
      dukungan_sumber_daya: daftarTeks.optional(),
      skema_pertanggungjawaban: daftarTeks.optional(),
      konsekuensi: daftarTeks.optional(),
    })
    .optional(),
  updatedAt: z.string().optional(),
});

export const skemaTransisi = z.object({
  catatan: z.string().trim().max(2000).nullish(),
  alasan: z.string().trim().max(2000).nullish(),
});

const bidangRhk = {
  uraian: teks(2000),
  urutan: z.number().int().min(1).max(999).optional(),
  rhk_atasan_id: docId.nullish(),
  perspektif: z.enum(PERSPEKTIF).nullish(),
  ekak_sasaran_id: z.string().trim().max(60).nullish(),
  ekak_indikator_id: z.string().trim().max(60).nullish(),
  is_sasaran_prioritas: z.boolean().optional(),
  terdapat_inovasi: z.boolean().optional(),
  inovasi: z.record(z.string(), z.unknown()).nullish(),
  is_perintah_walikota: z.boolean().optional(),
};
export const skemaBuatRhk = z.object({ jenis: z.enum(['UTAMA', 'TAMBAHAN']), ...bidangRhk });
export const skemaUbahRhk = z.object({
  jenis: z.enum(['UTAMA', 'TAMBAHAN']).optional(),
  ...bidangRhk,
  uraian: teks(2000).optional(),
});

const bidangIki = {
  uraian: teks(2000),
  aspek: z.enum(['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA']).optional(),
  /** parsed by domain/target (TARGET_TIDAK_VALID names the field) */
  target: z.unknown(),
  satuan: teks(60),
  polaritas: z.enum(['NAIK', 'TURUN']).optional(),
  sifat_target: z.enum(['KUMULATIF', 'NON_KUMULATIF', 'TERAKHIR']).optional(),
  urutan: z.number().int().min(1).max(999).optional(),
};
export const skemaBuatIki = z.object(bidangIki);
export const skemaUbahIki = z.object({
  ...bidangIki,
  uraian: teks(2000).optional(),
  satuan: teks(60).optional(),
  target: z.unknown().optional(),
});

export const skemaEkspektasi = z.object({
  ekspektasi: z
    .array(z.object({ kode: z.string().trim().min(1).max(40), ekspektasi: z.string().trim().max(4000) }))
    .min(1)
    .max(7),
});

export const skemaQueryRhkAtasan = z.object({ skp: docId });

/**
 * POST /skp/:id/abaikan-konflik-duplikat {alasan}: any shape of alasan passes here (a body that is not an
 * object counts as empty); the reason is judged by the duplicate rule (ALASAN_WAJIB).
 */
export const skemaAbaikanKonflik = z.preprocess(
  (b) => (b && typeof b === 'object' && !Array.isArray(b) ? b : {}),
  z.object({ alasan: z.unknown().optional() }),
);
