/**
 * Monthly attendance summaries (integrations.md "Presensi"; deductions per late/early bucket and absent day cut
 * the beban kerja part): the columns of the import template and the API push, and the pure per-row check that
 * splits a file into accepted and rejected rows before anything is written; who may import or push, and
 * the refusals of an import, its confirmation and a push, in their order.
 *
 * Columns (integrations.md names; the stored names of `plugin::tpp.presensi` are accepted as aliases):
 * nip, nama (information only), tahun, bulan, hari_kerja, hadir, tk (days absent without leave → alpa_hari),
 * tl_1_30 … tl_91 (late arrivals per minute bucket; "no record" counts in tl_91 → telat_*),
 * psw_1_30 … psw_91 (early departures, "pulang sebelum waktunya" → pulang_cepat_*), cuti, dl (official
 * travel days), hukdis_aktif (active disciplinary sentence: ya/tidak).
 */
import { BOLEH, PERAN, tolak, type Keputusan } from '@m-skp/inti';
import { PRESENSI_NOL } from './hitung';
import type { PresensiBulanan } from './tpp';

/** A pegawai the import may address. */
export interface PegawaiPresensi {
  id: number;
  nip: string;
  nama: string;
  opdId: number | null;
}

export interface KonteksPresensi {
  tahun: number;
  bulan: number;
  /** NIP → pegawai (only the NIPs of the file need to be present) */
  pegawai: Map<string, PegawaiPresensi>;
  /** OPD the caller may write; null = every OPD */
  opdBoleh: number | null;
}

/** One accepted row: the engine's discipline fields (stored names) plus workdays and the informational counts. */
export interface BarisPresensi extends PresensiBulanan {
  baris: number;
  nip: string;
  nama: string;
  pegawaiId: number;
  hari_kerja: number;
  hadir: number | null;
  cuti: number;
  dl: number;
}

export interface PenolakanPresensi {
  baris: number;
  nip: string;
  alasan: string;
}

export interface HasilPeriksaPresensi {
  diterima: BarisPresensi[];
  ditolak: PenolakanPresensi[];
}

/** The template columns, in order, with their meaning (the template's "Petunjuk" sheet and the README). */
export const KOLOM_PRESENSI: readonly { kolom: string; wajib: boolean; keterangan: string; contoh: string | number }[] =
  [
    { kolom: 'nip', wajib: true, keterangan: 'NIP 18 digit pegawai (isi sebagai teks)', contoh: '199001012015031001' },
    {
      kolom: 'nama',
      wajib: false,
      keterangan: 'Nama pegawai (hanya informasi, tidak diimpor)',
      contoh: 'Contoh Pegawai, S.Kom.',
    },
    { kolom: 'tahun', wajib: false, keterangan: 'Tahun; bila diisi harus sama dengan tahun impor', contoh: 2026 },
    { kolom: 'bulan', wajib: false, keterangan: 'Bulan 1–12; bila diisi harus sama dengan bulan impor', contoh: 1 },
    {
      kolom: 'hari_kerja',
      wajib: false,
      keterangan: 'Jumlah hari kerja bulan itu; kosong = Senin–Jumat bulan itu',
      contoh: 21,
    },
    { kolom: 'hadir', wajib: false, keterangan: 'Jumlah hari hadir', contoh: 19 },
    { kolom: 'tk', wajib: false, keterangan: 'Tanpa keterangan (alpa): jumlah hari tidak masuk tanpa izin', contoh: 0 },
    { kolom: 'tl_1_30', wajib: false, keterangan: 'Terlambat masuk 1–30 menit: jumlah kejadian', contoh: 2 },
    { kolom: 'tl_31_60', wajib: false, keterangan: 'Terlambat masuk 31–60 menit: jumlah kejadian', contoh: 0 },
    { kolom: 'tl_61_90', wajib: false, keterangan: 'Terlambat masuk 61–90 menit: jumlah kejadian', contoh: 0 },
    {
      kolom: 'tl_91',
      wajib: false,
      keterangan: 'Terlambat masuk ≥ 91 menit atau tanpa rekam masuk: jumlah kejadian',
      contoh: 0,
    },
    { kolom: 'psw_1_30', wajib: false, keterangan: 'Pulang sebelum waktunya 1–30 menit: jumlah kejadian', contoh: 1 },
    { kolom: 'psw_31_60', wajib: false, keterangan: 'Pulang sebelum waktunya 31–60 menit: jumlah kejadian', contoh: 0 },
    { kolom: 'psw_61_90', wajib: false, keterangan: 'Pulang sebelum waktunya 61–90 menit: jumlah kejadian', contoh: 0 },
    {
      kolom: 'psw_91',
      wajib: false,
      keterangan: 'Pulang sebelum waktunya ≥ 91 menit atau tanpa rekam pulang: jumlah kejadian',
      contoh: 0,
    },
    { kolom: 'cuti', wajib: false, keterangan: 'Jumlah hari cuti', contoh: 2 },
    { kolom: 'dl', wajib: false, keterangan: 'Jumlah hari dinas luar', contoh: 0 },
    {
      kolom: 'hukdis_aktif',
      wajib: false,
      keterangan: 'Sedang menjalani hukuman disiplin bulan itu: ya/tidak',
      contoh: 'tidak',
    },
  ];

