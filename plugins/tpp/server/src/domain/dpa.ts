/**
 * DPA (Dokumen Pelaksanaan Anggaran) import from SIPD's Excel export (integrations.md "SIPD",
 * the PK budget comes only from the DPA): the pure reading of a sheet into budget lines per sub kegiatan, the
 * per-row check (row number + reason), and the rollups per program and kegiatan. Money is whole
 * rupiah kept as BigInt while summing and as a decimal string ("1250000000") in the lines, never a float.
 *
 * SIPD codes (Permendagri 90/2019 nomenclature): sub kegiatan `2.16.02.1.01.0001` =
 * urusan(1).bidang(2 digits).program(2 digits) . kegiatan(1 digit.2 digits) . sub kegiatan(4 digits);
 * program code = the first 3 segments (`2.16.02`), kegiatan code = the first 5 (`2.16.02.1.01`).
 * Also who may import or read DPA and the refusals of an import and its confirmation, in their order.
 */
import { BOLEH, PERAN, tolak, type Keputusan } from '@m-skp/inti';

/** One accepted DPA line (a sub kegiatan with its pagu). */
export interface BarisDpa {
  baris: number;
  kode_program: string;
  nama_program: string | null;
  kode_kegiatan: string;
  nama_kegiatan: string | null;
  kode_sub_kegiatan: string;
  nama_sub_kegiatan: string;
  /** whole rupiah as decimal digits */
  pagu: string;
}

export interface PenolakanDpa {
  baris: number;
  kode_sub_kegiatan: string | null;
  alasan: string;
}

export interface HasilBacaDpa {
  diterima: BarisDpa[];
  ditolak: PenolakanDpa[];
  /** Σ pagu of the accepted lines (whole rupiah, digits) */
  total_pagu: string;
}

/** Template columns, in order, with their meaning (template "Petunjuk" sheet and README). */
export const KOLOM_DPA: readonly { kolom: string; wajib: boolean; keterangan: string; contoh: string | number }[] = [
  {
    kolom: 'kode_program',
    wajib: false,
    keterangan: 'Kode program (3 segmen, mis. 2.16.02); kosong = diambil dari kode sub kegiatan',
    contoh: '2.16.03',
  },
  { kolom: 'nama_program', wajib: false, keterangan: 'Nama program', contoh: 'Program Aplikasi Informatika' },
  {
    kolom: 'kode_kegiatan',
    wajib: false,
    keterangan: 'Kode kegiatan (5 segmen, mis. 2.16.02.1.01); kosong = diambil dari kode sub kegiatan',
    contoh: '2.16.03.1.02',
  },
  {
    kolom: 'nama_kegiatan',
    wajib: false,
    keterangan: 'Nama kegiatan',
    contoh: 'Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota',
  },
  {
    kolom: 'kode_sub_kegiatan',
    wajib: true,
    keterangan: 'Kode sub kegiatan SIPD (6 segmen, mis. 2.16.02.1.01.0001), isi sebagai teks',
    contoh: '2.16.03.1.02.0001',
  },
  {
    kolom: 'nama_sub_kegiatan',
    wajib: true,
    keterangan: 'Nama sub kegiatan',
    contoh: 'Pengelolaan Pusat Data Pemerintahan Daerah',
  },
  {
    kolom: 'pagu',
    wajib: true,
    keterangan: 'Pagu anggaran dalam rupiah penuh (angka, atau teks seperti 1.250.000.000 / Rp 1.250.000.000,00)',
    contoh: 125000000,
  },
];

