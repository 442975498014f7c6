import type { EvaluasiBaris, KodePredikat, PersiapanEvaluasi, Rating } from '../dataProvider/evaluasi';
import type { Capaian } from '../dataProvider/renaksi';

/** Pure helpers of the evaluation screens (tested with vitest). */

export const RATING: readonly Rating[] = [1, 2, 3];
export const KODE_PREDIKAT: readonly KodePredikat[] = [1, 2, 3, 4, 5];

/** The month before today's (Asia/Jakarta date "YYYY-MM-DD"); January → December of last year. */
export const bulanLalu = (hariIni: string): { tahun: number; bulan: number } => {
  const tahun = Number(hariIni.slice(0, 4));
  const bulan = Number(hariIni.slice(5, 7));
  return bulan === 1 ? { tahun: tahun - 1, bulan: 12 } : { tahun, bulan: bulan - 1 };
};

/** The predikat of the matrix in the persiapan answer (null while a rating is missing or unknown). */
export const predikatDariMatriks = (
  persiapan: Pick<PersiapanEvaluasi, 'matriks' | 'predikat'>,
  hasil: Rating | null | undefined,
  perilaku: Rating | null | undefined,
): { kode: KodePredikat; nama: string } | null => {
  if (hasil == null || perilaku == null) return null;
  const kode = persiapan.matriks?.[String(hasil)]?.[String(perilaku)];
  if (kode == null) return null;
  const p = persiapan.predikat.find((x) => x.kode === kode);
  return p ? { kode: p.kode, nama: p.nama } : null;
};

export type WarnaPredikat = 'success' | 'info' | 'warning' | 'error' | 'default';

/** Chip colour per predikat: Sangat Baik green, Baik blue, Butuh Perbaikan amber, Kurang and Sangat Kurang red. */
export const warnaPredikat = (kode: number | null | undefined): WarnaPredikat =>
  kode === 1
    ? 'success'
    : kode === 2
      ? 'info'
      : kode === 3
        ? 'warning'
        : kode === 4 || kode === 5
          ? 'error'
          : 'default';

/** The month's capaian body (the card): the persiapan's `capaian` itself, or the last month of a quarter. */
export const capaianBulan = (capaian: PersiapanEvaluasi['capaian'] | null | undefined): Capaian | null => {
  if (!capaian) return null;
  if ('rhk' in capaian) return capaian;
  return capaian.bulan?.[capaian.bulan.length - 1] ?? null;
};

/** Realisasi gate refusals: they block the periodic evaluation only, not the annual one. */
const KODE_GERBANG = new Set([
  'REALISASI_BELUM_DIPERIKSA',
  'BATAS_INPUT_BELUM_LEWAT',
  'BULAN_BELUM_BERJALAN',
  'PERIODE_TERKUNCI',
]);

/** Why the annual evaluation cannot be given from this persiapan (null = it can). */
export const alasanTahunan = (persiapan: Pick<PersiapanEvaluasi, 'alasan_tidak_boleh'>) => {
  const a = persiapan.alasan_tidak_boleh;
  return a && !KODE_GERBANG.has(a.code) ? a : null;
};

/** A row of the SKP panel resource (what the Penilaian Kinerja list needs). */
export interface SkpDinilai {
  id: string;
  tahun: number;
  status: string;
  periode_mulai: string;
  periode_akhir: string;
  pegawai_id: string | null;
  pegawai_nip: string | null;
  pegawai_nama: string | null;
  pegawai_jabatan: string | null;
  penugasan_jenis: string | null;
  penilai_nip: string | null;
}

export interface BarisPenilaian {
  nip: string;
  nama: string;
  jabatan: string | null;
  skp_id: string | null;
  konteks: 'DEFINITIF' | 'PLT';
  evaluasi: Pick<
    EvaluasiBaris,
    'id' | 'predikat_kode' | 'predikat_nama' | 'rating_hasil' | 'rating_perilaku' | 'perilaku_source'
  > | null;
}

const dua = (n: number) => String(n).padStart(2, '0');

/** The SKP covers some day of the month. */
export const skpMencakupBulan = (
  skp: Pick<SkpDinilai, 'periode_mulai' | 'periode_akhir'>,
  tahun: number,
  bulan: number,
) => {
  const awal = `${tahun}-${dua(bulan)}-01`;
  const akhir = `${tahun}-${dua(bulan)}-31`;
  return String(skp.periode_mulai).slice(0, 10) <= akhir && String(skp.periode_akhir).slice(0, 10) >= awal;
};

