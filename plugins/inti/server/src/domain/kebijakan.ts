/**
 * Policy as data: each policy file in config/kebijakan holds versions with an effective date.
 * A period is computed with the version in force on its date; old periods keep their version.
 */
import { z } from 'zod';

const tanggalIso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'format tanggal harus YYYY-MM-DD');

export const skemaBerkasKebijakan = z.object({
  nama: z.string().min(1),
  keterangan: z.string().optional(),
  versi: z
    .array(
      z.object({
        kode: z.string().min(1),
        berlaku_mulai: tanggalIso,
        dasar: z.string().min(1),
        nilai: z.unknown(),
      }),
    )
    .min(1),
});

export type BerkasKebijakan = z.infer<typeof skemaBerkasKebijakan>;
export interface VersiKebijakan<T> {
  kode: string;
  berlaku_mulai: string;
  dasar: string;
  nilai: T;
}

/** Letters, digits, spaces and . , ' ( ) - : what a print's place may hold (same rule as the ?tempat= query). */
export const POLA_TEMPAT = /^[\p{L}\p{N} .,'()-]+$/u;

/** An official of the region (kepala daerah, sekretaris daerah): post always, name/NIP once BKPSDM fills them. */
const pejabatDaerah = z.object({
  jabatan: z.string().trim().min(3, 'jabatan wajib diisi (contoh "Wali Kota Madiun")').max(120),
  nama: z.string().trim().min(1, 'nama diisi atau null').max(120).nullable(),
  nip: z
    .string()
    .regex(/^\d{18}$/, 'NIP terdiri dari 18 angka (atau null)')
    .nullable(),
});

/** Identity of the regional government: kop surat, panel title, default print place, Pihak Kedua of the PK. */
export const skemaDaerah = z.object({
  nama_pemerintah: z
    .string()
    .trim()
    .min(12)
    .max(80)
    .regex(
      /^PEMERINTAH [A-Z0-9 .,'()-]+$/,
      'nama_pemerintah ditulis huruf kapital dan diawali "PEMERINTAH " (contoh "PEMERINTAH KOTA MADIUN")',
    ),
  nama_daerah: z.string().trim().min(3).max(80),
  tempat_default: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(POLA_TEMPAT, "tempat_default hanya boleh berisi huruf, angka, spasi dan . , ' ( ) -"),
  kepala_daerah: pejabatDaerah,
  sekretaris_daerah: pejabatDaerah.optional(),
});
export type NilaiDaerah = z.infer<typeof skemaDaerah>;

/** The value schema of every known policy; an unknown policy file or a bad value stops start-up. */
export const skemaNilaiKebijakan = {
  daerah: skemaDaerah,
  'keamanan-login': z.object({
    maks_gagal_per_identitas: z.number().int().min(1).max(100),
    kunci_menit: z.number().int().min(1).max(1440),
    maks_permintaan_per_ip_per_menit: z.number().int().min(10),
  }),
  'aktivitas-pengguna': z.object({ idle_hari_bawaan: z.number().int().min(1).max(3650) }),
  golongan: z.object({
    pns: z
      .array(
        z.object({
          kode: z.string().regex(/^(?:[1-3][1-4]|4[1-5])$/, 'kode golongan PNS: 11–14, 21–24, 31–34, 41–45'),
          label: z.string(),
          pangkat: z.string(),
        }),
      )
      .min(1),
    pppk: z.array(z.string()).min(1),
  }),
} as const;

export type NamaKebijakan = keyof typeof skemaNilaiKebijakan;
export type NilaiKebijakan<N extends NamaKebijakan> = z.infer<(typeof skemaNilaiKebijakan)[N]>;

/**
 * The value type of every policy by name, for the kebijakan service's typed getter (`nilai('daerah')` is a
 * NilaiDaerah). inti declares its own; an engine adds the policies whose schema it registers from its public face
 * (`declare module '@m-skp/inti' { interface PetaKebijakan { predikat: KebijakanPredikat } }`).
 */
export interface PetaKebijakan {
  daerah: NilaiKebijakan<'daerah'>;
  'keamanan-login': NilaiKebijakan<'keamanan-login'>;
  'aktivitas-pengguna': NilaiKebijakan<'aktivitas-pengguna'>;
  golongan: NilaiKebijakan<'golongan'>;
}

/** Validates one parsed policy file; returns the versions sorted by date or a list of problems. */
export function validasiBerkasKebijakan(
  isi: unknown,
  sumber: string,
  skemaTambahan: Record<string, z.ZodTypeAny> = {},
): { ok: true; berkas: BerkasKebijakan } | { ok: false; masalah: string[] } {
  const dasar = skemaBerkasKebijakan.safeParse(isi);
  if (!dasar.success) {
    return {
      ok: false,
      masalah: dasar.error.issues.map((i) => `${sumber}: ${i.path.join('.') || '(akar)'}: ${i.message}`),
    };
  }
  const berkas = dasar.data;
  const skema = (skemaNilaiKebijakan as Record<string, z.ZodTypeAny>)[berkas.nama] ?? skemaTambahan[berkas.nama];
  if (!skema) return { ok: false, masalah: [`${sumber}: kebijakan "${berkas.nama}" tidak dikenal`] };
  const masalah: string[] = [];
  const tanggal = new Set<string>();
  berkas.versi.forEach((v, i) => {
    const r = skema.safeParse(v.nilai);
    if (!r.success)
      masalah.push(
        ...r.error.issues.map((x) => `${sumber}: versi[${i}] (${v.kode}).nilai.${x.path.join('.')}: ${x.message}`),
      );
    if (tanggal.has(v.berlaku_mulai)) masalah.push(`${sumber}: dua versi berlaku mulai ${v.berlaku_mulai}`);
    tanggal.add(v.berlaku_mulai);
  });
  if (masalah.length) return { ok: false, masalah };
  return {
    ok: true,
    berkas: { ...berkas, versi: [...berkas.versi].sort((a, b) => a.berlaku_mulai.localeCompare(b.berlaku_mulai)) },
  };
}

/** The version in force on `tanggal` (the latest whose berlaku_mulai ≤ tanggal), or null before the first. */
export function versiPada<T>(versi: VersiKebijakan<T>[], tanggal: string): VersiKebijakan<T> | null {
  let hasil: VersiKebijakan<T> | null = null;
  for (const v of versi)
    if (v.berlaku_mulai <= tanggal && (!hasil || v.berlaku_mulai >= hasil.berlaku_mulai)) hasil = v;
  return hasil;
}
