/**
 * Predikat rules of domain.md §5 as pure functions over the policy `predikat`
 * (config/kebijakan/predikat.json): the 3×3 matrix, the advisory rating hasil, the kurva distribusi
 * quotas of the organisation predikat (maxima rounded down, minima up, on head counts), the default
 * organisation predikat from the OPD capaian, and the JF angka kredit of the annual predikat.
 */
import { z } from 'zod';

export type Rating = 1 | 2 | 3;
export type KodePredikat = 1 | 2 | 3 | 4 | 5;
export const PREDIKAT_ORGANISASI = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type PredikatOrganisasi = (typeof PREDIKAT_ORGANISASI)[number];

const kodePredikat = z.number().int().min(1).max(5);
const barisMatriks = z.object({ '1': kodePredikat, '2': kodePredikat, '3': kodePredikat });
const aturanKurva = z
  .object({
    predikat: z.array(kodePredikat).min(1),
    batas: z.enum(['maks', 'min']),
    persen: z.number().min(0).max(100).optional(),
    jumlah: z.number().int().min(0).optional(),
  })
  .refine((a) => (a.persen == null) !== (a.jumlah == null), 'tepat satu dari persen atau jumlah');

export const skemaPredikat = z.object({
  rating: z.array(z.object({ kode: z.number().int().min(1).max(3), nama: z.string().min(1) })).length(3),
  predikat: z.array(z.object({ kode: kodePredikat, nama: z.string().min(1), siasn_id: z.number().int() })).length(5),
  matriks: z.object({ '1': barisMatriks, '2': barisMatriks, '3': barisMatriks }),
  organisasi: z
    .array(z.object({ kode: z.enum(PREDIKAT_ORGANISASI), nama: z.string().min(1), capaian_minimal: z.number().min(0) }))
    .length(5),
  kurva: z.object(
    Object.fromEntries(PREDIKAT_ORGANISASI.map((k) => [k, z.array(aturanKurva).min(1)])) as Record<
      PredikatOrganisasi,
      z.ZodArray<typeof aturanKurva>
    >,
  ),
  kurva_minimal_pegawai: z.number().int().min(1),
  angka_kredit_persen: z.object({
    '1': z.number(),
    '2': z.number(),
    '3': z.number(),
    '4': z.number(),
    '5': z.number(),
  }),
  koefisien_jf: z.record(z.string(), z.number().positive()),
});
export type KebijakanPredikat = z.infer<typeof skemaPredikat>;
export type AturanKurva = z.infer<typeof aturanKurva>;

export const adalahRating = (x: unknown): x is Rating => x === 1 || x === 2 || x === 3;

/** Predikat of one pegawai from rating hasil × rating perilaku (matrix of the policy). */
export function predikatPegawai(
  hasil: Rating,
  perilaku: Rating,
  k: KebijakanPredikat,
): { kode: KodePredikat; nama: string; siasn_id: number } {
  const kode = k.matriks[String(hasil) as '1'][String(perilaku) as '1'] as KodePredikat;
  const p = k.predikat.find((x) => x.kode === kode)!;
  return { kode, nama: p.nama, siasn_id: p.siasn_id };
}

/**
 * Advisory rating hasil (the penilai decides): Di Atas (1) if most RHK UTAMA have raw capaian > 100
 * and none < 100; Sesuai (2) if most have ≥ 100; otherwise Di Bawah (3). "Most" = more than half of
 * the RHK UTAMA that have a figure; null when none has one.
 */
export function saranRatingHasil(capaianMentahRhkUtama: (number | null)[]): Rating | null {
  const xs = capaianMentahRhkUtama.filter((x): x is number => x != null);
  if (!xs.length) return null;
  const sebagianBesar = (n: number) => n * 2 > xs.length;
  if (sebagianBesar(xs.filter((x) => x > 100).length) && xs.every((x) => x >= 100)) return 1;
  if (sebagianBesar(xs.filter((x) => x >= 100).length)) return 2;
  return 3;
}

/** Rating hasil of a head of a unit from the unit's organisation capaian: the thresholds of the organisation predikat. */
export function ratingHasilDariCapaianUnit(capaian: number | null, k: KebijakanPredikat): Rating | null {
  if (capaian == null) return null;
  const p = predikatOrganisasiDariCapaian(capaian, k);
  return p === 'ISTIMEWA' ? 1 : p === 'BAIK' ? 2 : 3;
}

