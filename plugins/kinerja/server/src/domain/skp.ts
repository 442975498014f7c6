/**
 * SKP content rules: the kind of SKP from the jabatan, the period of an SKP inside a year and a penugasan,
 * and what an RHK must carry for each kind (a JPT RHK UTAMA its perspektif; a JA/JF RHK UTAMA the penilai's RHK it
 * intervenes).
 */
import { z } from 'zod';
import { BOLEH, aktifPada, tolak, type Keputusan, type Penolakan } from '@m-skp/inti';

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
export const jabatanPenilaianSkp = (
  penugasan: { jenis?: string | null; jabatan?: { id?: number } | null } | null | undefined,
): number | undefined =>
  penugasan && penugasan.jenis && penugasan.jenis !== 'UTAMA' ? penugasan.jabatan?.id : undefined;

export const kunciUnikSkp = (pegawaiId: number | string, penugasanId: number | string, tahun: number) =>
  `${pegawaiId}:${penugasanId}:${tahun}`;

/** The SKP period: the year clipped to the penugasan's TMT; null when they do not overlap. */
export function periodeSkp(
  tahun: number,
  tmtMulai: string,
  tmtAkhir: string | null | undefined,
): { mulai: string; akhir: string } | null {
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
export type PeriksaRhk =
  | { ok: true; rhkAtasan: string | null; perspektif: Perspektif | null }
  | { ok: false; kode: string; pesan: string; field: string };

/**
 * JA/JF: an RHK UTAMA names the RHK atasan it intervenes; an RHK TAMBAHAN has none. JPT: each RHK
 * UTAMA carries a perspektif; its RHK come from the PK, so an RHK atasan is optional.
 * Perspektif belongs to JPT SKP only.
 */
export function periksaRhk(jenisSkp: JenisSkp, r: RhkMasukan): PeriksaRhk {
  const atasan = r.rhkAtasan ? r.rhkAtasan : null;
  const perspektif = r.perspektif ?? null;
  if (r.jenis === 'TAMBAHAN' && atasan)
    return {
      ok: false,
      kode: 'RHK_ATASAN_TIDAK_BOLEH',
      pesan: 'RHK tambahan tidak mengintervensi RHK atasan; kosongkan RHK atasan.',
      field: 'rhk_atasan_id',
    };
  if (jenisSkp === 'JPT') {
    if (r.jenis === 'UTAMA' && !perspektif)
      return {
        ok: false,
        kode: 'PERSPEKTIF_WAJIB',
        pesan:
          'RHK utama SKP JPT wajib memilih perspektif (Penerima Layanan, Proses Bisnis, Penguatan Internal, atau Anggaran).',
        field: 'perspektif',
      };
    return { ok: true, rhkAtasan: atasan, perspektif };
  }
  if (perspektif)
    return { ok: false, kode: 'PERSPEKTIF_TIDAK_BOLEH', pesan: 'Perspektif hanya untuk SKP JPT.', field: 'perspektif' };
  if (r.jenis === 'UTAMA' && !atasan)
    return {
      ok: false,
      kode: 'RHK_ATASAN_WAJIB',
      pesan: 'RHK utama SKP JA/JF wajib memilih RHK atasan yang diintervensi.',
      field: 'rhk_atasan_id',
    };
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
      }),
    )
    .length(7, 'BerAKHLAK memiliki tepat 7 nilai dasar')
    .refine((xs) => new Set(xs.map((x) => x.kode)).size === xs.length, 'kode nilai dasar harus unik'),
});
export type Berakhlak = z.infer<typeof skemaBerakhlak>;

/** Policy `kinerja-iki`: defaults of new indicators. */
export const skemaKinerjaIki = z.object({
  sifat_target_bawaan: z.enum(['KUMULATIF', 'NON_KUMULATIF', 'TERAKHIR']),
});

/** Only a pegawai's account drafts an SKP: 403 BUKAN_PEGAWAI. */
export function aturanPenyusunSkp(pegawaiId: number | null | undefined): Keputusan {
  if (!pegawaiId) return tolak(403, 'BUKAN_PEGAWAI', 'Hanya akun pegawai yang dapat menyusun SKP.');
  return BOLEH;
}

/** A definitive or Plt penugasan of the pegawai overlapping the year, as the SKP's creation reads it. */
export interface PenugasanSkp {
  documentId: string;
  jenis: string;
  tmt_mulai: string;
  tmt_akhir?: string | null;
  jabatan?: unknown;
}

/**
 * The penugasan a new SKP is drafted for, and the SKP period within the year. Asked by id: it must be among
 * the pegawai's (400 PENUGASAN_TIDAK_VALID); otherwise his UTAMA post active at the year's reference date,
 * else his latest UTAMA post of the year (400 PENUGASAN_TIDAK_ADA). Then it needs a post (400
 * PENUGASAN_TIDAK_VALID) and a period in the year (400 PENUGASAN_TIDAK_VALID). `rows`: newest first.
 */
