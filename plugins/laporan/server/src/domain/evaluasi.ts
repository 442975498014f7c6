/**
 * Layout of the evaluation prints (PermenPANRB 6/2022): the periodic Evaluasi Kinerja Pegawai (month or
 * quarter) and the annual Dokumen Evaluasi Kinerja Pegawai, plus the evaluation lines the monthly SKP
 * print shares (predikat, ratings, umpan balik per core value). Pure: plain data in, texts and layout
 * cells out; the rendering service (services/cetak-evaluasi.ts) turns them into PDF cells.
 */
import { NAMA_BULAN, tanggalIndonesia } from './tanggal';
import { bulanTriwulan } from '@m-skp/inti';
import { namaBerkas, type Golongan } from './format';
import {
  barisIdentitas,
  ikiTercetak,
  LABEL_ASPEK,
  LABEL_PERSPEKTIF,
  teksTarget,
  type IkiCetak,
  type JenisSkp,
  type Kolom,
  type OrangCetak,
  type Sel,
} from './skp';
import { angka, barisBerbagian, persen, PREDIKAT_BELUM, teksCapaian, type StatusRenaksiBulan } from './skp-bulanan';

/** Marks what comes from the pegawai's Plt evaluation (PLT rule: his Plt perilaku rating replaces the definitive one). */
export const TANDA_PLT = '(dari penilaian Plt)';

export type JenisPeriode = 'BULANAN' | 'TRIWULAN' | 'TAHUNAN';
const ROMAWI = ['I', 'II', 'III', 'IV'];
const dua = (n: number) => String(n).padStart(2, '0');

/** The stored evaluation as the prints need it (kinerja's `evaluasiDto` shape). */
export interface EvaluasiCetak {
  periode_jenis: JenisPeriode;
  periode: number;
  konteks: 'DEFINITIF' | 'PLT';
  rating_hasil: number;
  rating_perilaku: number;
  perilaku_source: 'DEFINITIF' | 'PLT';
  predikat: { kode: number; nama: string };
  umpan_balik?: string | null;
  umpan_balik_rhk?: { rhk_id: string; umpan_balik: string }[] | null;
  umpan_balik_perilaku?: { kode: string; umpan_balik: string }[] | null;
  angka_kredit?: number | null;
  capaian?: number | null;
}

/** Whether the perilaku of this evaluation was rated in the pegawai's Plt context while it is not the Plt evaluation itself. */
export const perilakuDariPlt = (e: Pick<EvaluasiCetak, 'perilaku_source' | 'konteks'>) =>
  e.perilaku_source === 'PLT' && e.konteks !== 'PLT';

/** "evaluasi_199004042015031004_2026-10.pdf" / "evaluasi_…_2026-tahunan.pdf". */
export const namaBerkasEvaluasi = (nip: string | null | undefined, tahun: number, bulan: number | null) =>
  namaBerkas('evaluasi', nip, `${tahun}-${bulan == null ? 'tahunan' : dua(bulan)}`);

/** The months a stored period covers; the annual one: the months of the SKP period begun by `hari` (at least the first). */
export function bulanPeriode(
  jenis: JenisPeriode,
  periode: number,
  tahun: number,
  skpMulai: string,
  skpAkhir: string,
  hari: string,
): number[] {
  if (jenis === 'BULANAN') return [periode];
  if (jenis === 'TRIWULAN') return bulanTriwulan(periode);
  const dari = Number(skpMulai.slice(5, 7));
  const sampai = Number(skpAkhir.slice(5, 7));
  const xs: number[] = [];
  for (let b = dari; b <= sampai; b++) if (`${tahun}-${dua(b)}-01` <= hari) xs.push(b);
  return xs.length ? xs : [dari];
}

/** "BULANAN: OKTOBER 2026", "TRIWULAN III 2026", "TAHUNAN 2026". */
export function teksJenisPeriode(jenis: JenisPeriode, periode: number, tahun: number): string {
  if (jenis === 'BULANAN') return `BULANAN: ${NAMA_BULAN[periode - 1].toUpperCase()} ${tahun}`;
  if (jenis === 'TRIWULAN') return `TRIWULAN ${ROMAWI[periode - 1]} ${tahun}`;
  return `TAHUNAN ${tahun}`;
}