/** Default proposal of the organisation predikat from the OPD capaian (policy thresholds, highest first). */
export function predikatOrganisasiDariCapaian(capaian: number, k: KebijakanPredikat): PredikatOrganisasi {
  const urut = [...k.organisasi].sort((a, b) => b.capaian_minimal - a.capaian_minimal);
  return (urut.find((o) => capaian >= o.capaian_minimal) ?? urut[urut.length - 1]).kode;
}

/** Head-count bound of one quota rule for n evaluated pegawai: maxima round down, minima round up. */
export function batasJumlah(a: AturanKurva, n: number): number {
  if (a.jumlah != null) return a.jumlah;
  const kali = Math.round(n * (a.persen as number) * 1e6); // n × persen exactly (persen has ≤ 6 decimals)
  return a.batas === 'maks' ? Math.floor(kali / 100e6) : Math.ceil(kali / 100e6);
}

export interface Pelanggaran {
  aturan: string;
  pesan: string;
  predikat: KodePredikat[];
  batas: 'maks' | 'min';
  batas_jumlah: number;
  jumlah: number;
}

export interface HasilKurva {
  /** evaluated pegawai counted */
  n: number;
  jumlah: Record<KodePredikat, number>;
  persen: Record<KodePredikat, number>;
  pelanggaran: Pelanggaran[];
  /** n below the policy minimum: violations are warnings, not blocks */
  hanyaPeringatan: boolean;
  /** final approval of the period is blocked (violations and n ≥ minimum) */
  blokir: boolean;
}

const namaPredikat = (kode: number[], k: KebijakanPredikat) =>
  kode.map((x) => k.predikat.find((p) => p.kode === x)!.nama).join(' + ');

/** Text of one rule as shown on the report, e.g. "Sangat Baik ≤ 70%". */
export function teksAturan(a: AturanKurva, k: KebijakanPredikat): string {
  const simbol = a.batas === 'maks' ? '≤' : '≥';
  if (a.jumlah != null)
    return a.batas === 'maks' && a.jumlah === 0
      ? `tidak ada ${namaPredikat(a.predikat, k)}`
      : `${namaPredikat(a.predikat, k)} ${simbol} ${a.jumlah} orang`;
  return `${namaPredikat(a.predikat, k)} ${simbol} ${String(a.persen).replace('.', ',')}%`;
}

/** Checks the predikat counts of a unit and period against the quotas of its organisation predikat. */
export function periksaKurva(
  organisasi: PredikatOrganisasi,
  predikat: KodePredikat[],
  k: KebijakanPredikat,
): HasilKurva {
  const n = predikat.length;
  const jumlah = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<KodePredikat, number>;
  for (const p of predikat) jumlah[p]++;
  const persen = Object.fromEntries(
    Object.entries(jumlah).map(([kk, v]) => [kk, n ? Math.round((v / n) * 10000) / 100 : 0]),
  ) as Record<KodePredikat, number>;
  const pelanggaran: Pelanggaran[] = [];
  for (const a of k.kurva[organisasi]) {
    const ada = a.predikat.reduce((s, p) => s + jumlah[p as KodePredikat], 0);
    const batas = batasJumlah(a, n);
    const langgar = a.batas === 'maks' ? ada > batas : ada < batas;
    if (!langgar) continue;
    const aturan = teksAturan(a, k);
    pelanggaran.push({
      aturan,
      pesan: `${aturan}: ada ${ada} dari ${n} pegawai, ${a.batas === 'maks' ? 'paling banyak' : 'sekurang-kurangnya'} ${batas} orang.`,
      predikat: a.predikat as KodePredikat[],
      batas: a.batas,
      batas_jumlah: batas,
      jumlah: ada,
    });
  }
  const hanyaPeringatan = n < k.kurva_minimal_pegawai;
  return { n, jumlah, persen, pelanggaran, hanyaPeringatan, blokir: pelanggaran.length > 0 && !hanyaPeringatan };
}

/** JF angka kredit of a year from the annual predikat: coefficient of the jenjang × percentage of the predikat (× months/12 for part of a year). */
export function angkaKredit(predikat: KodePredikat, jenjang: string, k: KebijakanPredikat, bulan = 12): number | null {
  const koef = k.koefisien_jf[jenjang];
  if (koef == null) return null;
  const persen = k.angka_kredit_persen[String(predikat) as '1'];
  return Math.round(koef * (persen / 100) * (bulan / 12) * 1000) / 1000;
}
