/**
 * Refusal rules of an evaluation, in the order the API answers them. Who may rate (the penilai of the
 * pegawai in one of his posts at the period's date, Plt included, or Admin BKPSDM), which SKP is rated
 * (only an approved one), the admin's reason, the period locks, then the realisasi of the period's months
 * (each month begun, every realisasi checked, a missing realisasi only once its input deadline is past).
 * The angka kredit of a JF's annual evaluation counts the SKP's months (at most 12).
 */
import { BOLEH, namaBulan, penolakanKunci, tolak, type Keputusan, type Penolakan } from '@m-skp/inti';
import { bulanSudahMulai } from './capaian';

/** The post context of an SKP: DEFINITIF (UTAMA post) or PLT (an acting post). */
export type KonteksSkp = 'DEFINITIF' | 'PLT';

/** A post in which the pegawai is rated at the date, with its penilai and whether the actor is that penilai. */
export interface KonteksPenilai {
  jenis: KonteksSkp;
  jabatanId: number;
  penilai: { pegawaiId: number; jabatanId: number; sebagai: string } | null;
  aktorPenilai: boolean;
}

/** The SKP row as the rule reads it. */
export interface SkpEvaluasi {
  documentId: string;
  status: string;
  penugasan?: { jenis?: string | null; jabatan?: { id: number } | null } | null;
}

export const konteksSkp = (s: { penugasan?: { jenis?: string | null } | null } | null | undefined): KonteksSkp =>
  s?.penugasan?.jenis && s.penugasan.jenis !== 'UTAMA' ? 'PLT' : 'DEFINITIF';

/** 403 BUKAN_PENILAI unless the actor rates the pegawai in some context at the date, or is Admin BKPSDM. */
export function aturanPenilaiEvaluasi(konteks: KonteksPenilai[], admin: boolean): Keputusan {
  if (!konteks.some((k) => k.aktorPenilai) && !admin) {
    return tolak(
      403,
      'BUKAN_PENILAI',
      'Hanya pejabat penilai pegawai ini pada periode tersebut (termasuk Plt) yang dapat memberi evaluasi.',
      'nip',
    );
  }
  return BOLEH;
}

export type PilihanSkp<S extends SkpEvaluasi> =
  { ok: true; skp: S; konteks: KonteksPenilai; sebagai: string } | Penolakan;

/**
 * The SKP rated and in which capacity. With `skpDiminta`: 404 SKP_TIDAK_DITEMUKAN when it is not among the
 * pegawai's SKP of the period, 403 BUKAN_PENILAI when the actor does not rate its post. Without: the
 * definitive SKP (the Plt one when the actor rates only as penilai of a Plt post), an approved one first;
 * none → 409 SKP_BELUM_DISETUJUI. Then the SKP must be approved (409 SKP_BELUM_DISETUJUI with its status).
 * `daftar` is newest first.
 */
export function pilihSkpEvaluasi<S extends SkpEvaluasi>(
  konteks: KonteksPenilai[],
  admin: boolean,
  daftar: S[],
  tahun: number,
  skpDiminta?: string,
): PilihanSkp<S> {
  const bolehDi = (k: KonteksPenilai | undefined) => !!k && (k.aktorPenilai || admin);
  const konteksDari = (s: S) =>
    konteks.find((k) =>
      konteksSkp(s) === 'DEFINITIF'
        ? k.jenis === 'DEFINITIF'
        : k.jenis === 'PLT' && k.jabatanId === s.penugasan?.jabatan?.id,
    );
  let s: S | undefined;
  if (skpDiminta) {
    s = daftar.find((x) => x.documentId === skpDiminta);
    if (!s) {
      return tolak(
        404,
        'SKP_TIDAK_DITEMUKAN',
        `SKP "${skpDiminta}" bukan SKP pegawai ini yang berlaku pada periode tersebut.`,
        'skp',
      );
    }
    if (!bolehDi(konteksDari(s))) {
      return tolak(
        403,
        'BUKAN_PENILAI',
        'Anda bukan pejabat penilai untuk jabatan SKP ini pada periode tersebut.',
        'skp',
      );
    }
  } else {
    const jenis: KonteksSkp = bolehDi(konteks.find((k) => k.jenis === 'DEFINITIF')) ? 'DEFINITIF' : 'PLT';
    const cocok = daftar.filter((x) => konteksSkp(x) === jenis && bolehDi(konteksDari(x)));
    s = cocok.find((x) => x.status === 'DISETUJUI') ?? cocok[0];
    if (!s) {
      return tolak(
        409,
        'SKP_BELUM_DISETUJUI',
        `Pegawai ini belum memiliki SKP ${tahun} yang disetujui untuk periode tersebut.`,
        'skp',
        {
          status_sekarang: null,
        },
      );
    }
  }
  if (s.status !== 'DISETUJUI') {
    return tolak(409, 'SKP_BELUM_DISETUJUI', 'Evaluasi hanya dapat diberikan untuk SKP yang sudah disetujui.', 'skp', {
      status_sekarang: s.status,
    });
  }
  const k = konteksDari(s)!;
  return { ok: true, skp: s, konteks: k, sebagai: k.aktorPenilai ? (k.penilai?.sebagai ?? 'DEFINITIF') : 'ADMIN' };
}

/** Realisasi of the period's months that block an evaluation. */
export interface KeadaanRealisasiEvaluasi {
  belum_diperiksa: { renaksi: string; uraian: string; bulan: number }[];
  /** missing realisasi whose input deadline is not yet past (after it they count 0 and do not block) */
  belum_diisi: { renaksi: string; uraian: string; bulan: number; batas_input: string }[];
}

