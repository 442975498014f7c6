import { z } from 'zod';

/**
 * eKAK's answers (integrations.md, from the city's `api/skp_controller.rb` and its jbuilder views), checked
 * before anything reads them. Ids are integers in eKAK; the demo city also carries textual eKAK ids
 * (`RA-2026-000001`), so an id is either and is read as text. Years come as text or number and are read as
 * text; month targets as numbers (numeric text accepted). Unknown extra fields pass through untouched.
 */

const teks = z.string();
const teksAtauNull = z.string().nullable().optional().default(null);
const angka = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]).transform(Number);
const angkaAtauNull = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)])
  .transform(Number)
  .nullable()
  .optional()
  .default(null);
export const idEkak = z.union([z.number().int(), z.string().min(1)]).transform(String);
const tahun = z.union([z.number().int(), z.string().regex(/^\d{4}$/)]).transform(String);
const bendera = z.boolean();

export const skemaIndikatorSasaran = z.looseObject({
  id_indikator: idEkak,
  id_sasaran: idEkak,
  tahun_indikator: tahun,
  indikator: teks,
  sumber_data: teksAtauNull,
  rumus_perhitungan: teksAtauNull,
  target: z.union([z.string(), z.number()]).transform(String),
  satuan: teksAtauNull,
});

export const skemaSasaranAsn = z.looseObject({
  id_sasaran: idEkak,
  tahun_sasaran: tahun,
  nip_asn: teks,
  jenis_strategi: teksAtauNull,
  strategi: teksAtauNull,
  sasaran: teks,
  is_perintah_walikota: bendera,
  is_sasaran_prioritas: bendera,
  terdapat_inovasi: bendera,
  inovasi_lolos: z.boolean().nullable().optional().default(null),
  inovasi_sasaran: teksAtauNull,
  hasil_inovasi_sasaran: teksAtauNull,
  jenis_inovasi_sasaran: teksAtauNull,
  gambaran_inovasi_sasaran: teksAtauNull,
  jumlah_indikator: z.number().int(),
  indikator_sasaran: z.array(skemaIndikatorSasaran),
});

const dataSasaran = <T extends z.ZodTypeAny>(sasaran: T) =>
  z.looseObject({
    message: z.string().optional(),
    data: z.looseObject({
      nama_asn: teks,
      nip: teks,
      tahun,
      kode_opd: teks,
      opd: teks,
      jumlah_sasaran: z.number().int(),
      sasaran_asn: z.array(sasaran),
    }),
  });

/** `POST /api/skp/sasaran_kinerja_pegawai` */
export const skemaSasaranKinerjaPegawai = dataSasaran(skemaSasaranAsn);

/** `POST /api/skp/sasaran_pohon_kinerja_pegawai`: adds the RHK atasan and the number of rencana aksi. */
export const skemaSasaranPohon = skemaSasaranAsn.extend({
  id_sasaran_atasan: idEkak.nullable().optional().default(null),
  sasaran_atasan: teksAtauNull,
  jumlah_rencana_aksi: z.number().int(),
});
export const skemaSasaranPohonKinerjaPegawai = dataSasaran(skemaSasaranPohon);

export const skemaAksi = z.looseObject({
  id_aksi: idEkak,
  id_tahapan: idEkak,
  bulan: z.number().int().min(1).max(12),
  target: angka,
});

export const skemaTahapan = z.looseObject({
  id_renaksi: idEkak,
  id_tahapan: idEkak,
  id_sasaran: idEkak,
  urutan: z.number().int().nullable().optional().default(null),
  tahapan_kerja: teks,
  sebagai_rtp: bendera,
  tahapan_rtp: teksAtauNull,
  anggaran_tahapan: angkaAtauNull,
  created_at: teksAtauNull,
  aksis: z.array(skemaAksi),
});

/** `POST /api/skp/rencana_aksi_pegawai` (404 `{message:"Renaksi Tidak Ditemukan"}` when there is none). */
export const skemaRencanaAksiPegawai = z.looseObject({
  data: z.looseObject({
    status_rencana_aksi: teksAtauNull,
    eselon: teksAtauNull,
    nama_asn: teks,
    nip: teks,
    tahun,
    kode_opd: teks,
    opd: teks,
    id_sasaran: idEkak,
    is_perintah_walikota: bendera,
    is_sasaran_prioritas: bendera,
    terdapat_inovasi: bendera,
    sasaran: teks,
    anggaran: angkaAtauNull,
    rencana_aksi: z.array(skemaTahapan),
  }),
});

/** `POST /api/skp/sasaran_opd` */
export const skemaSasaranOpd = z.looseObject({
  tahun,
  kode_opd: teks,
  opd: teks,
  kepala_opd: teksAtauNull,
  nip_kepala_opd: teksAtauNull,
  jumlah_sasaran_valid: z.number().int(),
  sasaran_opds: z.array(
    z.looseObject({
      id_sasaran: idEkak,
      strategi_opd: teksAtauNull,
      sasaran_opd: teks,
      tahun,
      indikator_sasaran: z.array(
        z.looseObject({
          aspek: teksAtauNull,
          indikator: teks,
          rumus_perhitungan: teksAtauNull,
          sumber_data: teksAtauNull,
          target: z.union([z.string(), z.number()]).transform(String),
          satuan: teksAtauNull,
        }),
      ),
    }),
  ),
});

/** `GET /api/skp/cek_perubahan?tahun=`: one row per sasaran (id_indikator null) and per indikator. */
export const skemaCekPerubahan = z.looseObject({
  tahun: tahun.optional(),
  data: z.array(
    z.looseObject({
      id_sasaran: idEkak,
      id_indikator: idEkak.nullable().optional().default(null),
      nip: teksAtauNull,
      ada_perubahan: bendera,
      dibuat: teksAtauNull,
      update_terakhir: teksAtauNull,
    }),
  ),
});

export type SasaranKinerjaPegawai = z.output<typeof skemaSasaranKinerjaPegawai>['data'];
export type SasaranAsn = z.output<typeof skemaSasaranAsn>;
export type SasaranPohonKinerjaPegawai = z.output<typeof skemaSasaranPohonKinerjaPegawai>['data'];
export type RencanaAksiPegawai = z.output<typeof skemaRencanaAksiPegawai>['data'];
export type SasaranOpdEkak = z.output<typeof skemaSasaranOpd>;
export type CekPerubahan = z.output<typeof skemaCekPerubahan>['data'];
