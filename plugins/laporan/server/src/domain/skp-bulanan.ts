/**
 * Layout of the monthly SKP print (domain.md §6): titles, the HASIL KERJA table of the month (RHK with
 * its IKI, renaksi with target, realisasi, capaian, RTP marker, evidence and the penilai's umpan
 * balik), the perilaku table with an umpan balik column, the capaian summary lines. Pure: plain data
 * in, layout cells out (the rendering service turns them into jsPDF-autotable cells).
 */
import { bulat, type HasilRenaksi, type StatusRenaksi } from '@m-skp/kinerja';
import { NAMA_BULAN, tanggalIndonesia } from './tanggal';
import { barisPerilaku, ikiTercetak, teksTarget, type IkiCetak, type Kolom, type NilaiDasar, type Sel } from './skp';
import { awalanBertindak, namaBerkas } from './format';

/** The legend printed under the table. */
export const LEGENDA_RTP = 'RTP = rencana tindak pengendalian risiko';
export const PREDIKAT_BELUM = 'Belum dinilai';

const dua = (n: number) => String(n).padStart(2, '0');

/** Indonesian number: 1234.5 → "1.234,5"; at most 2 decimals (half-up); null → "-". */
export function angka(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(Number(n))) return '-';
  const x = bulat(Number(n));
  const [bulatan, pecahan] = Math.abs(x)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .split('.');
  const ribuan = bulatan.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${x < 0 ? '-' : ''}${ribuan}${pecahan ? `,${pecahan}` : ''}`;
}

/** 87.5 → "87,5%"; null → "-". */
export const persen = (n: number | null | undefined) => (n == null ? '-' : `${angka(n)}%`);

/** "skp-bulanan_199004042015031004_2027-03.pdf". */
export const namaBerkasBulanan = (nip: string | null | undefined, tahun: number, bulan: number) =>
  namaBerkas('skp-bulanan', nip, `${tahun}-${dua(bulan)}`);

/** "MARET 2027". */
export const teksBulan = (tahun: number, bulan: number) => `${NAMA_BULAN[bulan - 1].toUpperCase()} ${tahun}`;

/** The part of an SKP period inside the month: "1 Maret 2027 s.d. 31 Maret 2027" (a Plt SKP may start mid-month). */
export function periodeBulan(tahun: number, bulan: number, mulai?: string | null, akhir?: string | null): string {
  const awal = `${tahun}-${dua(bulan)}-01`;
  const ujung = `${tahun}-${dua(bulan)}-${dua(new Date(Date.UTC(tahun, bulan, 0)).getUTCDate())}`;
  const a = mulai && mulai > awal && mulai <= ujung ? mulai : awal;
  const b = akhir && akhir < ujung && akhir >= awal ? akhir : ujung;
  return `${tanggalIndonesia(a)} s.d. ${tanggalIndonesia(b)}`;
}

/** Whether an SKP period [mulai, akhir] overlaps the month. */
export function skpMencakupBulan(tahun: number, bulan: number, mulai: string, akhir: string): boolean {
  const awal = `${tahun}-${dua(bulan)}-01`;
  const ujung = `${tahun}-${dua(bulan)}-${dua(new Date(Date.UTC(tahun, bulan, 0)).getUTCDate())}`;
  return mulai <= ujung && akhir >= awal;
}

/** Title lines: kind line as in the Rencana SKP, then the month. */
export function judulBulanan(jenis: 'JPT' | 'JA' | 'JF', tahun: number, bulan: number): string[] {
  return [
    'SASARAN KINERJA PEGAWAI BULANAN',
    jenis === 'JPT'
      ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI'
      : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
    `BULAN ${teksBulan(tahun, bulan)}`,
  ];
}

/** Status of a renaksi in the month figure, as kinerja's capaian service reports it. */
export type StatusRenaksiBulan = StatusRenaksi;

export interface BuktiCetak {
  jenis: string;
  nama?: string | null;
  url?: string | null;
}
export interface RealisasiCetak {
  nilai: number | null;
  status: 'UNCHECKED' | 'CHECKED' | string;
  bukti: BuktiCetak[];
  umpan_balik?: string | null;
}
/** One renaksi of kinerja's capaian answer (`rhk[].renaksi[]`) with its stored realisasi. */
export interface RenaksiCetak extends Pick<HasilRenaksi, 'id' | 'target' | 'realisasi' | 'capaian' | 'status'> {
  uraian: string;
  satuan: string;
  sebagai_rtp: boolean;
  /** the stored realisasi (evidence, check, umpan balik), null when none was entered */
  detail: RealisasiCetak | null;
}
export interface RhkBulanCetak {
  jenis: 'UTAMA' | 'TAMBAHAN';
  uraian: string;
  iki: IkiCetak[];
  /** the RHK's month figure, null when none of its renaksi counts */
  capaian: number | null;
  renaksi: RenaksiCetak[];
  /** the penilai's umpan balik on this RHK in the month's evaluation (`umpan_balik_rhk`) */
  umpan_balik?: string | null;
}

export const KOLOM_HASIL_BULANAN: Kolom[] = [
  { kunci: 'no', judul: 'NO', lebar: 0.04, tengah: true },
  { kunci: 'rhk', judul: 'RENCANA HASIL KERJA DAN INDIKATOR', lebar: 0.19 },
  { kunci: 'renaksi', judul: 'RENCANA AKSI', lebar: 0.17 },
  { kunci: 'rtp', judul: 'RTP', lebar: 0.05, tengah: true },
  { kunci: 'target', judul: 'TARGET', lebar: 0.09, tengah: true },
  { kunci: 'realisasi', judul: 'REALISASI', lebar: 0.11, tengah: true },
  { kunci: 'capaian', judul: 'CAPAIAN', lebar: 0.1, tengah: true },
  { kunci: 'bukti', judul: 'BUKTI DUKUNG', lebar: 0.11 },
  { kunci: 'umpan_balik', judul: 'UMPAN BALIK PIMPINAN', lebar: 0.14 },
];

/** The RHK cell: uraian, its printed IKI with targets, the RHK's month figure when there is one, the evaluation's umpan balik. */
export function teksRhk(r: RhkBulanCetak): string {
  const iki = ikiTercetak(r.iki);
  const bagian = [r.uraian.trim() || '-'];
  if (iki.length)
    bagian.push(['Indikator:', ...iki.map((i) => `- ${i.uraian} (${teksTarget(i.target, i.satuan)})`)].join('\n'));
  if (r.capaian != null) bagian.push(`Capaian RHK: ${persen(r.capaian)}`);
  if (r.umpan_balik?.trim()) bagian.push(`Umpan balik RHK: ${r.umpan_balik.trim()}`);
  return bagian.join('\n');
}

/** The capaian cell by status: a figure, 0% after the input deadline, or waiting for the realisasi. */
export function teksCapaian(x: Pick<RenaksiCetak, 'status' | 'capaian'>): string {
  switch (x.status) {
    case 'DIHITUNG':
      return persen(x.capaian);
    case 'NOL_LEWAT_BATAS':
      return '0%\n(lewat batas input)';
    case 'MENUNGGU':
      return 'Menunggu realisasi';
    default:
      return '-';
  }
}

/** The realisasi cell: value with unit and whether the penilai has checked it. */
export function teksRealisasi(x: Pick<RenaksiCetak, 'realisasi' | 'satuan' | 'detail'>): string {
  if (x.realisasi == null) return '-';
  const status = x.detail ? (x.detail.status === 'CHECKED' ? '\n(diperiksa)' : '\n(belum diperiksa)') : '';
  return `${angka(x.realisasi)} ${x.satuan}`.trim() + status;
}

/** The evidence cell: "2 bukti:" then each file name or link. */
export function teksBukti(d: RealisasiCetak | null): string {
  const b = d?.bukti ?? [];
  if (!b.length) return '-';
  return [`${b.length} bukti:`, ...b.map((x, i) => `${i + 1}. ${String(x.nama || x.url || '-').trim()}`)].join('\n');
}

/**
 * Body rows of the month's HASIL KERJA table: section rows "A. UTAMA" / "B. TAMBAHAN", then per RHK
 * one row per renaksi with a target this month (the RHK cells spanning them), the RTP label in its
 * highlighted cell. An RHK without renaksi this month prints one row saying so; an empty section "-".
 */
export function barisHasilBulanan(rhk: RhkBulanCetak[]): Sel[][] {
  const n = KOLOM_HASIL_BULANAN.length;
  return barisBerbagian(rhk, n, (r, k) => {
    const renaksi = r.renaksi.filter((x) => x.target != null);
    const span = Math.max(1, renaksi.length);
    const rentang = (content: string, gaya?: Sel['gaya']): Sel => ({
      content,
      ...(span > 1 ? { rowSpan: span } : {}),
      ...(gaya ? { gaya } : {}),
    });
    const awal = [rentang(String(k + 1), 'tengah'), rentang(teksRhk(r))];
    if (!renaksi.length)
      return [[...awal, { content: 'Tidak ada rencana aksi dengan target pada bulan ini.', colSpan: n - 2 }]];
    return renaksi.map((x, i) => [
      ...(i === 0 ? awal : []),
      { content: x.uraian.trim() || '-' },
      x.sebagai_rtp ? { content: 'RTP', gaya: 'sorot' } : { content: '' },
      { content: `${angka(x.target)} ${x.satuan}`.trim(), gaya: 'tengah' },
      { content: teksRealisasi(x), gaya: 'tengah' },
      { content: teksCapaian(x), gaya: 'tengah' },
      { content: teksBukti(x.detail) },
      { content: x.detail?.umpan_balik?.trim() || '-' },
    ]);
  });
}

/**
 * Rows of a table of RHK in sections "A. UTAMA" / "B. TAMBAHAN" (a section row spanning the n columns),
 * each RHK's rows from `barisRhk` (numbering restarts per section); an empty section prints one "-" row.
 */
export function barisBerbagian<T extends { jenis: 'UTAMA' | 'TAMBAHAN' }>(
  rhk: T[],
  n: number,
  barisRhk: (r: T, k: number) => Sel[][],
): Sel[][] {
  const hasil: Sel[][] = [];
  for (const [judul, jenis] of [
    ['A. UTAMA', 'UTAMA'],
    ['B. TAMBAHAN', 'TAMBAHAN'],
  ] as const) {
    hasil.push([{ content: judul, colSpan: n, gaya: 'bagian' }]);
    const daftar = rhk.filter((r) => r.jenis === jenis);
    if (!daftar.length)
      hasil.push([
        { content: '-', gaya: 'tengah' },
        { content: '-', colSpan: n - 1 },
      ]);
    daftar.forEach((r, k) => hasil.push(...barisRhk(r, k)));
  }
  return hasil;
}

export const KOLOM_PERILAKU_BULANAN: Kolom[] = [
  { kunci: 'no', judul: 'NO', lebar: 0.05, tengah: true },
  { kunci: 'perilaku', judul: 'PERILAKU KERJA', lebar: 0.43 },
  { kunci: 'ekspektasi', judul: 'EKSPEKTASI KHUSUS PIMPINAN', lebar: 0.27 },
  { kunci: 'umpan_balik', judul: 'UMPAN BALIK', lebar: 0.25 },
];

/**
 * Perilaku rows of the month: the Rencana SKP rows plus the penilai's umpan balik per core value from
 * the month's evaluation (empty without one; never invented).
 */
export function barisPerilakuBulanan(
  nilaiDasar: NilaiDasar[],
  ekspektasi: { kode: string; ekspektasi?: string | null }[],
  umpanBalik: Record<string, string> = {},
): Sel[][] {
  return barisPerilaku(nilaiDasar, ekspektasi).map((r, i) => [
    ...r,
    { content: umpanBalik[nilaiDasar[i].kode]?.trim() ?? '' },
  ]);
}

export interface RingkasanCapaian {
  bulan: number;
  tahun: number;
  capaian: number | null;
  formula: string;
  sementara: boolean;
  batas_input?: string | null;
  sumber: 'RENCANA_AKSI' | 'BAWAHAN_LANGSUNG' | string;
  capaian_sendiri?: number | null;
  kepala?: { dihitung: number; kosong: number } | null;
  /** why a head under the mean rule has his own figure (GET /api/capaian `sumber_alasan`) */
  alasan?: { kode: string; uraian: string } | null;
}

const RUMUS: Record<string, string> = {
  representatif: 'rata-rata capaian RHK dari rencana aksinya (representatif)',
  legacy: 'jumlah realisasi dibanding jumlah target (legacy)',
};

/** The capaian summary lines under the HASIL KERJA table. */
export function barisRingkasan(r: RingkasanCapaian): string[] {
  const out = [
    `CAPAIAN KINERJA BULAN ${teksBulan(r.tahun, r.bulan)}: ${r.capaian == null ? 'belum ada yang dihitung' : persen(r.capaian)}`,
  ];
  if (r.sumber === 'BAWAHAN_LANGSUNG' && r.kepala) {
    out.push(
      `Kepala OPD: rata-rata capaian ${r.kepala.dihitung} jabatan bawahan langsung${r.kepala.kosong ? ` (${r.kepala.kosong} jabatan kosong tidak dihitung)` : ''}; capaian rencana aksi sendiri ${persen(r.capaian_sendiri ?? null)}.`,
    );
  } else {
    out.push(`Rumus: ${RUMUS[r.formula] ?? r.formula}.`);
    // a head under the mean rule whose subordinates give no figure: his own figure, and why
    if (r.kepala && r.alasan) out.push(r.alasan.uraian);
  }
  if (r.sementara)
    out.push(
      `Angka sementara: ada rencana aksi yang belum direalisasikan${r.batas_input ? ` (batas input ${tanggalIndonesia(r.batas_input)})` : ''}.`,
    );
  return out;
}

export const KOLOM_BAWAHAN: Kolom[] = [
  { kunci: 'no', judul: 'NO', lebar: 0.06, tengah: true },
  { kunci: 'jabatan', judul: 'JABATAN BAWAHAN LANGSUNG', lebar: 0.44 },
  { kunci: 'pemegang', judul: 'PEMEGANG', lebar: 0.35 },
  { kunci: 'capaian', judul: 'CAPAIAN', lebar: 0.15, tengah: true },
];

/** Rows of the Kepala OPD's subordinate table: post, holder (with "Plt." when acting), figure. */
export function barisBawahan(
  bawahan: {
    jabatan: { nama: string };
    pemegang: { nama: string | null; sebagai: string } | null;
    capaian: number | null;
  }[],
): Sel[][] {
  if (!bawahan.length)
    return [[{ content: '-', gaya: 'tengah' }, { content: '-' }, { content: '-' }, { content: '-', gaya: 'tengah' }]];
  return bawahan.map((b, i) => [
    { content: String(i + 1), gaya: 'tengah' },
    { content: b.jabatan.nama },
    { content: b.pemegang ? `${awalanBertindak(b.pemegang.sebagai)} ${b.pemegang.nama ?? '-'}`.trim() : '(kosong)' },
    { content: b.pemegang ? persen(b.capaian) : '-', gaya: 'tengah' },
  ]);
}