/** Title lines: periodic Evaluasi Kinerja Pegawai or the annual Dokumen Evaluasi Kinerja Pegawai. */
export function judulEvaluasi(
  jenisSkp: JenisSkp,
  pendekatan: string | null | undefined,
  jenis: JenisPeriode,
  periode: number,
  tahun: number,
): string[] {
  return [
    jenis === 'TAHUNAN' ? 'DOKUMEN EVALUASI KINERJA PEGAWAI' : 'EVALUASI KINERJA PEGAWAI',
    `PENDEKATAN HASIL KERJA ${pendekatan === 'KUALITATIF' ? 'KUALITATIF' : 'KUANTITATIF'}`,
    jenisSkp === 'JPT'
      ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI'
      : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
    `PERIODE: ${teksJenisPeriode(jenis, periode, tahun)}`,
  ];
}

/** The evaluated stretch: the period's months clipped to the SKP period ("1 Juli 2026 s.d. 30 September 2026"). */
export function teksPeriodePenilaian(tahun: number, bulan: number[], skpMulai: string, skpAkhir: string): string {
  const awal = `${tahun}-${dua(Math.min(...bulan))}-01`;
  const b = Math.max(...bulan);
  const ujung = `${tahun}-${dua(b)}-${dua(new Date(Date.UTC(tahun, b, 0)).getUTCDate())}`;
  const a = skpMulai > awal && skpMulai <= ujung ? skpMulai : awal;
  const z = skpAkhir < ujung && skpAkhir >= awal ? skpAkhir : ujung;
  return `${tanggalIndonesia(a)} s.d. ${tanggalIndonesia(z)}`;
}

/** Name of a rating (policy `predikat.rating`), else the code. */
export const namaRating = (kode: number | null | undefined, rating: { kode: number; nama: string }[]) =>
  kode == null ? '-' : (rating.find((r) => r.kode === kode)?.nama ?? String(kode));

/** Umpan balik per core-value code; each marked "(dari penilaian Plt)" when it comes from the Plt evaluation. */
export function umpanBalikPerilaku(
  daftar: EvaluasiCetak['umpan_balik_perilaku'],
  dariPlt: boolean,
): Record<string, string> {
  const hasil: Record<string, string> = {};
  for (const u of daftar ?? []) {
    const isi = String(u?.umpan_balik ?? '').trim();
    if (u?.kode && isi) hasil[u.kode] = dariPlt ? `${isi}\n${TANDA_PLT}` : isi;
  }
  return hasil;
}

/**
 * The umpan balik per core value an evaluation prints: its own, or, when its perilaku was rated in the
 * Plt context (perilaku_source PLT), the Plt evaluation's of the same period, each marked "(dari penilaian Plt)".
 */
export function umpanBalikPerilakuEvaluasi(
  e: EvaluasiCetak | null | undefined,
  semua: EvaluasiCetak[],
): Record<string, string> {
  if (!e) return {};
  if (!perilakuDariPlt(e)) return umpanBalikPerilaku(e.umpan_balik_perilaku, false);
  const plt = semua.find((x) => x.konteks === 'PLT' && x.periode_jenis === e.periode_jenis && x.periode === e.periode);
  return umpanBalikPerilaku((plt ?? e).umpan_balik_perilaku, true);
}

/** Umpan balik of one RHK (by its documentId), or null. */
export function umpanBalikRhk(
  e: Pick<EvaluasiCetak, 'umpan_balik_rhk'> | null | undefined,
  rhkId: string,
): string | null {
  const u = (e?.umpan_balik_rhk ?? []).find((x) => x?.rhk_id === rhkId);
  const isi = String(u?.umpan_balik ?? '').trim();
  return isi || null;
}

/**
 * The predikat lines: "PREDIKAT KINERJA PEGAWAI: Baik" and the two ratings ("(dari penilaian Plt)" after
 * a perilaku rated in the Plt context), or "… : Belum dinilai" without an evaluation.
 */
export function barisPredikat(e: EvaluasiCetak | null | undefined, rating: { kode: number; nama: string }[]): string[] {
  if (!e) return [`PREDIKAT KINERJA PEGAWAI: ${PREDIKAT_BELUM}`];
  return [
    `PREDIKAT KINERJA PEGAWAI: ${e.predikat.nama}`,
    `Rating hasil kerja: ${namaRating(e.rating_hasil, rating)}; rating perilaku kerja: ${namaRating(e.rating_perilaku, rating)}${perilakuDariPlt(e) ? ` ${TANDA_PLT}` : ''}.`,
  ];
}