/** What the save of an evaluation is checked against, once its SKP is chosen. */
export interface FaktaSimpanEvaluasi {
  tahun: number;
  /** the months checked: the period's months (periodic) */
  bulan: number[];
  /** today (WIB) */
  hari: string;
  /** the capacity and the reason given; absent where no reason is asked (the screen's preparation) */
  alasan?: { sebagai: string; teks?: string | null };
  /** the months whose quarter lock applies (December alone for the annual evaluation), those locked */
  bulanKunci: number[];
  terkunci: (bulan: number) => boolean;
  /** the realisasi state (absent for the annual evaluation: not checked) */
  realisasi?: KeadaanRealisasiEvaluasi;
}

/**
 * Refusals of a save, first wins: 400 ALASAN_WAJIB (Admin BKPSDM without a reason), 423 PERIODE_TERKUNCI
 * (first locked month), 409 BULAN_BELUM_BERJALAN (a month not begun), 409 REALISASI_BELUM_DIPERIKSA (an
 * unchecked realisasi), 409 BATAS_INPUT_BELUM_LEWAT (a missing realisasi before the month's input deadline).
 */
export function aturanSimpanEvaluasi(f: FaktaSimpanEvaluasi): Keputusan {
  if (f.alasan && f.alasan.sebagai === 'ADMIN' && !f.alasan.teks?.trim()) {
    return tolak(
      400,
      'ALASAN_WAJIB',
      'Admin BKPSDM yang memberi evaluasi atas nama pejabat penilai wajib mengisi alasan.',
      'alasan',
    );
  }
  const kunci = f.bulanKunci.find((b) => f.terkunci(b));
  if (kunci != null) return penolakanKunci(f.tahun, kunci);
  return f.realisasi ? aturanRealisasiSiap(f.tahun, f.bulan, f.hari, f.realisasi) : BOLEH;
}

/**
 * The realisasi of the period's months are ready for an evaluation: each month begun (409
 * BULAN_BELUM_BERJALAN), none unchecked (409 REALISASI_BELUM_DIPERIKSA), none missing before its input
 * deadline (409 BATAS_INPUT_BELUM_LEWAT), in that order.
 */
export function aturanRealisasiSiap(
  tahun: number,
  bulan: number[],
  hari: string,
  r: KeadaanRealisasiEvaluasi,
): Keputusan {
  const belumMulai = bulan.find((b) => !bulanSudahMulai(tahun, b, hari));
  if (belumMulai) {
    return tolak(
      409,
      'BULAN_BELUM_BERJALAN',
      `Bulan ${namaBulan(belumMulai)} ${tahun} belum berjalan: evaluasi belum dapat diberikan.`,
      'bulan',
    );
  }
  if (r.belum_diperiksa.length) {
    return tolak(
      409,
      'REALISASI_BELUM_DIPERIKSA',
      `Masih ada ${r.belum_diperiksa.length} realisasi yang belum diperiksa. Periksa realisasi terlebih dahulu, lalu beri evaluasi.`,
      'bulan',
      { belum_diperiksa: r.belum_diperiksa.map(({ renaksi, uraian, bulan: b }) => ({ renaksi, uraian, bulan: b })) },
    );
  }
  if (r.belum_diisi.length) {
    return tolak(
      409,
      'BATAS_INPUT_BELUM_LEWAT',
      `Masih ada ${r.belum_diisi.length} rencana aksi tanpa realisasi dan batas pengisiannya (${r.belum_diisi[0].batas_input}) ` +
        'belum lewat. Evaluasi dapat diberikan setelah semua realisasi diisi dan diperiksa, atau setelah batas pengisian lewat.',
      'bulan',
      { belum_diisi: r.belum_diisi },
    );
  }
  return BOLEH;
}

/**
 * The months the angka kredit of an annual evaluation counts: the SKP's months from its start to its end
 * (at most 12); a full year when no month of the year has begun.
 */
export function bulanAngkaKredit(periodeMulai: string, periodeAkhir: string, bulanBerjalan: number): number {
  if (bulanBerjalan === 0) return 12;
  return Math.min(12, Number(String(periodeAkhir).slice(5, 7)) - Number(String(periodeMulai).slice(5, 7)) + 1);
}

/** Refusals of the umpan balik: an RHK outside the SKP, an unknown core value code (400, naming the entry). */
export function aturanUmpanBalik(
  rhk: { rhk_id: string }[],
  rhkSkp: Set<string>,
  perilaku: { kode: string }[],
  kodeNilai: Set<string>,
): Keputusan {
  const r = rhk.findIndex((x) => !rhkSkp.has(x.rhk_id));
  if (r >= 0)
    return tolak(
      400,
      'RHK_TIDAK_VALID',
      'Umpan balik ditujukan ke RHK yang bukan bagian SKP ini.',
      `umpan_balik_rhk[${r}].rhk_id`,
    );
  const p = perilaku.findIndex((x) => !kodeNilai.has(x.kode));
  if (p >= 0) {
    return tolak(
      400,
      'KODE_PERILAKU_TIDAK_DIKENAL',
      `Nilai dasar "${perilaku[p].kode}" tidak dikenal; gunakan kode BerAKHLAK.`,
      `umpan_balik_perilaku[${p}].kode`,
    );
  }
  return BOLEH;
}

/**
 * Reading a pegawai's evaluations (list with a nip, the screen's preparation): 403 AKSES_DITOLAK field `nip`
 * unless the caller relates to the pegawai (scope service at the relevant date) or rates him.
 */
export function aturanLihatEvaluasi(terlihat: boolean): Keputusan {
  if (!terlihat) return tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat evaluasi pegawai ini.', 'nip');
  return BOLEH;
}
