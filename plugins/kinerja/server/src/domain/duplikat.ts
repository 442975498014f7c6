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
  /** `utama` is an OPD-level indicator (the reference): every SKP indicator of the group is hidden */
  acuanOpd: boolean;
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
const samaTarget = (a: Indikator, b: Indikator) =>
  Number(a.targetMin ?? NaN) === Number(b.targetMin ?? NaN) &&
  Number(a.targetMax ?? NaN) === Number(b.targetMax ?? NaN);
const sepakat = (a: Indikator, b: Indikator) => samaTarget(a, b) && normalSatuan(a.satuan) === normalSatuan(b.satuan);

/**
 * Groups of duplicates among the SKP's indicators and against the OPD-level ones. Only groups with
 * at least two members (in the SKP, or one in the SKP and one at OPD level) are returned.
 *
 * OPD-level indicators (the Kepala OPD's sasaran/PK) are the reference and never hidden: when the
 * group agrees, the OPD-level one is `utama` and every SKP indicator of the group is hidden. When it
 * disagrees, the first SKP indicator stays shown (the owner must see what differs) and the group is
 * a conflict.
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
    const semua = [...anggota, ...diOpd];
    const konflik = semua.some((x) => !sepakat(x, anggota[0]));
    if (diOpd.length && !konflik) {
      hasil.push({ kunci, utama: diOpd[0], tersembunyi: anggota, tingkatOpd: diOpd, konflik, acuanOpd: true });
      continue;
    }
    const [utama, ...tersembunyi] = anggota;
    hasil.push({ kunci, utama, tersembunyi, tingkatOpd: diOpd, konflik, acuanOpd: false });
  }
  return hasil;
}

/** Per indicator of the SKP: hidden or not, and the indicator it duplicates. */
export function tandaDuplikat(
  milikSkp: Indikator[],
  tingkatOpd: Indikator[] = [],
): {
  tanda: Map<string, { disembunyikan: boolean; duplikatDari: string | null }>;
  konflik: number;
  kelompok: KelompokDuplikat[];
} {
  const kelompok = cariDuplikat(milikSkp, tingkatOpd);
  const tanda = new Map<string, { disembunyikan: boolean; duplikatDari: string | null }>();
  for (const i of milikSkp) tanda.set(String(i.id), { disembunyikan: false, duplikatDari: null });
  for (const g of kelompok)
    for (const x of g.tersembunyi) tanda.set(String(x.id), { disembunyikan: true, duplikatDari: String(g.utama.id) });
  return { tanda, konflik: kelompok.filter((g) => g.konflik).length, kelompok };
}

export const KODE_PERINGATAN_DUPLIKAT = 'INDIKATOR_DUPLIKAT_BERKONFLIK';

const teksTarget = (i: Indikator) =>
  (i.targetMin === i.targetMax ? String(i.targetMin ?? '-') : `${i.targetMin ?? '-'}–${i.targetMax ?? '-'}`).replace(
    /\./g,
    ',',
  );

/**
 * The SKP's cross-validation warnings (`skp.peringatan`): one per conflicting group, listing the ids of
 * the SKP's own indicators in it (never the OPD-level ones, which are not IKI of this SKP).
 */
export function peringatanDuplikat(
  kelompok: KelompokDuplikat[],
): { kode: string; indikator: string[]; pesan: string }[] {
  return kelompok
    .filter((g) => g.konflik)
    .map((g) => {
      const milik = g.acuanOpd ? g.tersembunyi : [g.utama, ...g.tersembunyi];
      const opd = g.tingkatOpd[0];
      const pesan = opd
        ? `Indikator "${milik[0].uraian}" juga ada di sasaran OPD (PK) dengan target ${teksTarget(opd)} ${opd.satuan ?? ''}`.trimEnd() +
          '; target atau satuan berbeda.'
        : `Indikator "${g.utama.uraian}" ganda dengan target atau satuan berbeda.`;
      return { kode: KODE_PERINGATAN_DUPLIKAT, indikator: milik.map((x) => String(x.id)), pesan };
    });
}
