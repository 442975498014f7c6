import { galat } from '@m-skp/inti';
import { JENIS_SELISIH, type JenisSelisih, type Selisih } from './selisih';

/**
 * The monitor's counts and filters over a list of differences. A pegawai's OPD comes from the caller
 * (`opdPegawai`: NIP → kode_opd, M-SKP's OPD, or SIMPEG's for a pegawai M-SKP does not know; null: none).
 */

export type HitunganSelisih = Record<JenisSelisih, number>;

export interface RingkasanOpd {
  kode_opd: string | null;
  ringkasan: HitunganSelisih;
  /** differences in all */
  jumlah: number;
  /** pegawai with at least one difference */
  pegawai: number;
}

export interface RingkasanSelisih extends RingkasanOpd {
  per_opd: RingkasanOpd[];
}

export type OpdPegawai = ReadonlyMap<string, string | null>;

export interface SaringanSelisih {
  kode_opd?: string;
  jenis?: readonly JenisSelisih[];
}

const nol = (): HitunganSelisih => Object.fromEntries(JENIS_SELISIH.map((j) => [j, 0])) as HitunganSelisih;

function hitung(kode_opd: string | null, selisih: readonly Selisih[]): RingkasanOpd {
  const ringkasan = nol();
  for (const s of selisih) ringkasan[s.jenis] += 1;
  return { kode_opd, ringkasan, jumlah: selisih.length, pegawai: new Set(selisih.map((s) => s.nip)).size };
}

/**
 * Counts per jenis for the city (every jenis present, 0 when none) and per OPD (only OPD with a difference,
 * ordered by code; the pegawai without OPD last).
 */
export function ringkasanSelisih(selisih: readonly Selisih[], opdPegawai: OpdPegawai): RingkasanSelisih {
  const perOpd = new Map<string | null, Selisih[]>();
  for (const s of selisih) {
    const kode = opdPegawai.get(s.nip) ?? null;
    if (!perOpd.has(kode)) perOpd.set(kode, []);
    perOpd.get(kode)!.push(s);
  }
  const per_opd = [...perOpd.entries()]
    .sort(([a], [b]) => (a == null ? 1 : b == null ? -1 : a.localeCompare(b)))
    .map(([kode, daftar]) => hitung(kode, daftar));
  return { ...hitung(null, selisih), per_opd };
}

/** The differences of one OPD and/or of some kinds (no filter: all). */
export function saringSelisih(
  selisih: readonly Selisih[],
  opdPegawai: OpdPegawai,
  saringan: SaringanSelisih,
): Selisih[] {
  const jenis = saringan.jenis?.length ? new Set(saringan.jenis) : null;
  return selisih.filter(
    (s) =>
      (saringan.kode_opd == null || (opdPegawai.get(s.nip) ?? null) === saringan.kode_opd) &&
      (jenis == null || jenis.has(s.jenis)),
  );
}

export const jenisSelisihSah = (x: unknown): x is JenisSelisih =>
  typeof x === 'string' && (JENIS_SELISIH as readonly string[]).includes(x);

/**
 * The filters of a query (`?kode_opd=&jenis=GOLONGAN,OPD` or `jenis` repeated). An unknown jenis is refused
 * naming it and the allowed values (400 `JENIS_SELISIH_TIDAK_DIKENAL`), never ignored.
 */
export function bacaSaringanSelisih(query: Record<string, unknown>): SaringanSelisih {
  const hasil: SaringanSelisih = {};
  const kode = typeof query.kode_opd === 'string' ? query.kode_opd.trim() : '';
  if (kode) hasil.kode_opd = kode;
  const mentah = query.jenis == null ? [] : Array.isArray(query.jenis) ? query.jenis : [query.jenis];
  const jenis: JenisSelisih[] = [];
  for (const x of mentah.flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))) {
    const j = typeof x === 'string' ? x.trim().toUpperCase() : x;
    if (j === '') continue;
    if (!jenisSelisihSah(j))
      throw galat.validasi(
        'JENIS_SELISIH_TIDAK_DIKENAL',
        `jenis "${String(x)}" tidak dikenal; pilih salah satu dari ${JENIS_SELISIH.join(', ')}.`,
        'jenis',
      );
    if (!jenis.includes(j)) jenis.push(j);
  }
  if (jenis.length) hasil.jenis = jenis;
  return hasil;
}