export function pilihPenugasanSkp<P extends PenugasanSkp>(
  rows: P[],
  tahun: number,
  tanggalTahun: string,
  penugasanId?: string,
): { ok: true; pen: P; periode: { mulai: string; akhir: string } } | Penolakan {
  let pen: P | undefined;
  if (penugasanId) {
    pen = rows.find((r) => r.documentId === penugasanId);
    if (!pen) {
      return tolak(
        400,
        'PENUGASAN_TIDAK_VALID',
        'Penugasan tidak ditemukan di antara penugasan definitif atau Plt Anda pada tahun tersebut.',
        'penugasan_id',
      );
    }
  } else {
    const aktif = (r: P) => aktifPada({ tmtMulai: r.tmt_mulai, tmtAkhir: r.tmt_akhir ?? null }, tanggalTahun);
    pen = rows.find((r) => r.jenis === 'UTAMA' && aktif(r)) ?? rows.find((r) => r.jenis === 'UTAMA');
    if (!pen)
      return tolak(
        400,
        'PENUGASAN_TIDAK_ADA',
        `Anda tidak memiliki jabatan definitif pada tahun ${tahun}.`,
        'penugasan_id',
      );
  }
  if (!pen.jabatan) return tolak(400, 'PENUGASAN_TIDAK_VALID', 'Penugasan tidak memiliki jabatan.', 'penugasan_id');
  const periode = periodeSkp(tahun, pen.tmt_mulai, pen.tmt_akhir);
  if (!periode)
    return tolak(400, 'PENUGASAN_TIDAK_VALID', `Penugasan tidak berlaku pada tahun ${tahun}.`, 'penugasan_id');
  return { ok: true, pen, periode };
}

/** 409 SKP_SUDAH_ADA: one SKP per pegawai, penugasan and year (with the existing one's id and status when known). */
export const penolakanSkpSudahAda = (tahun: number, ada?: { documentId: string; status: string }): Penolakan =>
  tolak(
    409,
    'SKP_SUDAH_ADA',
    `SKP tahun ${tahun} untuk penugasan ini sudah ada.`,
    undefined,
    ada ? { id: ada.documentId, status: ada.status } : undefined,
  );

/**
 * Uploading the signed SKP document: 403 BUKAN_PEMILIK unless the actor owns the SKP, then 409
 * SKP_STATUS_TIDAK_SESUAI unless it is approved, then 400 DOKUMEN_WAJIB without a file (when `berkas` is given).
 */
export function aturanDokumenSkp(f: {
  pemilik: boolean;
  status: string | null | undefined;
  berkas?: number;
}): Keputusan {
  if (!f.pemilik)
    return tolak(403, 'BUKAN_PEMILIK', 'Hanya pemilik SKP yang dapat mengunggah dokumen SKP yang ditandatangani.');
  if (f.status !== 'DISETUJUI') {
    return tolak(
      409,
      'SKP_STATUS_TIDAK_SESUAI',
      'Dokumen yang ditandatangani hanya dapat diunggah untuk SKP yang sudah disetujui.',
      undefined,
      {
        status_sekarang: f.status,
      },
    );
  }
  if (f.berkas === 0)
    return tolak(
      400,
      'DOKUMEN_WAJIB',
      'Lampirkan dokumen SKP yang sudah ditandatangani (PDF, JPEG atau PNG).',
      'dokumen',
    );
  return BOLEH;
}

/** The RHK atasan must be one the cascading picker offers: 400 RHK_ATASAN_TIDAK_VALID. */
export function aturanRhkAtasan(dipilih: string, pilihan: string[]): Keputusan {
  if (!pilihan.includes(dipilih)) {
    return tolak(
      400,
      'RHK_ATASAN_TIDAK_VALID',
      'RHK atasan harus RHK pejabat penilai Anda pada SKP tahun yang sama yang sudah diajukan atau disetujui.',
      'rhk_atasan_id',
    );
  }
  return BOLEH;
}

/** An RHK that subordinates' RHK cascade from is not deleted: 409 RHK_DIPAKAI_BAWAHAN with their number. */
export function aturanHapusRhk(dipakaiBawahan: number): Keputusan {
  if (dipakaiBawahan) {
    return tolak(
      409,
      'RHK_DIPAKAI_BAWAHAN',
      `RHK ini diintervensi oleh ${dipakaiBawahan} RHK bawahan; hapus atau ganti RHK atasan mereka dulu.`,
    );
  }
  return BOLEH;
}

/** Each ekspektasi names a known core value: 400 KODE_PERILAKU_TIDAK_DIKENAL on the first unknown, listing the choices. */
export function aturanEkspektasi(daftar: { kode: string }[], kode: string[]): Keputusan {
  const i = daftar.findIndex((d) => !kode.includes(d.kode));
  if (i < 0) return BOLEH;
  return tolak(
    400,
    'KODE_PERILAKU_TIDAK_DIKENAL',
    `Kode nilai dasar "${daftar[i].kode}" tidak dikenal. Pilihan: ${kode.join(', ')}.`,
    `ekspektasi.${i}.kode`,
  );
}
