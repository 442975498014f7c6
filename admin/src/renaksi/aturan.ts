import type { Realisasi, RenaksiBulan, TargetBulan } from '../dataProvider/renaksi';

/**
 * Pure rules of the rencana aksi screens: Indonesian numbers, months, status of a realisasi, RTP months,
 * the evidence check and why the entry is closed. Convenience only: the server decides every request.
 */

import { BULAN } from '../common/periode';

export { BULAN, namaBulan } from '../common/periode';
export { formatAngka, formatPersen } from '../common/angka';
export { perRhk, prefixSebagai, statusTampil, warnaStatusTampil, type StatusTampil } from '../common/realisasi/aturan';

/**
 * Reads a number typed the Indonesian way: "12,5" → 12.5, "1.234,5" → 1234.5, "1.500" → 1500;
 * a plain "12.5" (no comma, not a thousands pattern) is read as a decimal too. Null when it is not a
 * non-negative number.
 */
export const bacaAngka = (teks: string | null | undefined): number | null => {
  const s = String(teks ?? '').replace(/\s/g, '');
  if (s === '') return null;
  let normal: string;
  if (s.includes(',')) {
    if (!/^\d{1,3}(\.\d{3})*(,\d+)?$/.test(s) && !/^\d+(,\d+)?$/.test(s)) return null;
    normal = s.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    normal = s.replace(/\./g, '');
  } else if (/^\d+(\.\d+)?$/.test(s)) {
    normal = s;
  } else {
    return null;
  }
  const n = Number(normal);
  return Number.isFinite(n) && n >= 0 ? n : null;
};

/** The number as an input shows it: 12.5 → "12,5" (no grouping, so it reads back the same). */
export const angkaKeInput = (nilai: number | null | undefined): string =>
  nilai == null ? '' : String(nilai).replace('.', ',');

/** The months of a renaksi marked RTP: every month with a target when the renaksi is an RTP. */
export const bulanRtp = (renaksi: {
  sebagai_rtp: boolean;
  target: readonly Pick<TargetBulan, 'bulan'>[];
}): Set<number> => new Set(renaksi.sebagai_rtp ? renaksi.target.map((t) => t.bulan) : []);

/** Rows of the yearly grid: per month the target and the realisasi (or null). */
export const petaTahunan = (renaksi: { target: readonly TargetBulan[]; realisasi: readonly Realisasi[] }) =>
  BULAN.map((bulan) => ({
    bulan,
    target: renaksi.target.find((t) => t.bulan === bulan) ?? null,
    realisasi: renaksi.realisasi.find((r) => r.bulan === bulan) ?? null,
  }));

/** Files the server accepts (it checks the content too). */
export const BUKTI_ACCEPT =
  '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,application/pdf,image/jpeg,image/png';
const EKSTENSI_BUKTI = /\.(pdf|jpe?g|png|docx?|xlsx?|pptx?|odt|ods|odp)$/i;

export const tautanValid = (url: string): boolean => {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

export interface IsianBukti {
  berkasBaru: ReadonlyArray<{ name: string; size: number }>;
  tautan: readonly string[];
  /** ids of stored files kept */
  berkasTersimpan: number;
  batasByte?: number;
}

/**
 * Client check of the evidence: at least one file or link, links are http(s), files of an accepted
 * kind and size. Returns {field: message key} (empty when fine).
 */
export const cekBukti = ({
  berkasBaru,
  tautan,
  berkasTersimpan,
  batasByte = 10 * 1024 * 1024,
}: IsianBukti): Record<string, string> => {
  const galat: Record<string, string> = {};
  const tautanIsi = tautan.map((t) => t.trim()).filter(Boolean);
  if (tautanIsi.some((t) => !tautanValid(t))) galat.bukti_url = 'mskp.renaksi.galat.tautan';
  if (berkasBaru.some((f) => !EKSTENSI_BUKTI.test(f.name))) galat.bukti = 'mskp.renaksi.galat.jenis_berkas';
  else if (berkasBaru.some((f) => f.size > batasByte)) galat.bukti = 'mskp.renaksi.galat.berkas_besar';
  if (berkasBaru.length + berkasTersimpan + tautanIsi.length === 0) galat.bukti = 'mskp.renaksi.galat.bukti_wajib';
  return galat;
};

/** Client check of the whole realisasi form: nilai and evidence. */
export const cekRealisasi = (nilai: string, bukti: IsianBukti): Record<string, string> => {
  const galat = cekBukti(bukti);
  if (String(nilai).trim() === '') galat.nilai = 'mskp.renaksi.galat.nilai_wajib';
  else if (bacaAngka(nilai) == null) galat.nilai = 'mskp.renaksi.galat.nilai';
  return galat;
};

export type AlasanTertutup = 'terkunci' | 'diperiksa' | 'lewat_batas' | 'belum_berjalan' | 'skp_belum_disetujui' | null;

/** Why the owner cannot fill (or change) this month's realisasi; null when he can. */
export const alasanTertutup = (
  renaksi: Pick<RenaksiBulan, 'terkunci' | 'realisasi' | 'skp'>,
  konteks: { tahun: number; bulan: number; hariIni: string; lewatBatas: boolean },
): AlasanTertutup => {
  if (renaksi.terkunci) return 'terkunci';
  if (renaksi.realisasi?.status === 'CHECKED') return 'diperiksa';
  if (renaksi.skp && renaksi.skp.status !== 'DISETUJUI') return 'skp_belum_disetujui';
  const awal = `${konteks.tahun}-${String(konteks.bulan).padStart(2, '0')}-01`;
  if (konteks.hariIni < awal) return 'belum_berjalan';
  if (konteks.lewatBatas) return 'lewat_batas';
  return null;
};

/** Monthly targets of the renaksi form: "" = no target; values read the Indonesian way. */
export const targetDariIsian = (
  isian: Record<number, string>,
): { target: Array<{ bulan: number; nilai: number }>; galat: number[] } => {
  const target: Array<{ bulan: number; nilai: number }> = [];
  const galat: number[] = [];
  for (const bulan of BULAN) {
    const teks = (isian[bulan] ?? '').trim();
    if (teks === '') continue;
    const nilai = bacaAngka(teks);
    if (nilai == null) galat.push(bulan);
    else target.push({ bulan, nilai });
  }
  return { target, galat };
};

/** Field errors of a 400 answer: details.field "target[3].nilai" → the month input of target[3]. */
export const fieldTarget = (
  field: string | undefined,
  target: ReadonlyArray<{ bulan: number }>,
): string | undefined => {
  const m = /^target\[(\d+)\]/.exec(field ?? '');
  if (!m) return field;
  const t = target[Number(m[1])];
  return t ? `target.${t.bulan}` : 'target';
};
