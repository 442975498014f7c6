/**
 * The version in force of a revised RHK (domain.md §3 "Per-RHK edit"), as pure functions.
 *
 * Model: when an approved RHK is reopened, its approved content (RHK fields, IKI, renaksi with their
 * monthly targets) is frozen on the RHK row (`versi_disetujui`); edits go to the live rows (the working
 * copy). While the revision is open, submitted or rejected, every reader of the plan reads the frozen
 * version; when the revision is approved the frozen version is dropped and the live rows are in force.
 */
import type { TargetBulan } from './renaksi';
import { BOLEH, namaBulan, tolak, type Keputusan } from '@m-skp/inti';

export interface RhkVersi {
  jenis: string;
  uraian: string;
  urutan: number;
  perspektif: string | null;
  rhk_atasan: { documentId: string; uraian: string } | null;
  ekak_sasaran_id: string | null;
  ekak_indikator_id: string | null;
  is_sasaran_prioritas: boolean;
  terdapat_inovasi: boolean;
  inovasi: unknown;
  is_perintah_walikota: boolean;
}

export interface IkiVersi {
  id: number;
  documentId: string;
  uraian: string;
  aspek: string;
  target_teks: string;
  target_min: number;
  target_max: number;
  satuan: string;
  polaritas: string;
  sifat_target: string;
  urutan: number;
  disembunyikan: boolean;
  duplikat_dari: string | null;
}

export interface RenaksiVersi {
  id: number;
  documentId: string;
  uraian: string;
  urutan: number;
  periode: string;
  satuan: string;
  polaritas: 'NAIK' | 'TURUN';
  target: TargetBulan[];
  sebagai_rtp: boolean;
  ekak_renaksi_id: string | null;
  anggaran: number | null;
}

/** The approved content of one RHK, frozen when it is reopened for revision. */
export interface VersiRhk {
  /** when the RHK was reopened (the approved version was frozen) */
  dibekukan_pada: string;
  rhk: RhkVersi;
  iki: IkiVersi[];
  renaksi: RenaksiVersi[];
}

const urut = <T extends { urutan: number; id: number }>(xs: T[]) =>
  [...xs].sort((a, b) => (a.urutan ?? 0) - (b.urutan ?? 0) || a.id - b.id);
const angkaAtauNull = (x: unknown) => (x == null ? null : Number(x));

/** The version of an RHK from its rows (the live rows when it is reopened: the approved version). */
export function versiDariBaris(rhk: any, iki: any[], renaksi: any[], waktu: string): VersiRhk {
  return {
    dibekukan_pada: waktu,
    rhk: {
      jenis: rhk.jenis,
      uraian: rhk.uraian,
      urutan: rhk.urutan,
      perspektif: rhk.perspektif ?? null,
      rhk_atasan: rhk.rhk_atasan ? { documentId: rhk.rhk_atasan.documentId, uraian: rhk.rhk_atasan.uraian } : null,
      ekak_sasaran_id: rhk.ekak_sasaran_id ?? null,
      ekak_indikator_id: rhk.ekak_indikator_id ?? null,
      is_sasaran_prioritas: !!rhk.is_sasaran_prioritas,
      terdapat_inovasi: !!rhk.terdapat_inovasi,
      inovasi: rhk.inovasi ?? null,
      is_perintah_walikota: !!rhk.is_perintah_walikota,
    },
    iki: urut(
      iki.map((i) => ({
        id: i.id,
        documentId: i.documentId,
        uraian: i.uraian,
        aspek: i.aspek,
        target_teks: i.target_teks,
        target_min: Number(i.target_min),
        target_max: Number(i.target_max),
        satuan: i.satuan,
        polaritas: i.polaritas,
        sifat_target: i.sifat_target,
        urutan: i.urutan ?? 1,
        disembunyikan: !!i.disembunyikan,
        duplikat_dari: i.duplikat_dari ?? null,
      })),
    ),
    renaksi: urut(
      renaksi.map((r) => ({
        id: r.id,
        documentId: r.documentId,
        uraian: r.uraian,
        urutan: r.urutan ?? 1,
        periode: r.periode,
        satuan: r.satuan,
        polaritas: r.polaritas,
        target: (typeof r.target === 'string' ? JSON.parse(r.target) : (r.target ?? [])).map((t: any) => ({
          bulan: Number(t.bulan),
          nilai: Number(t.nilai),
        })),
        sebagai_rtp: !!r.sebagai_rtp,
        ekak_renaksi_id: r.ekak_renaksi_id ?? null,
        anggaran: angkaAtauNull(r.anggaran),
      })),
    ),
  };
}

