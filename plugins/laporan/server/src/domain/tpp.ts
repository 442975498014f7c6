/**
 * Layout of the TPP exports (exports.md "TPP (SIPD format)" and "TPP history (BKAD format)") over plain
 * data: the SIPD columns, the split of a stored TPP line into its beban kerja and prestasi kerja files,
 * the totals, the history rows from the policy template. Pure (no Strapi, no exceljs/jsPDF).
 */
import type { NilaiSel } from './predikat';
import { namaBulan } from './tanggal';

/** SIPD upload columns, in order, headers exactly as exports.md writes them. */
export const HEADER_SIPD = [
  'nama_pegawai',
  'nip',
  'nik',
  'tanggal_lahir',
  'alamat',
  'tipe_jabatan',
  'eselon',
  'golongan',
  'pns_pppk',
  'nama_jabatan',
  'kode_bank',
  'nama_bank',
  'npwp',
  'nomor_rekening_bank_pegawai',
  'belanja_tpp_beban_kerja',
  'belanja_tpp_tempat_bertugas',
  'belanja_tpp_kondisi_kerja',
  'belanja_tpp_kelangkaan_profesi',
  'belanja_tpp_prestasi_kerja',
  'tunjangan_iuran_jaminan_kesehatan',
  'tunjangan_iuran_jaminan_kecelakaan_kerja',
  'tunjangan_iuran_jaminan_kematian',
  'tunjangan_jaminan_hari_tua',
  'tunjangan_jaminan_pensiun',
  'iwp_1%',
  'tunjangan_iuran_simpanan_tapera',
  'pph_21',
  'zakat',
  'bulog',
  'jumlah_ditransfer',
  'jumlah_potongan',
] as const;
export type KolomSipd = (typeof HEADER_SIPD)[number];

/** The money columns of the SIPD file (from belanja_tpp_beban_kerja on). */
export const UANG_SIPD = HEADER_SIPD.slice(HEADER_SIPD.indexOf('belanja_tpp_beban_kerja')) as readonly KolomSipd[];

export type JenisTpp = 'beban' | 'prestasi';

/** A stored TPP line as the export reads it: money as numbers (whole rupiah). */
export interface BarisTpp {
  nip: string;
  nama: string;
  nama_jabatan: string | null;
  tipe_jabatan: string | null;
  eselon: string | null;
  golongan: string | null;
  pns_pppk: string | null;
  /** pegawai master data SIPD wants */
  nik: string | null;
  tanggal_lahir: string | null;
  alamat: string | null;
  kode_bank: string | null;
  nama_bank: string | null;
  npwp: string | null;
  nomor_rekening: string | null;
  uang: Record<string, number>;
}

const bulat = (n: number) => Math.round(n);

/**
 * Money of one line in the file of one jenis. The two files together equal the line, column by column:
 * - prestasi: belanja_tpp_prestasi_kerja, and the PPh 21 on it = round(pph_21 × prestasi / jumlah_tpp)
 *   (PPh 21 is a flat rate of jumlah_tpp, so this is the rate applied to prestasi within Rp1);
 *   jumlah_potongan = that PPh; jumlah_ditransfer = prestasi − that PPh; every other column 0.
 * - beban: everything else — beban kerja, the fixed components, the BPJS allowances, iwp_1%, the rest of
 *   PPh 21, zakat, bulog — with jumlah_potongan = line's − prestasi's and jumlah_ditransfer = line's − prestasi's.
 * Prestasi kerja is paid per quarter and beban kerja monthly, which is why the deductions paid monthly
 * (BPJS, zakat, bulog, other) stay in the beban file.
 */
export function uangJenis(u: Record<string, number>, jenis: JenisTpp): Record<KolomSipd, number> {
  const v = (k: string) => Number(u[k] ?? 0);
  const prestasi = v('belanja_tpp_prestasi_kerja');
  const jumlahTpp = v('jumlah_tpp');
  const pphPrestasi =
    jumlahTpp > 0 && prestasi > 0 ? Math.min(v('pph_21'), bulat((v('pph_21') * prestasi) / jumlahTpp)) : 0;
  const hasil = {} as Record<KolomSipd, number>;
  for (const k of UANG_SIPD) hasil[k] = 0;
  if (jenis === 'prestasi') {
    hasil.belanja_tpp_prestasi_kerja = prestasi;
    hasil.pph_21 = pphPrestasi;
    hasil.jumlah_potongan = pphPrestasi;
    hasil.jumlah_ditransfer = prestasi - pphPrestasi;
    return hasil;
  }
  for (const k of UANG_SIPD) hasil[k] = v(k === 'iwp_1%' ? 'iwp_1' : k);
  hasil.belanja_tpp_prestasi_kerja = 0;
  hasil.pph_21 = v('pph_21') - pphPrestasi;
  hasil.jumlah_potongan = v('jumlah_potongan') - pphPrestasi;
  hasil.jumlah_ditransfer = v('jumlah_ditransfer') - (prestasi - pphPrestasi);
  return hasil;
}