/** Header synonyms (normalised) → column key. */
const SINONIM: Record<string, string> = {
  kode_sub_kegiatan: 'kode_sub_kegiatan',
  kode_subkegiatan: 'kode_sub_kegiatan',
  kode_sub: 'kode_sub_kegiatan',
  kode: 'kode_sub_kegiatan',
  nama_sub_kegiatan: 'nama_sub_kegiatan',
  nama_subkegiatan: 'nama_sub_kegiatan',
  sub_kegiatan: 'nama_sub_kegiatan',
  subkegiatan: 'nama_sub_kegiatan',
  uraian_sub_kegiatan: 'nama_sub_kegiatan',
  pagu: 'pagu',
  pagu_anggaran: 'pagu',
  anggaran: 'pagu',
  nilai: 'pagu',
  jumlah: 'pagu',
  kode_program: 'kode_program',
  nama_program: 'nama_program',
  program: 'nama_program',
  kode_kegiatan: 'kode_kegiatan',
  nama_kegiatan: 'nama_kegiatan',
  kegiatan: 'nama_kegiatan',
};

/** Header text → column key: lower case, spaces/dashes/dots to "_", synonyms folded; unknown → its normal form. */
export function kolomDpa(h: unknown): string {
  const k = String(h ?? '')
    .trim()
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[\s\-./]+/g, '_')
    .replace(/[^a-z0-9_]/g, '')
    .replace(/^_+|_+$/g, '');
  return SINONIM[k] ?? k;
}

const POLA_SUB = /^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/;
const POLA_PROGRAM = /^\d\.\d{2}\.\d{2}$/;
const POLA_KEGIATAN = /^\d\.\d{2}\.\d{2}\.\d\.\d{2}$/;

/** Code text as typed: trimmed, inner spaces removed; null when empty. */
function teksKode(v: unknown): string | null {
  if (v == null) return null;
  const s = String(v).trim().replace(/\s+/g, '');
  return s ? s : null;
}
function teksNama(v: unknown): string | null {
  if (v == null) return null;
  const s = String(v).trim().replace(/\s+/g, ' ');
  return s ? s : null;
}

/** `2.16.02.1.01.0001` → its program (`2.16.02`) and kegiatan (`2.16.02.1.01`) codes; null when ill-formed. */
export function uraiKodeSub(kode: string): { kode_program: string; kode_kegiatan: string } | null {
  if (!POLA_SUB.test(kode)) return null;
  const s = kode.split('.');
  return { kode_program: s.slice(0, 3).join('.'), kode_kegiatan: s.slice(0, 5).join('.') };
}

/**
 * A pagu cell as whole rupiah (digits): a non-negative integer number, or Indonesian-formatted text
 * ("1.250.000.000", "Rp 1.250.000.000,00", "1250000000"). Cents other than ,00 are refused (whole rupiah).
 * Returns `{nilai}` or `{alasan}`.
 */
export function uraiPagu(v: unknown): { nilai: bigint } | { alasan: string } {
  if (v == null || (typeof v === 'string' && v.trim() === '')) return { alasan: 'pagu wajib diisi' };
  if (typeof v === 'bigint') return v < 0n ? { alasan: 'pagu tidak boleh negatif' } : { nilai: v };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { alasan: 'pagu harus angka' };
    if (v < 0) return { alasan: 'pagu tidak boleh negatif' };
    if (!Number.isInteger(v)) return { alasan: 'pagu harus rupiah penuh (tanpa sen)' };
    if (!Number.isSafeInteger(v)) return { alasan: 'pagu terlalu besar untuk dibaca sebagai angka; isi sebagai teks' };
    return { nilai: BigInt(v) };
  }
  let s = String(v)
    .trim()
    .replace(/\s+/g, '')
    .replace(/^rp\.?/i, '');
  let negatif = false;
  if (/^\(.*\)$/.test(s)) {
    negatif = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negatif = true;
    s = s.slice(1).replace(/^rp\.?/i, '');
  }
  let m: RegExpExecArray | null;
  let bulat: string;
  if ((m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(s))) {
    // Indonesian: dots group thousands, comma starts the cents
    bulat = m[1].replace(/\./g, '');
    if (m[2] && /[1-9]/.test(m[2])) return { alasan: 'pagu harus rupiah penuh (tanpa sen)' };
  } else if ((m = /^(\d+)\.(\d{1,2})$/.exec(s))) {
    // a plain decimal point from a spreadsheet (e.g. "1250000000.00")
    bulat = m[1];
    if (/[1-9]/.test(m[2])) return { alasan: 'pagu harus rupiah penuh (tanpa sen)' };
  } else {
    return { alasan: `pagu "${String(v).trim()}" bukan angka rupiah` };
  }
  const n = BigInt(bulat);
  if (negatif && n > 0n) return { alasan: 'pagu tidak boleh negatif' };
  return { nilai: n };
}