/** A stored version (JSON column: object or, on some drivers, text); null when none. */
export function bacaVersi(x: unknown): VersiRhk | null {
  const v = typeof x === 'string' ? JSON.parse(x) : x;
  return v && typeof v === 'object' && Array.isArray((v as VersiRhk).renaksi) ? (v as VersiRhk) : null;
}

/**
 * The renaksi in force for one live renaksi row: itself when its RHK has no frozen version, the frozen
 * copy when it has one, null when the renaksi was added during the revision (not in force yet).
 */
export function renaksiBerlaku<T extends { id: number }>(hidup: T, versi: VersiRhk | null): T | RenaksiVersi | null {
  if (!versi) return hidup;
  return versi.renaksi.find((x) => x.id === hidup.id) ?? null;
}

/**
 * The plan rows in force: rows of RHK without a frozen version as they are; rows of RHK with one
 * replaced by its frozen renaksi (added rows dropped, changed rows restored, deleted rows back).
 * `dariVersi` builds a row from a frozen renaksi, given the live row of the same id when there is one.
 */
export function barisBerlaku<T extends { id: number }>(
  hidup: T[],
  rhkDari: (t: T) => number,
  versi: Map<number, VersiRhk>,
  dariVersi: (x: RenaksiVersi, rhkId: number, v: VersiRhk, hidup: T | undefined) => T,
): T[] {
  if (!versi.size) return hidup;
  const perId = new Map<number, T>(hidup.map((t) => [t.id, t]));
  const out = hidup.filter((t) => !versi.has(rhkDari(t)));
  for (const [rhkId, v] of versi) for (const x of v.renaksi) out.push(dariVersi(x, rhkId, v, perId.get(x.id)));
  return out;
}

/** One changed field of a revised RHK, for the penilai's review (old → new). */
export interface Perubahan {
  objek: 'RHK' | 'IKI' | 'RENAKSI';
  /** documentId of the RHK, IKI or renaksi */
  id: string;
  /** its text (the new one when it changed) */
  nama: string;
  /** the field; `ada` for an object added (lama null) or removed (baru null) */
  field: string;
  lama: unknown;
  baru: unknown;
}

const BIDANG_RHK: (keyof RhkVersi)[] = [
  'jenis',
  'uraian',
  'urutan',
  'perspektif',
  'is_sasaran_prioritas',
  'terdapat_inovasi',
  'is_perintah_walikota',
];
const BIDANG_IKI = ['uraian', 'aspek', 'target', 'satuan', 'polaritas', 'sifat_target'] as const;
const BIDANG_RENAKSI = ['uraian', 'periode', 'satuan', 'polaritas', 'sebagai_rtp'] as const;
const sama = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const nilaiIki = (i: IkiVersi, f: (typeof BIDANG_IKI)[number]) => (f === 'target' ? i.target_teks : i[f]);
const teksTarget = (t: TargetBulan[]) => new Map(t.map((x) => [x.bulan, Number(x.nilai)]));

/**
 * Old → new of a revised RHK, field by field: RHK fields (rhk_atasan by its text), each IKI and each
 * renaksi matched by id (added: field `ada` lama null; removed: baru null), renaksi targets per month
 * (`target_bulan_<n>`). Empty when nothing changed.
 */
export function perubahanRhk(lama: VersiRhk, baru: VersiRhk, rhkId: string): Perubahan[] {
  const out: Perubahan[] = [];
  for (const f of BIDANG_RHK)
    if (!sama(lama.rhk[f], baru.rhk[f]))
      out.push({
        objek: 'RHK',
        id: rhkId,
        nama: baru.rhk.uraian,
        field: f,
        lama: lama.rhk[f] ?? null,
        baru: baru.rhk[f] ?? null,
      });
  if (!sama(lama.rhk.rhk_atasan?.documentId, baru.rhk.rhk_atasan?.documentId)) {
    out.push({
      objek: 'RHK',
      id: rhkId,
      nama: baru.rhk.uraian,
      field: 'rhk_atasan',
      lama: lama.rhk.rhk_atasan?.uraian ?? null,
      baru: baru.rhk.rhk_atasan?.uraian ?? null,
    });
  }
  const banding = <T extends { id: number; documentId: string; uraian: string }>(
    objek: 'IKI' | 'RENAKSI',
    xs: T[],
    ys: T[],
    bidang: readonly string[],
    nilai: (t: T, f: string) => unknown,
    tambahan?: (a: T, b: T) => Perubahan[],
  ) => {
    const baruPerId = new Map(ys.map((y) => [y.id, y]));
    const lamaPerId = new Map(xs.map((x) => [x.id, x]));
    for (const x of xs) {
      const y = baruPerId.get(x.id);
      if (!y) {
        out.push({ objek, id: x.documentId, nama: x.uraian, field: 'ada', lama: x.uraian, baru: null });
        continue;
      }
      for (const f of bidang)
        if (!sama(nilai(x, f), nilai(y, f)))
          out.push({
            objek,
            id: y.documentId,
            nama: y.uraian,
            field: f,
            lama: nilai(x, f) ?? null,
            baru: nilai(y, f) ?? null,
          });
      if (tambahan) out.push(...tambahan(x, y));
    }
    for (const y of ys)
      if (!lamaPerId.has(y.id))
        out.push({ objek, id: y.documentId, nama: y.uraian, field: 'ada', lama: null, baru: y.uraian });
  };
  banding('IKI', lama.iki, baru.iki, BIDANG_IKI, (i, f) => nilaiIki(i, f as (typeof BIDANG_IKI)[number]));
  banding(
    'RENAKSI',
    lama.renaksi,
    baru.renaksi,
    BIDANG_RENAKSI,
    (r, f) => (r as any)[f],
    (a, b) => {
      const ta = teksTarget(a.target);
      const tb = teksTarget(b.target);
      const bulan = [...new Set([...ta.keys(), ...tb.keys()])].sort((m, n) => m - n);
      return bulan
        .filter((m) => ta.get(m) !== tb.get(m))
        .map((m) => ({
          objek: 'RENAKSI' as const,
          id: b.documentId,
          nama: b.uraian,
          field: `target_bulan_${m}`,
          lama: ta.get(m) ?? null,
          baru: tb.get(m) ?? null,
        }));
    },
  );
  return out;
}

