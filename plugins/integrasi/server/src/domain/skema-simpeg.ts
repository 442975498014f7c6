import { z } from 'zod';

/**
 * SIMPEG's answers: records shaped like BKN SIASN `data-utama` (integrations.md), checked before anything reads
 * them. Dates are `YYYY-MM-DD`; codes (golongan, jenis jabatan, eselon, unor) are text. Unknown extra fields pass
 * through untouched (the field mapping in config/ may read them).
 */

const tanggal = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'harus tanggal YYYY-MM-DD');
const teksAtauNull = z.string().nullable().optional().default(null);

export const skemaPenugasanSimpeg = z.looseObject({
  jabatanId: z.string().min(1),
  jenis: z.enum(['UTAMA', 'PLT', 'PLH']),
  tmtMulai: tanggal,
  tmtAkhir: tanggal.nullable().optional().default(null),
});

export const skemaPegawaiSimpeg = z.looseObject({
  nipBaru: z.string().regex(/^\d{18}$/, 'harus 18 digit'),
  nama: z.string().min(1),
  gelarDepan: teksAtauNull,
  gelarBelakang: teksAtauNull,
  tglLahir: tanggal,
  jenisKelamin: z.string(),
  tmtCpns: tanggal.nullable().optional().default(null),
  golRuangAkhirId: teksAtauNull,
  golRuangAkhir: teksAtauNull,
  pangkatAkhir: teksAtauNull,
  jenisJabatanId: teksAtauNull,
  jabatanNama: teksAtauNull,
  eselonId: teksAtauNull,
  unorId: teksAtauNull,
  unorNama: teksAtauNull,
  kodeOpd: z.string().min(1),
  statusPegawai: z.string(),
  penugasan: z.array(skemaPenugasanSimpeg),
});

/** `GET /pegawai?kode_opd=&page=&per_page=` */
export const skemaDaftarPegawai = z.looseObject({
  data: z.array(skemaPegawaiSimpeg),
  meta: z.looseObject({
    page: z.number().int().min(1),
    per_page: z.number().int().min(1),
    total: z.number().int().min(0),
  }),
});

/** `GET /pegawai/{nip}`: one record (the client also unwraps `{data: record}`, as SIASN answers it). */
export const skemaSatuPegawai = skemaPegawaiSimpeg;

export type PegawaiSimpeg = z.output<typeof skemaPegawaiSimpeg>;
export type PenugasanSimpeg = z.output<typeof skemaPenugasanSimpeg>;
export type HalamanPegawai = z.output<typeof skemaDaftarPegawai>;
