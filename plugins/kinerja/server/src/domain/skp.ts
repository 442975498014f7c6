/**
 * SKP content rules: the kind of SKP from the jabatan, the period of an SKP inside a year and a penugasan,
 * and what an RHK must carry for each kind (a JPT RHK UTAMA its perspektif; a JA/JF RHK UTAMA the penilai's RHK it
 * intervenes).
 */
import { z } from 'zod';

export type JenisSkp = 'JPT' | 'JA' | 'JF';
export const PERSPEKTIF = ['PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN'] as const;
export type Perspektif = (typeof PERSPEKTIF)[number];

/** JPT for the JPT_* levels, JF for a jabatan of kind JF, JA otherwise. */
export function jenisSkpDari(jabatan: { jenis?: string | null; jenjang?: string | null }): JenisSkp {
  if (jabatan.jenjang?.startsWith('JPT_') || jabatan.jenis === 'JPT') return 'JPT';
  if (jabatan.jenis === 'JF') return 'JF';
  return 'JA';
}

/** The unique key of an SKP: one per (pegawai, penugasan, year). */
/**
 * The post whose penilai decides on an SKP (its approval, its realisasi check): for the SKP of a Plt/Plh/Pj
 * penugasan that post's id (J's penilai rates P as Plt of J, domain.md §5); undefined for a definitive SKP,
 * whose penilai is that of the pegawai's definitive post.
 */
export const jabatanPenilaianSkp = (penugasan: { jenis?: string | null; jabatan?: { id?: number } | null } | null | undefined): number | undefined =>
  penugasan && penugasan.jenis && penugasan.jenis !== 'UTAMA' ? penugasan.jabatan?.id : undefined;

export const kunciUnikSkp = (pegawaiId: number | string, penugasanId: number | string, tahun: number) => `${pegawaiId}:${penugasanId}:${tahun}`;

/** The SKP period: the year clipped to the penugasan's TMT; null when they do not overlap. */
export function periodeSkp(tahun: number, tmtMulai: string, tmtAkhir: string | null | undefined): { mulai: string; akhir: string } | null {
  const awal = `${tahun}-01-01`;
  const ujung = `${tahun}-12-31`;
  const mulai = tmtMulai > awal ? tmtMulai : awal;
  const akhir = tmtAkhir && tmtAkhir < ujung ? tmtAkhir : ujung;
  return mulai <= akhir ? { mulai, akhir } : null;
}

/** The date at which the penilai of an SKP is resolved: today, clipped to the SKP period. */
export function tanggalAcuan(hariIni: string, mulai: string, akhir: string): string {
  if (hariIni < mulai) return mulai;
  if (hariIni > akhir) return akhir;
  return hariIni;
}

export interface RhkMasukan {
  jenis: 'UTAMA' | 'TAMBAHAN';
  rhkAtasan?: string | null;
  perspektif?: Perspektif | null;
}
export type PeriksaRhk = { ok: true; rhkAtasan: string | null; perspektif: Perspektif | null } | { ok: false; kode: string; pesan: string; field: string };

/**
 * JA/JF: an RHK UTAMA names the RHK atasan it intervenes; an RHK TAMBAHAN has none. JPT: each RHK
 * UTAMA carries a perspektif; its RHK come from the PK, so an RHK atasan is optional.
 * Perspektif belongs to JPT SKP only.
 */
export function periksaRhk(jenisSkp: JenisSkp, r: RhkMasukan): PeriksaRhk {
  const atasan = r.rhkAtasan ? r.rhkAtasan : null;
  const perspektif = r.perspektif ?? null;
  if (r.jenis === 'TAMBAHAN' && atasan) return { ok: false, kode: 'RHK_ATASAN_TIDAK_BOLEH', pesan: 'RHK tambahan tidak mengintervensi RHK atasan; kosongkan RHK atasan.', field: 'rhk_atasan_id' };
  if (jenisSkp === 'JPT') {
    if (r.jenis === 'UTAMA' && !perspektif) return { ok: false, kode: 'PERSPEKTIF_WAJIB', pesan: 'RHK utama SKP JPT wajib memilih perspektif (Penerima Layanan, Proses Bisnis, Penguatan Internal, atau Anggaran).', field: 'perspektif' };
    return { ok: true, rhkAtasan: atasan, perspektif };
  }
  if (perspektif) return { ok: false, kode: 'PERSPEKTIF_TIDAK_BOLEH', pesan: 'Perspektif hanya untuk SKP JPT.', field: 'perspektif' };
  if (r.jenis === 'UTAMA' && !atasan) return { ok: false, kode: 'RHK_ATASAN_WAJIB', pesan: 'RHK utama SKP JA/JF wajib memilih RHK atasan yang diintervensi.', field: 'rhk_atasan_id' };
  return { ok: true, rhkAtasan: atasan, perspektif: null };
}

/** An RHK of the penilai can be intervened when his SKP of the same year is submitted or approved. */
export const STATUS_RHK_ATASAN_BOLEH = ['DIAJUKAN', 'DISETUJUI'] as const;

/** The BerAKHLAK reference data (policy `berakhlak`): the 7 core values, each with 3 behaviour items. */
export const skemaBerakhlak = z.object({
  nilai_dasar: z
    .array(
      z.object({
        kode: z.string().regex(/^[A-Z_]+$/, 'kode huruf besar'),
        nama: z.string().min(1),
        perilaku: z.array(z.string().min(10)).length(3, 'setiap nilai dasar memiliki tepat 3 perilaku'),
      })
    )
    .length(7, 'BerAKHLAK memiliki tepat 7 nilai dasar')
    .refine((xs) => new Set(xs.map((x) => x.kode)).size === xs.length, 'kode nilai dasar harus unik'),
});
export type Berakhlak = z.infer<typeof skemaBerakhlak>;

/** Policy `kinerja-iki`: defaults of new indicators. */
export const skemaKinerjaIki = z.object({
  sifat_target_bawaan: z.enum(['KUMULATIF', 'NON_KUMULATIF', 'TERAKHIR']),
});