/**
 * The pegawai the signed-in penilai evaluates in a month: approved SKP of that month whose penilai is
 * me (Plt posts included: an acting head is the penilai of the post's subordinates), plus every
 * evaluation of the month I gave; each with its evaluation (matched on the SKP) or none. Sorted: not
 * yet evaluated first, then by name.
 */
export const daftarPenilaian = (
  skp: readonly SkpDinilai[],
  evaluasi: readonly EvaluasiBaris[],
  nipSaya: string,
  tahun: number,
  bulan: number,
): BarisPenilaian[] => {
  const baris = new Map<string, BarisPenilaian>();
  for (const s of skp) {
    if (!s.pegawai_nip || s.pegawai_nip === nipSaya || s.penilai_nip !== nipSaya) continue;
    if (s.status !== 'DISETUJUI' || s.tahun !== tahun || !skpMencakupBulan(s, tahun, bulan)) continue;
    baris.set(s.id, {
      nip: s.pegawai_nip,
      nama: s.pegawai_nama ?? s.pegawai_nip,
      jabatan: s.pegawai_jabatan,
      skp_id: s.id,
      konteks: s.penugasan_jenis && s.penugasan_jenis !== 'UTAMA' ? 'PLT' : 'DEFINITIF',
      evaluasi: null,
    });
  }
  for (const e of evaluasi) {
    if (
      e.tahun !== tahun ||
      e.bulan !== bulan ||
      e.periode_jenis === 'TAHUNAN' ||
      !e.pegawai_nip ||
      e.pegawai_nip === nipSaya
    )
      continue;
    const kunci = e.skp_id ?? `${e.pegawai_nip}:${e.konteks}`;
    const ada = baris.get(kunci);
    if (!ada && e.penilai_nip !== nipSaya) continue;
    baris.set(kunci, {
      ...(ada ?? {
        nip: e.pegawai_nip,
        nama: e.pegawai_nama ?? e.pegawai_nip,
        jabatan: e.pegawai_jabatan,
        skp_id: e.skp_id,
        konteks: e.konteks,
      }),
      evaluasi: {
        id: e.id,
        predikat_kode: e.predikat_kode,
        predikat_nama: e.predikat_nama,
        rating_hasil: e.rating_hasil,
        rating_perilaku: e.rating_perilaku,
        perilaku_source: e.perilaku_source,
      },
    });
  }
  return [...baris.values()].sort((a, b) =>
    !!a.evaluasi === !!b.evaluasi
      ? a.nama.localeCompare(b.nama, 'id') || a.konteks.localeCompare(b.konteks)
      : a.evaluasi
        ? 1
        : -1,
  );
};

/** The umpan balik per key prefilled from a stored list (RHK id or BerAKHLAK kode). */
export const petaUmpanBalik = <K extends string>(
  daftar: ReadonlyArray<Record<K, string> & { umpan_balik: string }> | null | undefined,
  kunci: K,
) => Object.fromEntries((daftar ?? []).map((x) => [x[kunci], x.umpan_balik])) as Record<string, string>;

/** The field of a 400 answer as the form names it (`umpan_balik_rhk[2].umpan_balik` → `umpan_balik_rhk`). */
export const fieldForm = (field: string | undefined | null): string | null => {
  if (!field) return null;
  const m = /^([a-z_]+)/.exec(field);
  return m ? m[1] : field;
};

/** The period label of an evaluation: month, quarter or the year. */
export const labelPeriode = (
  e: Pick<EvaluasiBaris, 'periode_jenis' | 'periode' | 'bulan' | 'tahun'>,
  namaBulan: (bulan: number) => string,
): { key: string; args: Record<string, unknown> } =>
  e.periode_jenis === 'TAHUNAN'
    ? { key: 'mskp.evaluasi.periode.TAHUNAN', args: { tahun: e.tahun } }
    : e.periode_jenis === 'TRIWULAN'
      ? { key: 'mskp.evaluasi.periode.TRIWULAN', args: { triwulan: e.periode, tahun: e.tahun } }
      : { key: 'mskp.evaluasi.periode.BULANAN', args: { bulan: namaBulan(e.bulan ?? e.periode), tahun: e.tahun } };