/** A live renaksi row of a revised RHK as approval sees it. */
export interface RenaksiDraf {
  id: number;
  documentId: string;
  uraian: string;
  target: TargetBulan[] | string | null;
  /** set when the owner deleted it during the revision while it belongs to the approved version */
  dihapus_dalam_revisi?: unknown;
}

/** A stored realisasi that approving a revision would leave without a plan. */
export interface RealisasiTertinggal {
  /** documentId of the renaksi */
  renaksi: string;
  uraian: string;
  bulan: number;
  /** RENAKSI_DIHAPUS: the revision deletes the renaksi; BULAN_DIHAPUS: it removes that month's target */
  sebab: 'RENAKSI_DIHAPUS' | 'BULAN_DIHAPUS';
}

/**
 * The stored realisasi that approving a revision would orphan (issue 10 item 3): realisasi of a renaksi the
 * revision deletes, and realisasi of a month whose target the revision removes. Such realisasi were entered
 * against the approved version while the revision was pending; approval must not silently stop counting
 * them, so it is refused while this list is not empty. Ordered by renaksi then month.
 */
export function realisasiTertinggal(
  renaksi: RenaksiDraf[],
  realisasi: { renaksiId: number; bulan: number }[],
): RealisasiTertinggal[] {
  const perId = new Map(renaksi.map((r) => [r.id, r]));
  const out: RealisasiTertinggal[] = [];
  for (const x of realisasi) {
    const r = perId.get(x.renaksiId);
    if (!r) continue;
    const target: TargetBulan[] = typeof r.target === 'string' ? JSON.parse(r.target) : (r.target ?? []);
    const bulan = Number(x.bulan);
    if (r.dihapus_dalam_revisi) out.push({ renaksi: r.documentId, uraian: r.uraian, bulan, sebab: 'RENAKSI_DIHAPUS' });
    else if (!target.some((t) => Number(t.bulan) === bulan))
      out.push({ renaksi: r.documentId, uraian: r.uraian, bulan, sebab: 'BULAN_DIHAPUS' });
  }
  const urutan = new Map(renaksi.map((r, i) => [r.documentId, i]));
  return out.sort((a, b) => (urutan.get(a.renaksi) ?? 0) - (urutan.get(b.renaksi) ?? 0) || a.bulan - b.bulan);
}

/**
 * Approving a revision never orphans a realisasi: 409 REVISI_MENINGGALKAN_REALISASI naming each realisasi whose
 * renaksi or month target the revision removed (the owner restores them first).
 */
export function aturanSetujuiRevisi(tertinggal: RealisasiTertinggal[]): Keputusan {
  if (!tertinggal.length) return BOLEH;
  const sebut = tertinggal
    .map(
      (x) =>
        `"${x.uraian}" bulan ${namaBulan(x.bulan)} (${x.sebab === 'RENAKSI_DIHAPUS' ? 'rencana aksinya dihapus' : 'target bulannya dihapus'})`,
    )
    .join('; ');
  return tolak(
    409,
    'REVISI_MENINGGALKAN_REALISASI',
    `Revisi belum dapat disetujui karena realisasi berikut sudah diisi tetapi tidak lagi mempunyai rencana dalam revisi: ${sebut}. ` +
      'Pemilik SKP perlu memulihkan rencana aksi atau target bulan tersebut lebih dulu.',
    undefined,
    { realisasi: tertinggal },
  );
}