/**
 * Header row + data rows of a sheet → row objects keyed by column. Throws (message in Indonesian)
 * when the header lacks the sub kegiatan code, its name or the pagu. The header is the first row that
 * names a sub kegiatan code column (SIPD exports may start with title rows).
 */
export function barisDariTabelDpa(
  tabel: { nomor: number; sel: unknown[] }[],
): { baris: number; nilai: Record<string, unknown> }[] {
  const iKepala = tabel.findIndex((r) => r.sel.map(kolomDpa).includes('kode_sub_kegiatan'));
  if (iKepala < 0) throw new Error('Kolom "kode_sub_kegiatan" tidak ditemukan pada baris judul. Gunakan templat DPA.');
  const kolom = tabel[iKepala].sel.map(kolomDpa);
  const kurang = ['nama_sub_kegiatan', 'pagu'].filter((k) => !kolom.includes(k));
  if (kurang.length)
    throw new Error(
      `Kolom ${kurang.map((k) => `"${k}"`).join(' dan ')} tidak ditemukan pada baris judul. Gunakan templat DPA.`,
    );
  return tabel.slice(iKepala + 1).map((r) => {
    const nilai: Record<string, unknown> = {};
    kolom.forEach((k, i) => {
      if (k && !(k in nilai)) nilai[k] = r.sel[i];
    });
    return { baris: r.nomor, nilai };
  });
}

/**
 * Checks every row: sub kegiatan code present and well formed (6 segments), program/kegiatan codes
 * (when given) consistent with it, a name, a non-negative whole-rupiah pagu, and no duplicate sub
 * kegiatan code (every occurrence is rejected). Reasons of one row are joined by "; ".
 */
