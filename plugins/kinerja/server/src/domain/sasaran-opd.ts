/**
 * OPD-level sasaran/PK (domain.md §3): a sasaran of an OPD for a year with its indicators
 * [{indikator, target, satuan}]. The Kepala OPD's SKP indicators are checked against these for
 * duplicates (domain/duplikat.ts): they are the reference, never hidden themselves.
 */
import { uraiTarget } from './target';
import type { Indikator } from './duplikat';

export interface IndikatorSasaran {
  indikator: string;
  /** as typed, normalised by uraiTarget ("80", "80-90") */
  target: string;
  satuan: string;
}

export interface IsianSasaran {
  tahun?: unknown;
  sasaran?: unknown;
  urutan?: unknown;
  indikator?: unknown;
}

export type HasilSasaran =
  | { ok: true; data: { tahun: number; sasaran: string; urutan: number; indikator: IndikatorSasaran[] } }
  | { ok: false; kode: string; pesan: string; field: string };

export const MAKS_INDIKATOR = 50;
const teks = (x: unknown) => (typeof x === 'string' ? x.trim().replace(/\s+/g, ' ') : '');

/**
 * Checks a complete sasaran (for an update: the stored one merged with the input). Order: tahun,
 * sasaran, urutan, then each indikator (text, target, satuan); the field names the first error,
 * e.g. `indikator[0].target`.
 */
export function periksaSasaran(i: IsianSasaran): HasilSasaran {
  const gagal = (kode: string, pesan: string, field: string): HasilSasaran => ({ ok: false, kode, pesan, field });
  const tahun = typeof i.tahun === 'string' && i.tahun.trim() !== '' ? Number(i.tahun) : i.tahun;
  if (typeof tahun !== 'number' || !Number.isInteger(tahun) || tahun < 2000 || tahun > 2100)
    return gagal('ISIAN_TIDAK_VALID', 'Tahun wajib diisi (2000–2100).', 'tahun');
  const sasaran = typeof i.sasaran === 'string' ? i.sasaran.trim() : '';
  if (!sasaran) return gagal('ISIAN_TIDAK_VALID', 'Sasaran wajib diisi.', 'sasaran');
  if (sasaran.length > 2000) return gagal('ISIAN_TIDAK_VALID', 'Sasaran paling panjang 2000 karakter.', 'sasaran');
  const urutan = i.urutan == null || i.urutan === '' ? 1 : Number(i.urutan);
  if (!Number.isInteger(urutan) || urutan < 1 || urutan > 999)
    return gagal('ISIAN_TIDAK_VALID', 'Urutan harus bilangan bulat 1–999.', 'urutan');
  if (!Array.isArray(i.indikator) || i.indikator.length === 0)
    return gagal('ISIAN_TIDAK_VALID', 'Isi paling sedikit satu indikator.', 'indikator');
  if (i.indikator.length > MAKS_INDIKATOR)
    return gagal('ISIAN_TIDAK_VALID', `Paling banyak ${MAKS_INDIKATOR} indikator per sasaran.`, 'indikator');
  const indikator: IndikatorSasaran[] = [];
  for (const [n, x] of i.indikator.entries()) {
    const f = (b: string) => `indikator[${n}].${b}`;
    const baris = x && typeof x === 'object' ? (x as Record<string, unknown>) : {};
    const nama = teks(baris.indikator);
    if (!nama)
      return gagal('ISIAN_TIDAK_VALID', `Indikator ke-${n + 1}: uraian indikator wajib diisi.`, f('indikator'));
    if (nama.length > 1000)
      return gagal('ISIAN_TIDAK_VALID', `Indikator ke-${n + 1}: uraian paling panjang 1000 karakter.`, f('indikator'));
    const t = uraiTarget(baris.target);
    if (!t.ok) return gagal(t.kode, `Indikator ke-${n + 1}: ${t.pesan}`, f('target'));
    const satuan = teks(baris.satuan);
    if (!satuan) return gagal('ISIAN_TIDAK_VALID', `Indikator ke-${n + 1}: satuan wajib diisi.`, f('satuan'));
    if (satuan.length > 60)
      return gagal('ISIAN_TIDAK_VALID', `Indikator ke-${n + 1}: satuan paling panjang 60 karakter.`, f('satuan'));
    indikator.push({ indikator: nama, target: t.teks, satuan });
  }
  return { ok: true, data: { tahun, sasaran, urutan, indikator } };
}

/** Prefix of the ids of OPD-level indicators in `iki.duplikat_dari` ("opd:<sasaran documentId>:<n>"). */
export const AWALAN_ID_OPD = 'opd:';

/**
 * The OPD-level indicators of some sasaran, in the shape of domain/duplikat.ts. Rows whose stored
 * target no longer parses are skipped (they were validated on write).
 */
export function indikatorTingkatOpd(sasaran: { documentId: string; indikator?: unknown }[]): Indikator[] {
  const hasil: Indikator[] = [];
  for (const s of sasaran) {
    if (!Array.isArray(s.indikator)) continue;
    s.indikator.forEach((x: any, n: number) => {
      const t = uraiTarget(x?.target);
      if (!t.ok || !teks(x?.indikator)) return;
      hasil.push({
        id: `${AWALAN_ID_OPD}${s.documentId}:${n}`,
        uraian: x.indikator,
        targetMin: t.min,
        targetMax: t.max,
        satuan: x.satuan ?? null,
      });
    });
  }
  return hasil;
}
