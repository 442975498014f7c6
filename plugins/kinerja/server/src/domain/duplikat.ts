/**
 * Duplicate indicators (domain.md §3): IKI whose normalised names are equal (case, spacing and
 * punctuation folded) within one SKP, or between a Kepala OPD's SKP and the OPD-level sasaran/PK,
 * are shown once; the others are hidden, never deleted. Duplicates that disagree on target or satuan
 * are a conflict the Kepala OPD (or BKPSDM) must resolve before approval.
 */

export interface Indikator {
  id: string | number;
  uraian: string;
  targetMin?: number | null;
  targetMax?: number | null;
  satuan?: string | null;
}

export interface KelompokDuplikat {
  kunci: string;
  /** the indicator shown (the first in input order) */
  utama: Indikator;
  /** the other indicators of this SKP with the same normalised name: hidden */
  tersembunyi: Indikator[];
  /** OPD-level indicators with the same normalised name */
  tingkatOpd: Indikator[];
  /** target or satuan disagree somewhere in the group */
  konflik: boolean;
}

/** Case, accents, spacing and punctuation folded: "Persentase  Layanan (Online)." → "persentase layanan online". */
export function normalisasiIndikator(s: string): string {
  return String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const normalSatuan = (s: string | null | undefined) => normalisasiIndikator(s ?? '');
const samaTarget = (a: Indikator, b: Indikator) => Number(a.targetMin ?? NaN) === Number(b.targetMin ?? NaN) && Number(a.targetMax ?? NaN) === Number(b.targetMax ?? NaN);
const sepakat = (a: Indikator, b: Indikator) => samaTarget(a, b) && normalSatuan(a.satuan) === normalSatuan(b.satuan);

/**
 * Groups of duplicates among the SKP's indicators and against the OPD-level ones. Only groups with
 * at least two members (in the SKP, or one in the SKP and one at OPD level) are returned.
 */
export function cariDuplikat(milikSkp: Indikator[], tingkatOpd: Indikator[] = []): KelompokDuplikat[] {
  const kelompok = new Map<string, Indikator[]>();
  for (const i of milikSkp) {
    const k = normalisasiIndikator(i.uraian);
    if (!k) continue;
    const daftar = kelompok.get(k);
    if (daftar) daftar.push(i);
    else kelompok.set(k, [i]);
  }
  const opd = new Map<string, Indikator[]>();
  for (const i of tingkatOpd) {
    const k = normalisasiIndikator(i.uraian);
    if (!k || !kelompok.has(k)) continue;
    const daftar = opd.get(k);
    if (daftar) daftar.push(i);
    else opd.set(k, [i]);
  }
  const hasil: KelompokDuplikat[] = [];
  for (const [kunci, anggota] of kelompok) {
    const diOpd = opd.get(kunci) ?? [];
    if (anggota.length < 2 && !diOpd.length) continue;
    const [utama, ...tersembunyi] = anggota;
    const semua = [...anggota, ...diOpd];
    hasil.push({ kunci, utama, tersembunyi, tingkatOpd: diOpd, konflik: semua.some((x) => !sepakat(x, utama)) });
  }
  return hasil;
}

/** Per indicator of the SKP: hidden or not, and the indicator it duplicates. */
export function tandaDuplikat(milikSkp: Indikator[], tingkatOpd: Indikator[] = []): { tanda: Map<string, { disembunyikan: boolean; duplikatDari: string | null }>; konflik: number; kelompok: KelompokDuplikat[] } {
  const kelompok = cariDuplikat(milikSkp, tingkatOpd);
  const tanda = new Map<string, { disembunyikan: boolean; duplikatDari: string | null }>();
  for (const i of milikSkp) tanda.set(String(i.id), { disembunyikan: false, duplikatDari: null });
  for (const g of kelompok) for (const x of g.tersembunyi) tanda.set(String(x.id), { disembunyikan: true, duplikatDari: String(g.utama.id) });
  return { tanda, konflik: kelompok.filter((g) => g.konflik).length, kelompok };
}