export function bacaDpa(rows: { baris: number; nilai: Record<string, unknown> }[]): HasilBacaDpa {
  const jumlahKode = new Map<string, number[]>();
  for (const r of rows) {
    const k = teksKode(r.nilai.kode_sub_kegiatan);
    if (k && POLA_SUB.test(k)) jumlahKode.set(k, [...(jumlahKode.get(k) ?? []), r.baris]);
  }
  const diterima: BarisDpa[] = [];
  const ditolak: PenolakanDpa[] = [];
  let total = 0n;
  for (const r of rows) {
    const alasan: string[] = [];
    const kode = teksKode(r.nilai.kode_sub_kegiatan);
    const turunan = kode ? uraiKodeSub(kode) : null;
    if (!kode) alasan.push('kode sub kegiatan wajib diisi');
    else if (!turunan) alasan.push(`kode sub kegiatan "${kode}" tidak berformat SIPD (contoh 2.16.02.1.01.0001)`);
    const nama = teksNama(r.nilai.nama_sub_kegiatan);
    if (!nama) alasan.push('nama sub kegiatan wajib diisi');
    const pagu = uraiPagu(r.nilai.pagu);
    if ('alasan' in pagu) alasan.push(pagu.alasan);
    const kodeProgram = teksKode(r.nilai.kode_program);
    const kodeKegiatan = teksKode(r.nilai.kode_kegiatan);
    if (turunan && kodeProgram && kodeProgram !== turunan.kode_program) {
      alasan.push(
        POLA_PROGRAM.test(kodeProgram)
          ? `kode program ${kodeProgram} tidak sesuai dengan kode sub kegiatan (${turunan.kode_program})`
          : `kode program "${kodeProgram}" tidak berformat SIPD (contoh 2.16.02)`,
      );
    }
    if (turunan && kodeKegiatan && kodeKegiatan !== turunan.kode_kegiatan) {
      alasan.push(
        POLA_KEGIATAN.test(kodeKegiatan)
          ? `kode kegiatan ${kodeKegiatan} tidak sesuai dengan kode sub kegiatan (${turunan.kode_kegiatan})`
          : `kode kegiatan "${kodeKegiatan}" tidak berformat SIPD (contoh 2.16.02.1.01)`,
      );
    }
    const kembar = kode ? jumlahKode.get(kode) : undefined;
    if (kembar && kembar.length > 1) alasan.push(`kode sub kegiatan ganda dalam berkas (baris ${kembar.join(', ')})`);
    if (alasan.length || !kode || !turunan || !nama || 'alasan' in pagu) {
      ditolak.push({ baris: r.baris, kode_sub_kegiatan: kode, alasan: alasan.join('; ') });
      continue;
    }
    total += pagu.nilai;
    diterima.push({
      baris: r.baris,
      kode_program: turunan.kode_program,
      nama_program: teksNama(r.nilai.nama_program),
      kode_kegiatan: turunan.kode_kegiatan,
      nama_kegiatan: teksNama(r.nilai.nama_kegiatan),
      kode_sub_kegiatan: kode,
      nama_sub_kegiatan: nama,
      pagu: pagu.nilai.toString(),
    });
  }
  return { diterima, ditolak, total_pagu: total.toString() };
}

/** A stored or accepted line as the rollups read it. */
export interface LiniDpa {
  kode_program: string | null;
  nama_program: string | null;
  kode_kegiatan: string | null;
  nama_kegiatan: string | null;
  kode_sub_kegiatan: string | null;
  nama_sub_kegiatan: string | null;
  pagu: string | number | bigint | null;
}

export interface RollupKegiatan {
  kode_kegiatan: string;
  nama_kegiatan: string | null;
  anggaran: string;
  jumlah_sub_kegiatan: number;
}
export interface RollupProgram {
  kode_program: string;
  nama_program: string | null;
  anggaran: string;
  kegiatan: RollupKegiatan[];
}

/** Whole-rupiah BigInt of a stored pagu (biginteger columns come back as strings on PostgreSQL). */
export const paguBigInt = (p: LiniDpa['pagu']): bigint =>
  p == null || p === ''
    ? 0n
    : typeof p === 'bigint'
      ? p
      : BigInt(typeof p === 'number' ? Math.trunc(p) : String(p).trim());

/** Orders codes segment by segment numerically (2.16.02 before 2.16.10). */
export function bandingKode(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = Number(x[i] ?? -1) - Number(y[i] ?? -1);
    if (d) return d;
  }
  return a.localeCompare(b);
}

/**
 * Σ pagu per program and per kegiatan (BigInt, as digit strings), ordered by code, with the grand
 * total. Program/kegiatan codes missing on a line are derived from its sub kegiatan code; the first
 * non-empty name met for a code is kept.
 */
