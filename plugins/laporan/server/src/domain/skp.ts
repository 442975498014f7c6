/**
 * Layout of the SKP prints (PermenPANRB 6/2022, Rencana SKP and Lampiran SKP): titles, column
 * definitions and table rows built from plain SKP data. Pure: the rendering service turns the cells
 * into jsPDF-autotable cells (`gaya` → styles).
 */
import { jabatanPenandatangan, nipTercetak, pangkatGolongan, type Golongan } from './format';

export type JenisSkp = 'JPT' | 'JA' | 'JF';

export interface IkiCetak {
  uraian: string;
  aspek?: string | null;
  target: string;
  satuan?: string | null;
  disembunyikan?: boolean;
}
export interface RhkCetak {
  jenis: 'UTAMA' | 'TAMBAHAN';
  uraian: string;
  perspektif?: string | null;
  rhk_atasan?: { uraian: string } | null;
  iki: IkiCetak[];
}
export interface OrangCetak {
  nama?: string | null;
  nip?: string | null;
  golongan?: string | null;
  jabatan?: string | null;
  unit?: string | null;
  sebagai?: string | null;
}

/** One table cell; `gaya` names a visual role the renderer maps to styles. */
export interface Sel {
  content: string;
  rowSpan?: number;
  colSpan?: number;
  /** sorot: a highlighted marker cell (e.g. the RTP label of the monthly print) */
  gaya?: 'bagian' | 'tengah' | 'label' | 'sorot';
}
export interface Kolom {
  kunci: string;
  judul: string;
  /** share of the table width (the shares of a table add up to 1) */
  lebar: number;
  tengah?: boolean;
}

export const LABEL_PERSPEKTIF: Record<string, string> = {
  PENERIMA_LAYANAN: 'Penerima Layanan',
  PROSES_BISNIS: 'Proses Bisnis',
  PENGUATAN_INTERNAL: 'Penguatan Internal',
  ANGGARAN: 'Anggaran',
};
export const LABEL_ASPEK: Record<string, string> = {
  KUANTITAS: 'Kuantitas',
  KUALITAS: 'Kualitas',
  WAKTU: 'Waktu',
  BIAYA: 'Biaya',
};

const label = (peta: Record<string, string>, k: string | null | undefined) => (k ? (peta[k] ?? k) : '-');
const atau = (s: string | null | undefined) => (s && String(s).trim() ? String(s).trim() : '-');

/** Title lines of the Rencana SKP by kind and approach. */
export function judulRencana(jenis: JenisSkp, pendekatan: string | null | undefined): string[] {
  return [
    'SASARAN KINERJA PEGAWAI',
    `PENDEKATAN HASIL KERJA ${pendekatan === 'KUALITATIF' ? 'KUALITATIF' : 'KUANTITATIF'}`,
    jenis === 'JPT'
      ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI'
      : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
  ];
}

/** Columns of the HASIL KERJA table: JPT (perspektif) or JA/JF (RHK atasan yang diintervensi, aspek). */
export function kolomHasilKerja(jenis: JenisSkp): Kolom[] {
  if (jenis === 'JPT') {
    return [
      { kunci: 'no', judul: 'NO', lebar: 0.06, tengah: true },
      { kunci: 'rhk', judul: 'RENCANA HASIL KERJA', lebar: 0.32 },
      { kunci: 'iki', judul: 'INDIKATOR KINERJA INDIVIDU', lebar: 0.3 },
      { kunci: 'target', judul: 'TARGET', lebar: 0.14, tengah: true },
      { kunci: 'perspektif', judul: 'PERSPEKTIF', lebar: 0.18, tengah: true },
    ];
  }
  return [
    { kunci: 'no', judul: 'NO', lebar: 0.06, tengah: true },
    { kunci: 'rhk_atasan', judul: 'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI', lebar: 0.22 },
    { kunci: 'rhk', judul: 'RENCANA HASIL KERJA', lebar: 0.22 },
    { kunci: 'aspek', judul: 'ASPEK', lebar: 0.1, tengah: true },
    { kunci: 'iki', judul: 'INDIKATOR KINERJA INDIVIDU', lebar: 0.26 },
    { kunci: 'target', judul: 'TARGET', lebar: 0.14, tengah: true },
  ];
}