/** Column name (template) → stored field. Stored names are accepted as aliases. */
const PETA_HITUNGAN: Record<string, keyof BarisPresensi> = {
  tk: 'alpa_hari',
  tl_1_30: 'telat_1_30',
  tl_31_60: 'telat_31_60',
  tl_61_90: 'telat_61_90',
  tl_91: 'telat_91_atau_tanpa_rekam',
  psw_1_30: 'pulang_cepat_1_30',
  psw_31_60: 'pulang_cepat_31_60',
  psw_61_90: 'pulang_cepat_61_90',
  psw_91: 'pulang_cepat_91_atau_tanpa_rekam',
  cuti: 'cuti',
  dl: 'dl',
};
const ALIAS: Record<string, string> = {
  hukuman_disiplin_aktif: 'hukdis_aktif',
  ...Object.fromEntries(
    Object.entries(PETA_HITUNGAN)
      .filter(([k, v]) => k !== v)
      .map(([k, v]) => [v, k]),
  ),
};

/** Header text → column key: lower case, spaces/dashes to "_", aliases folded. */
export function normalisasiKolom(h: unknown): string {
  const k = String(h ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_')
    .replace(/[^a-z0-9_]/g, '');
  return ALIAS[k] ?? k;
}

/** Monday–Friday days of a month (the default hari kerja; public holidays are not modelled). */
export function hariKerjaBulan(tahun: number, bulan: number): number {
  const akhir = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
  let n = 0;
  for (let d = 1; d <= akhir; d++) {
    const w = new Date(Date.UTC(tahun, bulan - 1, d)).getUTCDay();
    if (w !== 0 && w !== 6) n++;
  }
  return n;
}

const kosong = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');

/** A count cell: empty → default; a non-negative integer (number or digits) → it; else null. */
function bilangan(v: unknown, bawaan: number | null): number | null | undefined {
  if (kosong(v)) return bawaan;
  const n =
    typeof v === 'number'
      ? v
      : /^\s*-?\d+(?:[.,]0+)?\s*$/.test(String(v))
        ? Number(String(v).trim().replace(',', '.'))
        : NaN;
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < 0) return undefined;
  return n;
}

function bendera(v: unknown): boolean | undefined {
  if (kosong(v)) return false;
  if (typeof v === 'boolean') return v;
  const s = String(v).trim().toLowerCase();
  if (['ya', 'y', 'true', '1', 'aktif'].includes(s)) return true;
  if (['tidak', 't', 'n', 'no', 'false', '0', '-'].includes(s)) return false;
  return undefined;
}