export function rollupDpa(lini: LiniDpa[]): { program: RollupProgram[]; total: string } {
  const prog = new Map<
    string,
    { nama: string | null; jumlah: bigint; keg: Map<string, { nama: string | null; jumlah: bigint; n: number }> }
  >();
  let total = 0n;
  for (const l of lini) {
    const t = l.kode_sub_kegiatan ? uraiKodeSub(l.kode_sub_kegiatan) : null;
    const kp = l.kode_program || t?.kode_program || '-';
    const kk = l.kode_kegiatan || t?.kode_kegiatan || '-';
    const p = paguBigInt(l.pagu);
    total += p;
    let P = prog.get(kp);
    if (!P) prog.set(kp, (P = { nama: null, jumlah: 0n, keg: new Map() }));
    P.nama ??= l.nama_program || null;
    P.jumlah += p;
    let K = P.keg.get(kk);
    if (!K) P.keg.set(kk, (K = { nama: null, jumlah: 0n, n: 0 }));
    K.nama ??= l.nama_kegiatan || null;
    K.jumlah += p;
    K.n++;
  }
  const program = [...prog.entries()]
    .sort(([a], [b]) => bandingKode(a, b))
    .map(([kode, P]) => ({
      kode_program: kode,
      nama_program: P.nama,
      anggaran: P.jumlah.toString(),
      kegiatan: [...P.keg.entries()]
        .sort(([a], [b]) => bandingKode(a, b))
        .map(([kk, K]) => ({
          kode_kegiatan: kk,
          nama_kegiatan: K.nama,
          anggaran: K.jumlah.toString(),
          jumlah_sub_kegiatan: K.n,
        })),
    }));
  return { program, total: total.toString() };
}

export const BATAS_BARIS_DPA = 5000;
export const BATAS_UKURAN_DPA = 5 * 1024 * 1024;

/** The caller of a DPA import or read: a user's role and OPD (an API token reaches no DPA). */
export interface PelakuDpa {
  peran?: string | null;
  token?: unknown;
  opdId?: number | null;
}

/** Who may import DPA: the Admin BKPSDM (any OPD, `opdBoleh` null) or the Admin OPD (his OPD); else 403. */
export function aksesImporDpa(a: PelakuDpa): Keputusan<{ opdBoleh: number | null }> {
  if (a.token == null && a.peran === PERAN.ADMIN_BKPSDM) return { ok: true, opdBoleh: null };
  if (a.token == null && a.peran === PERAN.ADMIN_OPD && a.opdId != null) return { ok: true, opdBoleh: a.opdId };
  return tolak(403, 'AKSES_DITOLAK', 'Hanya Admin BKPSDM dan Admin OPD yang dapat mengimpor DPA.');
}

/** Who may read DPA: Admin BKPSDM, BKAD and Inspektorat every OPD, the Admin OPD his own; else 403. */
export function aksesBacaDpa(a: PelakuDpa): Keputusan<{ opdBoleh: number | null }> {
  const semua = [PERAN.ADMIN_BKPSDM, PERAN.BKAD, PERAN.INSPEKTORAT] as string[];
  if (a.token == null && a.peran != null && semua.includes(a.peran)) return { ok: true, opdBoleh: null };
  if (a.token == null && a.peran === PERAN.ADMIN_OPD && a.opdId != null) return { ok: true, opdBoleh: a.opdId };
  return tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat DPA.');
}

/** The asked OPD: 404 OPD_TIDAK_DITEMUKAN when unknown, 403 (naming kode_opd) outside the caller's OPD. */
export function opdDpa(kode: string, opdId: number | null, opdBoleh: number | null): Keputusan {
  if (opdId == null) return tolak(404, 'OPD_TIDAK_DITEMUKAN', `OPD dengan kode "${kode}" tidak ditemukan.`, 'kode_opd');
  if (opdBoleh != null && opdId !== opdBoleh) {
    const pesan = `Anda hanya berwenang atas DPA OPD Anda sendiri, bukan OPD ${kode}.`;
    return tolak(403, 'AKSES_DITOLAK', pesan, 'kode_opd');
  }
  return BOLEH;
}

/**
 * What a DPA import preview's refusals look at; a fact still undefined (not read yet) passes its check.
 * `opdId` null: no OPD has that code. `berkas` null: no file sent. `xlsx` false: not an Excel workbook.
 * `terbaca` false: a workbook that cannot be read. `galatKolom`: why the header row was refused.
 */
export interface FaktaImporDpa {
  pelaku: PelakuDpa;
  kode_opd: string;
  opdId?: number | null;
  berkas?: { size?: number } | null;
  xlsx?: boolean;
  terbaca?: boolean;
  galatKolom?: string | null;
  jumlahBaris?: number;
}