/** "80-90" + "persen" → "80-90 persen". */
export function teksTarget(target: string | null | undefined, satuan: string | null | undefined): string {
  return [atau(target), satuan?.trim()].filter((x) => x && x !== '').join(' ');
}

/** The indicators that are printed: hidden duplicates (domain.md §3) are left out. */
export const ikiTercetak = (iki: IkiCetak[]) => iki.filter((i) => !i.disembunyikan);

/**
 * Body rows of the HASIL KERJA table: a section row "A. UTAMA" / "B. TAMBAHAN", then one row per
 * printed IKI, the RHK cells spanning its IKI rows; an RHK without IKI still prints one row; an
 * empty section prints one "-" row. Numbering restarts in each section.
 */
export function barisHasilKerja(jenis: JenisSkp, rhk: RhkCetak[]): Sel[][] {
  const kolom = kolomHasilKerja(jenis);
  const hasil: Sel[][] = [];
  const bagian: [string, 'UTAMA' | 'TAMBAHAN'][] = [
    ['A. UTAMA', 'UTAMA'],
    ['B. TAMBAHAN', 'TAMBAHAN'],
  ];
  for (const [judul, j] of bagian) {
    hasil.push([{ content: judul, colSpan: kolom.length, gaya: 'bagian' }]);
    const daftar = rhk.filter((r) => r.jenis === j);
    if (!daftar.length) {
      hasil.push(kolom.map((k) => ({ content: '-', ...(k.tengah ? { gaya: 'tengah' as const } : {}) })));
      continue;
    }
    daftar.forEach((r, n) => {
      const iki = ikiTercetak(r.iki);
      const baris = iki.length ? iki : [null];
      const span = baris.length;
      baris.forEach((i, k) => {
        const sel: Sel[] = [];
        const rentang = (content: string, tengah = false): Sel => ({
          content,
          ...(span > 1 ? { rowSpan: span } : {}),
          ...(tengah ? { gaya: 'tengah' as const } : {}),
        });
        if (k === 0) {
          sel.push(rentang(String(n + 1), true));
          if (jenis !== 'JPT') sel.push(rentang(r.jenis === 'UTAMA' ? atau(r.rhk_atasan?.uraian) : '-'));
          sel.push(rentang(atau(r.uraian)));
        }
        if (jenis !== 'JPT') sel.push({ content: i ? label(LABEL_ASPEK, i.aspek) : '-', gaya: 'tengah' });
        sel.push({ content: i ? atau(i.uraian) : '-' });
        sel.push({ content: i ? teksTarget(i.target, i.satuan) : '-', gaya: 'tengah' });
        if (jenis === 'JPT' && k === 0) sel.push(rentang(label(LABEL_PERSPEKTIF, r.perspektif), true));
        hasil.push(sel);
      });
    });
  }
  return hasil;
}

export interface NilaiDasar {
  kode: string;
  nama: string;
  perilaku: string[];
}

/** PERILAKU KERJA rows: No · core value with its 3 behaviours · ekspektasi khusus pimpinan ("-" when empty). */
export function barisPerilaku(
  nilaiDasar: NilaiDasar[],
  ekspektasi: { kode: string; ekspektasi?: string | null }[],
): Sel[][] {
  const peta = new Map(ekspektasi.map((e) => [e.kode, e.ekspektasi]));
  return nilaiDasar.map((n, i) => [
    { content: String(i + 1), gaya: 'tengah' },
    { content: [n.nama, ...n.perilaku.map((p, k) => `${k + 1}. ${p}`)].join('\n') },
    { content: atau(peta.get(n.kode)) },
  ]);
}
export const KOLOM_PERILAKU: Kolom[] = [
  { kunci: 'no', judul: 'NO', lebar: 0.06, tengah: true },
  { kunci: 'perilaku', judul: 'PERILAKU KERJA', lebar: 0.54 },
  { kunci: 'ekspektasi', judul: 'EKSPEKTASI KHUSUS PIMPINAN', lebar: 0.4 },
];

/**
 * The identity table shared by the SKP forms: NO · PEGAWAI YANG DINILAI · NO · PEJABAT PENILAI KINERJA,
 * rows nama, NIP (grouped), pangkat/gol. ruang, jabatan (acting prefix for the penilai), unit kerja.
 */