/** A NIP cell: digits only (spaces removed); a number beyond 2^53 has lost digits: marked with "~" so it is refused. */
export function teksNip(v: unknown): string {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : `~${v}`;
  return String(v ?? '').replace(/\s+/g, '');
}

/**
 * Checks the rows of one import (or push) for the month `tahun`/`bulan`. Each row is `{baris, nilai}`
 * with `nilai` keyed by normalised column names. Returns the accepted rows (stored field names) and
 * the rejected rows with every reason joined by "; ". Rules: the NIP must be 18 digits and known;
 * a pegawai outside the caller's OPD is rejected; the same NIP twice rejects every occurrence;
 * tahun/bulan columns, when filled, must match; counts are non-negative integers; hari_kerja lies in
 * 0…days of the month (default Monday–Friday); tk + cuti + dl ≤ hari_kerja ("lebih banyak
 * ketidakhadiran daripada hari kerja"); hadir + tk + cuti + dl ≤ hari_kerja; late arrivals and early
 * departures each at most once per day worked.
 */
export function periksaPresensi(
  rows: { baris: number; nilai: Record<string, unknown> }[],
  k: KonteksPresensi,
): HasilPeriksaPresensi {
  const diterima: BarisPresensi[] = [];
  const ditolak: PenolakanPresensi[] = [];
  const hariBulan = new Date(Date.UTC(k.tahun, k.bulan, 0)).getUTCDate();
  const bawaanHariKerja = hariKerjaBulan(k.tahun, k.bulan);

  const barisPerNip = new Map<string, number[]>();
  for (const r of rows) {
    const nip = teksNip(r.nilai.nip);
    if (nip) barisPerNip.set(nip, [...(barisPerNip.get(nip) ?? []), r.baris]);
  }

  for (const r of rows) {
    const v = r.nilai;
    const nip = teksNip(v.nip);
    const alasan: string[] = [];
    const p = k.pegawai.get(nip);
    if (!nip) alasan.push('NIP wajib diisi');
    else if (nip.startsWith('~'))
      alasan.push('NIP tersimpan sebagai angka dan kehilangan digit; isi kolom nip sebagai teks');
    else if (!/^\d{18}$/.test(nip)) alasan.push('NIP harus 18 digit angka (isi kolom nip sebagai teks)');
    else if (!p) alasan.push('NIP tidak dikenal');
    else if (k.opdBoleh != null && p.opdId !== k.opdBoleh) alasan.push('Pegawai bukan dari OPD Anda');
    const ganda = barisPerNip.get(nip);
    if (nip && ganda && ganda.length > 1) alasan.push(`NIP ganda dalam berkas (baris ${ganda.join(', ')})`);

    if (!kosong(v.tahun) && Number(v.tahun) !== k.tahun)
      alasan.push(`Tahun ${v.tahun} tidak sama dengan tahun impor ${k.tahun}`);
    if (!kosong(v.bulan) && Number(v.bulan) !== k.bulan)
      alasan.push(`Bulan ${v.bulan} tidak sama dengan bulan impor ${k.bulan}`);

    const angka: Record<string, number> = {};
    const salah: string[] = [];
    for (const kol of Object.keys(PETA_HITUNGAN)) {
      const n = bilangan(v[kol], 0);
      if (n === undefined) salah.push(kol);
      else angka[kol] = n as number;
    }
    const hariKerja = bilangan(v.hari_kerja, bawaanHariKerja);
    if (hariKerja === undefined) salah.push('hari_kerja');
    const hadir = bilangan(v.hadir, null);
    if (hadir === undefined) salah.push('hadir');
    if (salah.length) alasan.push(`${salah.join(', ')} harus bilangan bulat tidak negatif`);
    const hukdis = bendera(v.hukdis_aktif);
    if (hukdis === undefined) alasan.push('hukdis_aktif harus "ya" atau "tidak"');

    if (!salah.length) {
      const hk = hariKerja as number;
      const absen = angka.tk + angka.cuti + angka.dl;
      if (hk > hariBulan) alasan.push(`hari_kerja ${hk} melebihi jumlah hari bulan itu (${hariBulan})`);
      if (absen > hk)
        alasan.push(`lebih banyak ketidakhadiran daripada hari kerja (tk + cuti + dl = ${absen}, hari kerja ${hk})`);
      else if (hadir != null && hadir + absen > hk)
        alasan.push(`hadir + tk + cuti + dl = ${hadir + absen} melebihi hari kerja ${hk}`);
      const masuk = hadir ?? Math.max(0, hk - absen);
      const telat = angka.tl_1_30 + angka.tl_31_60 + angka.tl_61_90 + angka.tl_91;
      const pulang = angka.psw_1_30 + angka.psw_31_60 + angka.psw_61_90 + angka.psw_91;
      if (absen <= hk && telat > masuk) alasan.push(`jumlah terlambat (${telat}) melebihi hari masuk (${masuk})`);
      if (absen <= hk && pulang > masuk)
        alasan.push(`jumlah pulang sebelum waktunya (${pulang}) melebihi hari masuk (${masuk})`);
    }

    if (alasan.length || !p) {
      ditolak.push({ baris: r.baris, nip, alasan: alasan.join('; ') });
      continue;
    }
    const b: Record<string, unknown> = {
      baris: r.baris,
      nip,
      nama: p.nama,
      pegawaiId: p.id,
      hari_kerja: hariKerja,
      hadir,
      hukuman_disiplin_aktif: hukdis,
    };
    for (const [kol, field] of Object.entries(PETA_HITUNGAN)) b[field] = angka[kol];
    diterima.push(b as unknown as BarisPresensi);
  }
  return { diterima, ditolak };
}