/**
 * A DPA import (preview), in this order: the caller (403) → the OPD (404, then 403 outside his OPD) → 400
 * BERKAS_WAJIB → BERKAS_TERLALU_BESAR (over 5 MB) → JENIS_BERKAS_DITOLAK (not .xlsx) → BERKAS_TIDAK_TERBACA
 * (a workbook that cannot be read) → KOLOM_TIDAK_LENGKAP → BERKAS_KOSONG → TERLALU_BANYAK_BARIS.
 */
export function keputusanImporDpa(f: FaktaImporDpa): Keputusan<{ opdBoleh: number | null }> {
  const akses = aksesImporDpa(f.pelaku);
  if (!akses.ok) return akses;
  if (f.opdId !== undefined) {
    const opd = opdDpa(f.kode_opd, f.opdId, akses.opdBoleh);
    if (!opd.ok) return opd;
  }
  if (f.berkas === null) {
    return tolak(400, 'BERKAS_WAJIB', 'Unggah berkas ekspor DPA SIPD (.xlsx) pada field "berkas".', 'berkas');
  }
  if ((f.berkas?.size ?? 0) > BATAS_UKURAN_DPA) {
    return tolak(400, 'BERKAS_TERLALU_BESAR', 'Berkas DPA paling besar 5 MB.', 'berkas');
  }
  if (f.xlsx === false) {
    const pesan = 'Berkas DPA harus Excel .xlsx (simpan ulang ekspor SIPD sebagai .xlsx).';
    return tolak(400, 'JENIS_BERKAS_DITOLAK', pesan, 'berkas');
  }
  if (f.terbaca === false) {
    return tolak(400, 'BERKAS_TIDAK_TERBACA', 'Berkas Excel tidak dapat dibaca. Simpan ulang sebagai .xlsx.', 'berkas');
  }
  if (f.galatKolom != null) return tolak(400, 'KOLOM_TIDAK_LENGKAP', f.galatKolom, 'berkas');
  if (f.jumlahBaris === 0) return tolak(400, 'BERKAS_KOSONG', 'Tidak ada baris DPA di bawah baris judul.', 'berkas');
  if (f.jumlahBaris !== undefined && f.jumlahBaris > BATAS_BARIS_DPA) {
    return tolak(400, 'TERLALU_BANYAK_BARIS', `Paling banyak ${BATAS_BARIS_DPA} baris per impor DPA.`, 'berkas');
  }
  return akses;
}

/**
 * Confirming a DPA preview, in this order: the caller (403) → 404 PRATINJAU_TIDAK_ADA → the preview's OPD
 * (404, 403 outside his OPD) → 400 TIDAK_ADA_BARIS_DITERIMA. Undefined facts pass.
 */
export function keputusanTerapkanDpa(f: {
  pelaku: PelakuDpa;
  pratinjauAda?: boolean;
  kode_opd?: string;
  opdId?: number | null;
  jumlahDiterima?: number;
}): Keputusan {
  const akses = aksesImporDpa(f.pelaku);
  if (!akses.ok) return akses;
  if (f.pratinjauAda === false) {
    const pesan = 'Pratinjau impor DPA tidak ditemukan atau sudah kedaluwarsa; unggah ulang berkasnya.';
    return tolak(404, 'PRATINJAU_TIDAK_ADA', pesan, 'id');
  }
  if (f.opdId !== undefined) {
    const opd = opdDpa(f.kode_opd ?? '', f.opdId, akses.opdBoleh);
    if (!opd.ok) return opd;
  }
  if (f.jumlahDiterima === 0) {
    return tolak(400, 'TIDAK_ADA_BARIS_DITERIMA', 'Tidak ada baris DPA yang diterima untuk diterapkan.', 'id');
  }
  return BOLEH;
}
