import { z } from 'zod';

/**
 * Request schemas of the renaksi, realisasi and capaian routes. Unknown keys are stripped: a body never sets
 * status, owner, pegawai, year, checks or computed capaian.
 */
const teks = (maks: number) => z.string().trim().min(1).max(maks);
const opsiTeks = (maks: number) => z.string().trim().max(maks).nullish();
const bulan = z.coerce.number().int().min(1).max(12);
const tahun = z.coerce.number().int().min(2000).max(2100);

export const skemaBuatRenaksi = z.object({
  uraian: teks(2000),
  urutan: z.coerce.number().int().min(1).max(999).optional(),
  periode: z.enum(['BULANAN', 'TRIWULAN']).optional(),
  satuan: teks(60),
  polaritas: z.enum(['NAIK', 'TURUN']).optional(),
  sebagai_rtp: z.boolean().optional(),
  target: z.unknown(),
  ekak_renaksi_id: z.string().trim().max(60).nullish(),
  ekak_tahapan_id: z.string().trim().max(60).nullish(),
  anggaran: z.coerce.number().int().min(0).max(1e15).nullish(),
});
export const skemaUbahRenaksi = skemaBuatRenaksi.partial();

export const skemaDaftar = z.object({
  nip: z
    .string()
    .trim()
    .regex(/^\d{18}$/, 'NIP terdiri dari 18 angka')
    .optional(),
  tahun: tahun.optional(),
  bulan: bulan.optional(),
  rhk: z.string().trim().max(40).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
});

/** Multipart fields arrive as strings; JSON bodies as typed values. Both are accepted. */
export const skemaRealisasi = z.object({
  bulan: z.unknown().optional(),
  nilai: z.unknown().optional(),
  faktor_penunjang: opsiTeks(4000),
  faktor_penghambat: opsiTeks(4000),
  bukti_url: z.unknown().optional(),
  hapus_bukti: z.preprocess(
    (x) => (x == null || x === '' ? undefined : Array.isArray(x) ? x : [x]),
    z.array(z.coerce.number().int().positive()).max(20).optional(),
  ),
});

export const skemaPeriksa = z.object({ umpan_balik: opsiTeks(4000) });
export const skemaPeriksaMassal = z.object({
  ids: z.array(z.string().trim().min(1).max(40)).min(1, 'pilih sekurang-kurangnya satu realisasi').max(500),
  umpan_balik: opsiTeks(4000),
});
export const skemaBukaInput = z.object({
  nip: z
    .string()
    .trim()
    .regex(/^\d{18}$/, 'NIP terdiri dari 18 angka'),
  tahun,
  bulan,
  alasan: teks(2000),
  sampai: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'format tanggal YYYY-MM-DD')
    .optional(),
});
export const skemaCapaian = z.object({
  nip: z
    .string()
    .trim()
    .regex(/^\d{18}$/, 'NIP terdiri dari 18 angka')
    .optional(),
  tahun: tahun.optional(),
  bulan: bulan.optional(),
});
export const skemaStatistikRhk = z.object({ tahun: tahun.optional(), kode_opd: z.string().trim().max(40).optional() });