/** Stored fields of an accepted row (what `plugin::tpp.presensi` keeps): the engine's fields and hari_kerja. */
export function dataTersimpan(b: BarisPresensi): PresensiBulanan & { hari_kerja: number } {
  const out: PresensiBulanan & { hari_kerja: number } = { ...PRESENSI_NOL, hari_kerja: b.hari_kerja };
  const salin = <K extends keyof PresensiBulanan>(k: K) => (out[k] = b[k]);
  for (const k of Object.keys(PRESENSI_NOL) as (keyof PresensiBulanan)[]) salin(k);
  return out;
}

export const kunciUnikPresensi = (pegawaiId: number, tahun: number, bulan: number) => `${pegawaiId}:${tahun}:${bulan}`;

/**
 * Splits CSV text into rows of cells: RFC 4180 quoting, separator "," or ";" (Indonesian Excel),
 * detected from the header line; a UTF-8 BOM is dropped; blank lines are skipped.
 */
export function uraiCsv(teks: string): string[][] {
  const s = teks.replace(/^\uFEFF/, '');
  const kepala = s.split(/\r?\n/, 1)[0] ?? '';
  const pemisah = (kepala.match(/;/g)?.length ?? 0) > (kepala.match(/,/g)?.length ?? 0) ? ';' : ',';
  const hasil: string[][] = [];
  let baris: string[] = [];
  let sel = '';
  let kutip = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (kutip) {
      if (c === '"' && s[i + 1] === '"') {
        sel += '"';
        i++;
      } else if (c === '"') kutip = false;
      else sel += c;
    } else if (c === '"') kutip = true;
    else if (c === pemisah) {
      baris.push(sel);
      sel = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      baris.push(sel);
      if (baris.some((x) => x.trim() !== '')) hasil.push(baris);
      baris = [];
      sel = '';
    } else sel += c;
  }
  baris.push(sel);
  if (baris.some((x) => x.trim() !== '')) hasil.push(baris);
  return hasil;
}

