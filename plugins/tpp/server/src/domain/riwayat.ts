/**
 * Policy `tpp-riwayat` (config/kebijakan/tpp-riwayat.json): the column template of the TPP history
 * Excel in the BKAD format (exports.md "TPP history"), so BKAD can rename, reorder or drop columns
 * without code. Validated at start-up like every policy file; read by the laporan plugin's export.
 */
import { z } from 'zod';

/** Money columns of a stored TPP line (`plugin::tpp.tpp`) a template may show or add up. */
export const KOLOM_UANG_TPP = [
  'belanja_tpp_beban_kerja',
  'belanja_tpp_tempat_bertugas',
  'belanja_tpp_kondisi_kerja',
  'belanja_tpp_kelangkaan_profesi',
  'belanja_tpp_prestasi_kerja',
  'tunjangan_iuran_jaminan_kesehatan',
  'tunjangan_iuran_jaminan_kecelakaan_kerja',
  'tunjangan_iuran_jaminan_kematian',
  'tunjangan_jaminan_hari_tua',
  'tunjangan_jaminan_pensiun',
  'tunjangan_iuran_simpanan_tapera',
  'potongan_iuran_jaminan_kesehatan',
  'iwp_1',
  'pph_21',
  'zakat',
  'bulog',
  'potongan_lain',
  'jumlah_tpp',
  'jumlah_potongan',
  'jumlah_ditransfer',
] as const;
export type KolomUangTpp = (typeof KOLOM_UANG_TPP)[number];

/** Identity fields of a history row. */
export const ISI_IDENTITAS = ['NO', 'NIP', 'NAMA', 'JABATAN', 'GOLONGAN', 'OPD'] as const;

const judul = z.string().trim().min(1).max(60);

export const skemaTppRiwayat = z
  .object({
    lembar_bulanan: judul,
    identitas: z.array(z.object({ judul, isi: z.enum(ISI_IDENTITAS) })).min(1),
    /** one column per period: months 1–12, 13 (THR), 14 (gaji-13), in the order listed */
    bulan: z.array(z.object({ judul, bulan: z.number().int().min(1).max(14) })).min(1),
    /** which money column of the line fills a month cell (jumlah_ditransfer in the BKAD format) */
    nilai_bulan: z.enum(KOLOM_UANG_TPP),
    judul_jumlah: judul,
    lembar_rincian: judul,
    /** breakdown sheet: one row per pegawai and month, one column per component (sum of the listed line columns) */
    judul_bulan_rincian: judul,
    rincian: z.array(z.object({ judul, kolom: z.array(z.enum(KOLOM_UANG_TPP)).min(1) })).min(1),
  })
  .superRefine((v, ctx) => {
    const b = v.bulan.map((x) => x.bulan);
    if (new Set(b).size !== b.length)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['bulan'], message: 'setiap bulan hanya boleh satu kolom' });
    const semua = [...v.identitas.map((x) => x.judul), ...v.bulan.map((x) => x.judul), v.judul_jumlah];
    if (new Set(semua).size !== semua.length)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['identitas'],
        message: 'judul kolom lembar bulanan harus unik',
      });
  });
export type TemplateRiwayatTpp = z.infer<typeof skemaTppRiwayat>;