export function barisIdentitas(
  pegawai: OrangCetak | null,
  penilai: OrangCetak | null,
  golongan: Golongan[] = [],
): Sel[][] {
  const nilai = (o: OrangCetak | null, k: number, penandatangan: boolean): string => {
    if (!o) return '-';
    switch (k) {
      case 0:
        return atau(o.nama);
      case 1:
        return atau(nipTercetak(o.nip));
      case 2:
        return pangkatGolongan(o.golongan, golongan);
      case 3:
        return atau(penandatangan ? jabatanPenandatangan(o.jabatan, o.sebagai) : o.jabatan);
      default:
        return atau(o.unit);
    }
  };
  const label = ['NAMA', 'NIP', 'PANGKAT/GOL. RUANG', 'JABATAN', 'UNIT KERJA'];
  return label.map((l, k) => [
    { content: String(k + 1), gaya: 'tengah' },
    { content: l, gaya: 'label' },
    { content: nilai(pegawai, k, false) },
    { content: String(k + 1), gaya: 'tengah' },
    { content: l, gaya: 'label' },
    { content: nilai(penilai, k, true) },
  ]);
}
export const KEPALA_IDENTITAS: Sel[] = [
  { content: 'NO', gaya: 'tengah' },
  { content: 'PEGAWAI YANG DINILAI', colSpan: 2 },
  { content: 'NO', gaya: 'tengah' },
  { content: 'PEJABAT PENILAI KINERJA', colSpan: 2 },
];
export const LEBAR_IDENTITAS = [0.05, 0.2, 0.25, 0.05, 0.2, 0.25];

/** A signature block: the lines above the space for the signature, then name and NIP. */
export interface BlokTtd {
  atas: string[];
  nama: string;
  nip: string;
}

/**
 * Signature blocks of an SKP print: left the pegawai, right the penilai under the place/date line;
 * the penilai's post carries "Plt." (Plh., Pj.) when he acts. Missing signer → dotted name.
 */
export function blokTandaTangan(
  pegawai: OrangCetak | null,
  penilai: OrangCetak | null,
  tempatTanggal: string,
): { kiri: BlokTtd; kanan: BlokTtd } {
  const blok = (o: OrangCetak | null, peran: string, baris0: string, penandatangan: boolean): BlokTtd => ({
    atas: [baris0, peran, o ? atau(penandatangan ? jabatanPenandatangan(o.jabatan, o.sebagai) : o.jabatan) : ''],
    nama: o?.nama?.trim() || '....................................',
    nip: `NIP. ${o?.nip ? nipTercetak(o.nip) : '..................................'}`,
  });
  return {
    kiri: blok(pegawai, 'Pegawai yang Dinilai,', '', false),
    kanan: blok(penilai, 'Pejabat Penilai Kinerja,', tempatTanggal, true),
  };
}

export interface Lampiran {
  dukungan_sumber_daya?: string[] | null;
  skema_pertanggungjawaban?: string[] | null;
  konsekuensi?: string[] | null;
}

/** The three ordered lists of the Lampiran SKP (domain.md §3); an empty list prints "-". */
export function bagianLampiran(l: Lampiran | null | undefined): { judul: string; butir: string[] }[] {
  const daftar = (xs: string[] | null | undefined) => {
    const isi = (xs ?? []).map((x) => String(x ?? '').trim()).filter(Boolean);
    return isi.length ? isi.map((x, i) => `${i + 1}. ${x}`) : ['-'];
  };
  return [
    { judul: 'DUKUNGAN SUMBER DAYA', butir: daftar(l?.dukungan_sumber_daya) },
    { judul: 'SKEMA PERTANGGUNGJAWABAN', butir: daftar(l?.skema_pertanggungjawaban) },
    { judul: 'KONSEKUENSI', butir: daftar(l?.konsekuensi) },
  ];
}

/** "Halaman 2 dari 5". */
export const teksHalaman = (ke: number, dari: number) => `Halaman ${ke} dari ${dari}`;

/** Paper sizes in mm, portrait: A4 and F4 (folio, 215 × 330). */
export const KERTAS = { A4: [210, 297], F4: [215, 330] } as const;
export type Kertas = keyof typeof KERTAS;