/**
 * Header row + data rows → `{baris, nilai}` keyed by normalised column (row numbers as the user sees
 * them in the sheet: header = row `barisKepala`). Throws a plain Error naming the problem when the
 * `nip` column is missing.
 */
export function barisDariTabel(
  tabel: { nomor: number; sel: unknown[] }[],
): { baris: number; nilai: Record<string, unknown> }[] {
  const [kepala, ...isi] = tabel;
  const kolom = (kepala?.sel ?? []).map(normalisasiKolom);
  if (!kolom.includes('nip'))
    throw new Error('Kolom "nip" tidak ditemukan pada baris judul. Gunakan templat presensi.');
  return isi.map((r) => {
    const nilai: Record<string, unknown> = {};
    kolom.forEach((k, i) => {
      if (k && !(k in nilai)) nilai[k] = r.sel[i];
    });
    return { baris: r.nomor, nilai };
  });
}

export const BATAS_BARIS_PRESENSI = 20000;
export const BATAS_UKURAN_PRESENSI = 5 * 1024 * 1024;

/** The caller of an attendance import or push: a user's role and OPD, or an API token and its reach. */
export interface PelakuPresensi {
  peran?: string | null;
  token?: unknown;
  opdId?: number | null;
  jangkauan?: string | null;
}

/**
 * Who may write attendance, and the OPD he may write (null: every OPD). Import: the Admin BKPSDM, the Admin
 * OPD (his OPD). Push: the Admin BKPSDM, an API token reaching something (its OPD when scoped). Else 403.
 */
export function aksesPresensi(a: PelakuPresensi, jalur: 'IMPOR' | 'API'): Keputusan<{ opdBoleh: number | null }> {
  if (a.peran === PERAN.ADMIN_BKPSDM) return { ok: true, opdBoleh: null };
  if (jalur === 'IMPOR' && a.peran === PERAN.ADMIN_OPD && a.opdId != null) return { ok: true, opdBoleh: a.opdId };
  if (jalur === 'API' && a.token != null && a.jangkauan !== 'TIDAK_ADA') {
    return { ok: true, opdBoleh: a.jangkauan === 'OPD' ? (a.opdId as number) : null };
  }
  const siapa = jalur === 'IMPOR' ? 'Admin BKPSDM dan Admin OPD' : 'Admin BKPSDM dan sistem terhubung (token API)';
  const kerja = jalur === 'IMPOR' ? 'mengimpor' : 'mengirim';
  return tolak(403, 'AKSES_DITOLAK', `Hanya ${siapa} yang dapat ${kerja} data presensi.`);
}

/** How many rows an import or a push carries: 400 BERKAS_KOSONG for none, TERLALU_BANYAK_BARIS over the limit. */
export function jumlahBarisPresensi(n: number): Keputusan {
  if (!n) return tolak(400, 'BERKAS_KOSONG', 'Tidak ada baris data presensi.', 'berkas');
  if (n > BATAS_BARIS_PRESENSI) {
    return tolak(400, 'TERLALU_BANYAK_BARIS', `Paling banyak ${BATAS_BARIS_PRESENSI} baris per impor.`, 'berkas');
  }
  return BOLEH;
}

/**
 * What an import preview's refusals look at; a fact still undefined (not read yet) passes its check.
 * `berkas` null: no file sent. `jenis` null: neither xlsx nor csv. `terbaca` false: an xlsx that cannot be
 * read. `galatKolom`: why the header was refused.
 */
export interface FaktaImporPresensi {
  pelaku: PelakuPresensi;
  berkas?: { size?: number } | null;
  jenis?: 'XLSX' | 'CSV' | null;
  terbaca?: boolean;
  galatKolom?: string | null;
  jumlahBaris?: number;
}