/** The organisation predikat of the OPD for the period: "Baik (final)", "Baik (draf)"; none → "-". */
export function teksPredikatOrganisasi(
  row: { predikat?: string | null; status?: string | null } | null | undefined,
  organisasi: { kode: string; nama: string }[],
): string {
  if (!row?.predikat) return '-';
  const nama = organisasi.find((o) => o.kode === row.predikat)?.nama ?? row.predikat;
  return `${nama} (${row.status === 'FINAL' ? 'final' : 'draf'})`;
}

/**
 * The block under the identity table: CAPAIAN KINERJA ORGANISASI on the left (one cell over five rows),
 * ATASAN PEJABAT PENILAI KINERJA on the right (nama, NIP, pangkat/gol. ruang, jabatan with "Plt." when
 * acting, unit kerja), as in the PermenPANRB 6/2022 form.
 */
export function barisOrganisasiAtasan(
  predikatOrganisasi: string,
  atasan: OrangCetak | null,
  golongan: Golongan[] = [],
): Sel[][] {
  return barisIdentitas(null, atasan, golongan).map((r, i) =>
    i === 0
      ? [{ content: predikatOrganisasi, colSpan: 3, rowSpan: 5, gaya: 'tengah' as const }, ...r.slice(3)]
      : r.slice(3),
  );
}
export const KEPALA_ORGANISASI_ATASAN: Sel[] = [
  { content: 'CAPAIAN KINERJA ORGANISASI', colSpan: 3 },
  { content: 'NO', gaya: 'tengah' },
  { content: 'ATASAN PEJABAT PENILAI KINERJA', colSpan: 2 },
];

/** One renaksi of one month as kinerja's capaian service reports it. */
export interface RenaksiEvaluasi {
  uraian: string;
  satuan: string;
  target: number | null;
  realisasi: number | null;
  capaian: number | null;
  status: StatusRenaksiBulan;
}
/** One month of an RHK: its figure and its renaksi. */
export interface BulanRhk {
  bulan: number;
  capaian: number | null;
  renaksi: RenaksiEvaluasi[];
}
export interface RhkEvaluasiCetak {
  jenis: 'UTAMA' | 'TAMBAHAN';
  uraian: string;
  perspektif?: string | null;
  rhk_atasan?: { uraian: string } | null;
  iki: IkiCetak[];
  bulan: BulanRhk[];
  umpan_balik: string | null;
}