/** One SIPD row: texts as stored (the sheet helper guards formula-like texts), money as numbers. */
export function barisSipd(b: BarisTpp, jenis: JenisTpp): NilaiSel[] {
  const uang = uangJenis(b.uang, jenis);
  const teks: Record<string, string | null> = {
    nama_pegawai: b.nama,
    nip: b.nip,
    nik: b.nik,
    tanggal_lahir: b.tanggal_lahir,
    alamat: b.alamat,
    tipe_jabatan: b.tipe_jabatan,
    eselon: b.eselon,
    golongan: b.golongan,
    pns_pppk: b.pns_pppk,
    nama_jabatan: b.nama_jabatan,
    kode_bank: b.kode_bank,
    nama_bank: b.nama_bank,
    npwp: b.npwp,
    nomor_rekening_bank_pegawai: b.nomor_rekening,
  };
  return HEADER_SIPD.map((k) => (k in teks ? (teks[k] ?? '') : uang[k]));
}

/** Column totals of the money columns of SIPD rows (same order as UANG_SIPD). */
export function totalSipd(baris: NilaiSel[][]): Record<KolomSipd, number> {
  const awal = HEADER_SIPD.indexOf(UANG_SIPD[0]);
  const t = {} as Record<KolomSipd, number>;
  UANG_SIPD.forEach((k, i) => (t[k] = baris.reduce((a, r) => a + Number(r[awal + i] ?? 0), 0)));
  return t;
}

/** Money as the PDFs print it: `Rp 1.234.567` (negative `-Rp 1.234`). */
export function rupiah(n: number): string {
  const s = String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}Rp ${s}`;
}

export const NAMA_JENIS: Record<JenisTpp, string> = { beban: 'BEBAN KERJA', prestasi: 'PRESTASI KERJA' };

/** Name of a period month: 1–12 by name, 13 THR, 14 Gaji 13. */
export function teksBulanTpp(tahun: number, bulan: number): string {
  return `${bulan === 13 ? 'THR' : bulan === 14 ? 'Gaji 13' : namaBulan(bulan)} ${tahun}`;
}

export function namaBerkasTpp(
  jenis: JenisTpp,
  kodeOpd: string,
  tahun: number,
  bulan: number,
  ext: 'xlsx' | 'pdf',
): string {
  const aman = kodeOpd.replace(/[^A-Za-z0-9._-]+/g, '-');
  return `tpp-${jenis}_${aman}_${tahun}-${String(bulan).padStart(2, '0')}.${ext}`;
}

// ---- history (BKAD format) ----

export interface TemplateRiwayat {
  lembar_bulanan: string;
  identitas: { judul: string; isi: 'NO' | 'NIP' | 'NAMA' | 'JABATAN' | 'GOLONGAN' | 'OPD' }[];
  bulan: { judul: string; bulan: number }[];
  nilai_bulan: string;
  judul_jumlah: string;
  lembar_rincian: string;
  judul_bulan_rincian: string;
  rincian: { judul: string; kolom: string[] }[];
}

/** One pegawai's lines of the year (latest snapshot first wins for the identity). */
export interface PegawaiRiwayat {
  nip: string;
  nama: string;
  jabatan: string | null;
  golongan: string | null;
  opd: string | null;
  /** bulan → money columns of the line */
  bulan: Map<number, Record<string, number>>;
}

function identitas(p: PegawaiRiwayat, no: number, isi: TemplateRiwayat['identitas'][number]['isi']): NilaiSel {
  return { NO: no, NIP: p.nip, NAMA: p.nama, JABATAN: p.jabatan ?? '', GOLONGAN: p.golongan ?? '', OPD: p.opd ?? '' }[
    isi
  ];
}

export const headerRiwayat = (t: TemplateRiwayat) => [
  ...t.identitas.map((x) => x.judul),
  ...t.bulan.map((x) => x.judul),
  t.judul_jumlah,
];

/** Month sheet: identity, one cell per template month (empty month = 0), Jumlah = sum of the month cells. */
export function barisRiwayat(t: TemplateRiwayat, pegawai: PegawaiRiwayat[]): NilaiSel[][] {
  return pegawai.map((p, i) => {
    const nilai = t.bulan.map((b) => Number(p.bulan.get(b.bulan)?.[t.nilai_bulan] ?? 0));
    return [...t.identitas.map((x) => identitas(p, i + 1, x.isi)), ...nilai, nilai.reduce((a, n) => a + n, 0)];
  });
}

export const headerRincian = (t: TemplateRiwayat) => [
  ...t.identitas.map((x) => x.judul),
  t.judul_bulan_rincian,
  ...t.rincian.map((r) => r.judul),
];

/** Breakdown sheet: one row per pegawai and month that has a line, in template month order. */
export function barisRincian(t: TemplateRiwayat, pegawai: PegawaiRiwayat[]): NilaiSel[][] {
  const hasil: NilaiSel[][] = [];
  pegawai.forEach((p, i) => {
    for (const b of t.bulan) {
      const u = p.bulan.get(b.bulan);
      if (!u) continue;
      hasil.push([
        ...t.identitas.map((x) => identitas(p, i + 1, x.isi)),
        b.judul,
        ...t.rincian.map((r) => r.kolom.reduce((a, k) => a + Number(u[k] ?? 0), 0)),
      ]);
    }
  });
  return hasil;
}