/**
 * An attendance import (preview), in this order: the caller (403) → 400 BERKAS_WAJIB → BERKAS_TERLALU_BESAR
 * (over 5 MB) → (inti's closed-period check, 423 PERIODE_TERKUNCI) → JENIS_BERKAS_DITOLAK (neither xlsx
 * nor csv) → BERKAS_TIDAK_TERBACA (an xlsx that cannot be read) → KOLOM_TIDAK_LENGKAP (a required header missing) → BERKAS_KOSONG → TERLALU_BANYAK_BARIS.
 */
export function keputusanImporPresensi(f: FaktaImporPresensi): Keputusan<{ opdBoleh: number | null }> {
  const akses = aksesPresensi(f.pelaku, 'IMPOR');
  if (!akses.ok) return akses;
  if (f.berkas === null) {
    return tolak(400, 'BERKAS_WAJIB', 'Unggah berkas presensi (xlsx atau csv) pada field "berkas".', 'berkas');
  }
  if ((f.berkas?.size ?? 0) > BATAS_UKURAN_PRESENSI) {
    return tolak(400, 'BERKAS_TERLALU_BESAR', 'Berkas presensi paling besar 5 MB.', 'berkas');
  }
  if (f.jenis === null) return tolak(400, 'JENIS_BERKAS_DITOLAK', 'Berkas presensi harus .xlsx atau .csv.', 'berkas');
  if (f.terbaca === false) {
    const pesan = 'Berkas Excel tidak dapat dibaca. Simpan sebagai .xlsx atau .csv.';
    return tolak(400, 'BERKAS_TIDAK_TERBACA', pesan, 'berkas');
  }
  if (f.galatKolom != null) return tolak(400, 'KOLOM_TIDAK_LENGKAP', f.galatKolom, 'berkas');
  if (f.jumlahBaris !== undefined) {
    const n = jumlahBarisPresensi(f.jumlahBaris);
    if (!n.ok) return n;
  }
  return akses;
}

/**
 * Confirming a preview, in this order: the caller (403) → 404 PRATINJAU_TIDAK_ADA (none of his, or expired)
 * → 400 TIDAK_ADA_BARIS_DITERIMA (nothing to write). Undefined facts pass.
 */
export function keputusanTerapkanPresensi(f: {
  pelaku: PelakuPresensi;
  pratinjauAda?: boolean;
  jumlahDiterima?: number;
}): Keputusan {
  const akses = aksesPresensi(f.pelaku, 'IMPOR');
  if (!akses.ok) return akses;
  if (f.pratinjauAda === false) {
    const pesan = 'Pratinjau impor tidak ditemukan atau sudah kedaluwarsa; unggah ulang berkasnya.';
    return tolak(404, 'PRATINJAU_TIDAK_ADA', pesan, 'id');
  }
  if (f.jumlahDiterima === 0) {
    return tolak(400, 'TIDAK_ADA_BARIS_DITERIMA', 'Tidak ada baris yang diterima untuk diterapkan.', 'id');
  }
  return BOLEH;
}

/**
 * An attendance push (all rows or none), in this order: the caller (403) → (inti's closed-period check, 423)
 * → BERKAS_KOSONG / TERLALU_BANYAK_BARIS → 400 BARIS_DITOLAK listing every rejected row. Undefined facts pass.
 */
export function keputusanDorongPresensi(f: {
  pelaku: PelakuPresensi;
  jumlahBaris?: number;
  ditolak?: PenolakanPresensi[];
}): Keputusan<{ opdBoleh: number | null }> {
  const akses = aksesPresensi(f.pelaku, 'API');
  if (!akses.ok) return akses;
  if (f.jumlahBaris !== undefined) {
    const n = jumlahBarisPresensi(f.jumlahBaris);
    if (!n.ok) return n;
  }
  if (f.ditolak?.length) {
    return tolak(
      400,
      'BARIS_DITOLAK',
      `${f.ditolak.length} dari ${f.jumlahBaris} baris presensi ditolak; tidak ada yang disimpan.`,
      'data',
      { ditolak: f.ditolak },
    );
  }
  return akses;
}