export const KOLOM_HASIL_EVALUASI: Kolom[] = [
  { kunci: 'no', judul: 'NO', lebar: 0.05, tengah: true },
  { kunci: 'rhk', judul: 'RENCANA HASIL KERJA', lebar: 0.24 },
  { kunci: 'iki', judul: 'INDIKATOR KINERJA INDIVIDU DAN TARGET', lebar: 0.22 },
  { kunci: 'realisasi', judul: 'REALISASI BERDASARKAN BUKTI DUKUNG', lebar: 0.27 },
  { kunci: 'umpan_balik', judul: 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG', lebar: 0.22 },
];

/** The RHK cell: uraian, then the RHK pimpinan yang diintervensi (JA/JF) or the perspektif (JPT). */
export function teksRhkEvaluasi(
  r: Pick<RhkEvaluasiCetak, 'uraian' | 'rhk_atasan' | 'perspektif'>,
  jenisSkp: JenisSkp,
): string {
  const bagian = [r.uraian.trim() || '-'];
  if (jenisSkp === 'JPT' && r.perspektif) bagian.push(`Perspektif: ${LABEL_PERSPEKTIF[r.perspektif] ?? r.perspektif}`);
  if (jenisSkp !== 'JPT' && r.rhk_atasan?.uraian) bagian.push(`Intervensi RHK pimpinan: ${r.rhk_atasan.uraian.trim()}`);
  return bagian.join('\n');
}

/** The IKI cell: each printed IKI with aspek (JA/JF) and target. */
export function teksIkiEvaluasi(iki: IkiCetak[], jenisSkp: JenisSkp): string {
  const xs = ikiTercetak(iki);
  if (!xs.length) return '-';
  return xs
    .map(
      (i) =>
        `- ${i.uraian.trim()}${jenisSkp !== 'JPT' && i.aspek ? ` [${LABEL_ASPEK[i.aspek] ?? i.aspek}]` : ''}: ${teksTarget(i.target, i.satuan)}`,
    )
    .join('\n');
}

/** Mean of the figures that exist (2 decimals), null when none. */
const rata = (xs: (number | null)[]) => {
  const ys = xs.filter((x): x is number => x != null && Number.isFinite(x));
  return ys.length ? Math.round((ys.reduce((a, b) => a + b, 0) / ys.length) * 100) / 100 : null;
};
const BULAN_PENDEK = NAMA_BULAN.map((b) => b.slice(0, 3));

/**
 * The realisasi cell. Periodic: per month (named when the period has several) each renaksi with a target
 * "uraian: realisasi dari target satuan (capaian)", then the RHK figure of the period. Annual: the RHK
 * figure per month and their mean (the renaksi are in the monthly prints).
 */
export function teksRealisasiEvaluasi(bulan: BulanRhk[], tahunan: boolean): string {
  const figur = rata(bulan.map((b) => b.capaian));
  if (tahunan) {
    const per = bulan.map((b) => `${BULAN_PENDEK[b.bulan - 1]} ${persen(b.capaian)}`).join('; ');
    return [`Capaian RHK per bulan: ${per || '-'}`, `Rata-rata: ${persen(figur)}`].join('\n');
  }
  const baris: string[] = [];
  for (const b of bulan) {
    const renaksi = b.renaksi.filter((x) => x.target != null);
    if (bulan.length > 1) baris.push(`${NAMA_BULAN[b.bulan - 1]}:`);
    if (!renaksi.length) baris.push('- tidak ada rencana aksi bertarget');
    for (const x of renaksi) {
      const nilai =
        x.realisasi == null
          ? 'belum ada realisasi'
          : `${angka(x.realisasi)} dari ${angka(x.target)} ${x.satuan}`.trim();
      baris.push(`- ${x.uraian.trim()}: ${nilai} (${teksCapaian(x).replace(/\n/g, ' ')})`);
    }
  }
  baris.push(`Capaian RHK: ${persen(figur)}`);
  return baris.join('\n');
}

/** Body rows of the HASIL KERJA table: "A. UTAMA" / "B. TAMBAHAN", one row per RHK; an empty section "-". */
export function barisHasilEvaluasi(rhk: RhkEvaluasiCetak[], jenisSkp: JenisSkp, tahunan: boolean): Sel[][] {
  return barisBerbagian(rhk, KOLOM_HASIL_EVALUASI.length, (r, k) => [
    [
      { content: String(k + 1), gaya: 'tengah' },
      { content: teksRhkEvaluasi(r, jenisSkp) },
      { content: teksIkiEvaluasi(r.iki, jenisSkp) },
      { content: teksRealisasiEvaluasi(r.bulan, tahunan) },
      { content: r.umpan_balik ?? '-' },
    ],
  ]);
}

export const KOLOM_PERILAKU_EVALUASI: Kolom[] = [
  { kunci: 'no', judul: 'NO', lebar: 0.05, tengah: true },
  { kunci: 'perilaku', judul: 'PERILAKU KERJA', lebar: 0.43 },
  { kunci: 'ekspektasi', judul: 'EKSPEKTASI KHUSUS PIMPINAN', lebar: 0.25 },
  { kunci: 'umpan_balik', judul: 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG', lebar: 0.27 },
];

/** "RATING HASIL KERJA: Sesuai Ekspektasi" and the perilaku line (marked when rated in the Plt context). */
export function teksRating(
  e: EvaluasiCetak,
  rating: { kode: number; nama: string }[],
): { hasil: string; perilaku: string } {
  return {
    hasil: `RATING HASIL KERJA: ${namaRating(e.rating_hasil, rating)}`,
    perilaku: `RATING PERILAKU KERJA: ${namaRating(e.rating_perilaku, rating)}${perilakuDariPlt(e) ? ` ${TANDA_PLT}` : ''}`,
  };
}

/** The closing lines: capaian of the period, predikat, and for an annual JF evaluation the angka kredit. */
export function barisPenutup(e: EvaluasiCetak): string[] {
  const out = [`PREDIKAT KINERJA PEGAWAI: ${e.predikat.nama}`];
  if (e.capaian != null) out.unshift(`CAPAIAN KINERJA PERIODE INI: ${persen(e.capaian)}`);
  if (e.periode_jenis === 'TAHUNAN' && e.angka_kredit != null)
    out.push(`PEROLEHAN ANGKA KREDIT (JABATAN FUNGSIONAL): ${angka(e.angka_kredit)}`);
  return out;
}
