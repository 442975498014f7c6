/**
 * Capaian (achievement) rules of domain.md §4, as pure functions over plain data.
 *
 * - `capaianTarget`: one target against one realisation (NAIK, TURUN, range, target 0).
 * - `hitungCapaianPegawai`: the month figure of one pegawai with the formula version in force:
 *   `representatif` (mean of RHK means of renaksi, each capped) or `legacy` (Σ realisasi / Σ target).
 * - `jabatanRerataBawahan` / `pakaiRerataBawahan`: whether a pegawai's month figure is the mean of his
 *   direct structural subordinates (the Kepala OPD rule of the policy) — one decision for every path.
 * - `capaianKepalaOpd`: the head's figure as the mean of his direct structural subordinates;
 *   `capaianAkhir`: that figure or, without one, his own with the reason.
 * - `batasInput` / `lewatBatasInput`: the input deadline of a month.
 *
 * Stored figures are rounded half-up to 2 decimals; means are taken over unrounded values.
 */
import { z } from 'zod';

export type Polaritas = 'NAIK' | 'TURUN';
export type Formula = 'representatif' | 'legacy';

/** A target: a number (min = max) or a range min–max. */
export interface Target {
  min: number;
  max: number;
}

/** Half-up rounding to `d` decimals that is exact for decimal inputs such as 1.005. */
export function bulat(x: number, d = 2): number {
  if (!Number.isFinite(x)) return x;
  const tanda = x < 0 ? -1 : 1;
  const n = Math.round(Number(`${Math.abs(x)}e${d}`));
  return tanda * Number(`${n}e-${d}`) || 0;
}

const sebagaiTarget = (t: Target | number): Target => (typeof t === 'number' ? { min: t, max: t } : t);

/**
 * Raw capaian (percent, unrounded, never negative) of realisation `r` against target `t`:
 * - NAIK: r / t × 100; TURUN: (2t − r) / t × 100, floored at 0;
 * - t = 0: NAIK → 100 if r > 0 else 0; TURUN → 100 if r ≤ 0 else 0;
 * - range a–b, NAIK: r ≥ b → 100; a < r < b → r / b × 100; otherwise r / a × 100 (a = 0 → the t = 0 rule);
 * - range a–b, TURUN (not in the regulation; M-SKP rule): r ≤ b → 100; otherwise the TURUN formula on b.
 */
export function capaianTarget(target: Target | number, r: number, polaritas: Polaritas = 'NAIK'): number {
  const { min: a, max: b } = sebagaiTarget(target);
  const tunggal = (t: number): number => {
    if (t === 0) return polaritas === 'NAIK' ? (r > 0 ? 100 : 0) : r <= 0 ? 100 : 0;
    return polaritas === 'NAIK' ? Math.max(0, (r / t) * 100) : Math.max(0, ((2 * t - r) / t) * 100);
  };
  if (a === b) return tunggal(a);
  if (polaritas === 'TURUN') return r <= b ? 100 : tunggal(b);
  if (r >= b) return 100;
  if (r > a) return (r / b) * 100;
  return tunggal(a);
}

/** Raw and capped capaian of one target, rounded for storage. */
export function capaianTersimpan(target: Target | number, r: number, polaritas: Polaritas, batas: number) {
  const mentah = capaianTarget(target, r, polaritas);
  return { mentah: bulat(mentah), capaian: bulat(Math.min(mentah, batas)) };
}

/** How one renaksi enters the month figure. */
export type StatusRenaksi =
  /** counted: its realisasi against the month target */
  | 'DIHITUNG'
  /** counted as 0: no realisasi and the input deadline has passed */
  | 'NOL_LEWAT_BATAS'
  /** not counted yet: no realisasi, deadline not reached (the figure is provisional) */
  | 'MENUNGGU'
  /** not counted: no target in this month */
  | 'TANPA_TARGET';

export interface RenaksiBulan {
  id: string;
  /** the month's target, or null when the renaksi has none in that month */
  target: number | null;
  /** the month's realisasi value, or null when none was entered */
  realisasi: number | null;
  polaritas?: Polaritas;
}

export interface RhkBulan {
  id: string;
  jenis: 'UTAMA' | 'TAMBAHAN';
  renaksi: RenaksiBulan[];
}

export interface AturanCapaian {
  formula: Formula;
  /** cap of one renaksi's capaian (policy; 100) */
  batas: number;
  /** RHK TAMBAHAN enter the pegawai's figure (representatif) */
  sertakanTambahan: boolean;
  /** the month's input deadline has passed */
  lewatBatas: boolean;
}

export interface HasilRenaksi {
  id: string;
  target: number | null;
  realisasi: number | null;
  capaian_mentah: number | null;
  capaian: number | null;
  status: StatusRenaksi;
}

export interface HasilRhk {
  id: string;
  jenis: 'UTAMA' | 'TAMBAHAN';
  /** null when none of its renaksi is counted this month */
  capaian: number | null;
  /** mean of the raw (uncapped) capaian of its counted renaksi: the advisory rating hasil reads it (domain.md §5) */
  capaian_mentah: number | null;
  /** whether this RHK enters the pegawai's figure */
  dihitung: boolean;
  renaksi: HasilRenaksi[];
}

export interface HasilCapaian {
  /** null when nothing is counted this month (no targets, or only pending realisasi) */
  capaian: number | null;
  formula: Formula;
  /** some renaksi wait for a realisasi before the deadline: the figure may still change */
  sementara: boolean;
  rhk: HasilRhk[];
}

const rata = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function nilaiRenaksi(x: RenaksiBulan, aturan: AturanCapaian): HasilRenaksi & { _capped: number | null } {
  const dasar = { id: x.id, target: x.target, realisasi: x.realisasi };
  if (x.target == null) return { ...dasar, capaian_mentah: null, capaian: null, status: 'TANPA_TARGET', _capped: null };
  if (x.realisasi == null) {
    if (!aturan.lewatBatas) return { ...dasar, capaian_mentah: null, capaian: null, status: 'MENUNGGU', _capped: null };
    return { ...dasar, capaian_mentah: 0, capaian: 0, status: 'NOL_LEWAT_BATAS', _capped: 0 };
  }
  const mentah = capaianTarget(x.target, x.realisasi, x.polaritas ?? 'NAIK');
  const capped = Math.min(mentah, aturan.batas);
  return { ...dasar, capaian_mentah: bulat(mentah), capaian: bulat(capped), status: 'DIHITUNG', _capped: capped };
}

/**
 * The month capaian of one pegawai.
 * representatif: renaksi → capped capaian; RHK → mean of its counted renaksi; pegawai → mean of the
 * RHK UTAMA that have a figure (TAMBAHAN too when the policy says so).
 * legacy: Σ realisasi / Σ target × 100 over every counted renaksi of every RHK (capped at the end);
 * an RHK's figure is the same ratio over its own renaksi.
 */
export function hitungCapaianPegawai(rhk: RhkBulan[], aturan: AturanCapaian): HasilCapaian {
  let sementara = false;
  const perRhk = rhk.map((r) => {
    const renaksi = r.renaksi.map((x) => nilaiRenaksi(x, aturan));
    if (renaksi.some((x) => x.status === 'MENUNGGU')) sementara = true;
    const dihitung = renaksi.filter((x) => x._capped != null);
    let nilai: number | null;
    if (aturan.formula === 'legacy') nilai = dihitung.length ? rasioLegacy(dihitung, aturan.batas) : null;
    else nilai = rata(dihitung.map((x) => x._capped as number));
    const masuk = aturan.formula === 'legacy' || r.jenis === 'UTAMA' || aturan.sertakanTambahan;
    const mentah = rata(
      dihitung.map((x) =>
        x.status === 'DIHITUNG' ? capaianTarget(x.target as number, x.realisasi as number, rhkPolaritas(r, x.id)) : 0,
      ),
    );
    return { r, renaksi, dihitung, nilai, masuk, mentah };
  });

  let capaian: number | null;
  if (aturan.formula === 'legacy') {
    const semua = perRhk.flatMap((x) => x.dihitung);
    capaian = semua.length ? rasioLegacy(semua, aturan.batas) : null;
  } else {
    capaian = rata(perRhk.filter((x) => x.masuk && x.nilai != null).map((x) => x.nilai as number));
  }
  return {
    capaian: capaian == null ? null : bulat(capaian),
    formula: aturan.formula,
    sementara,
    rhk: perRhk.map(({ r, renaksi, nilai, masuk, mentah }) => ({
      id: r.id,
      jenis: r.jenis,
      capaian: nilai == null ? null : bulat(nilai),
      capaian_mentah: mentah == null ? null : bulat(mentah),
      dihitung: masuk && nilai != null,
      renaksi: renaksi.map(({ _capped, ...x }) => x),
    })),
  };
}

const rhkPolaritas = (r: RhkBulan, id: string): Polaritas => r.renaksi.find((x) => x.id === id)?.polaritas ?? 'NAIK';

/** Σ realisasi / Σ target × 100 (target-0 rule when Σ target is 0), capped. Missing realisasi after the deadline count 0. */
function rasioLegacy(xs: HasilRenaksi[], batas: number): number {
  const t = xs.reduce((a, x) => a + (x.target as number), 0);
  const r = xs.reduce((a, x) => a + (x.realisasi ?? 0), 0);
  return Math.min(capaianTarget(t, r, 'NAIK'), batas);
}

export interface BawahanKepala {
  jabatanId: number | string;
  /** holder's capaian this month (definitive holder or PLT); null = vacant post or no figure */
  pemegang: { pegawaiId: number | string; sebagai: string; capaian: number | null } | null;
}

/**
 * Kepala OPD capaian: mean of the month figures of the direct structural subordinates' posts,
 * skipping vacant posts and posts whose holder has no figure this month. Null when none counts.
 */
export function capaianKepalaOpd(bawahan: BawahanKepala[]): {
  capaian: number | null;
  dihitung: number;
  kosong: number;
  jumlah: number;
} {
  const nilai = bawahan.filter((b) => b.pemegang?.capaian != null).map((b) => b.pemegang!.capaian as number);
  const r = rata(nilai);
  return {
    capaian: r == null ? null : bulat(r),
    dihitung: nilai.length,
    kosong: bawahan.filter((b) => !b.pemegang).length,
    jumlah: bawahan.length,
  };
}

/** Policy: which heads take the mean of their direct structural subordinates (domain.md §4). */
export interface AturanKepalaRerata {
  /** jenjang of a head post (`kepala_opd`) that puts it under the rule; default: JPT Pratama */
  jenjang: string[];
  /** kinds of OPD (opd.jenis) whose head is under the rule whatever his jenjang (e.g. KECAMATAN) */
  jenis_opd: string[];
}

/** A post a pegawai holds in the month, as the head-rule decision reads it. */
export interface PosPegawai {
  jabatanId: number | string;
  /** the post heads its OPD (jabatan.kepala_opd) */
  kepala_opd: boolean;
  jenjang: string;
  /** jenis of the post's OPD, null when unknown */
  jenis_opd: string | null;
  /** how he holds it (UTAMA, PLT, PLH, PJ): the definitive post is looked at first */
  jenis_penugasan?: string | null;
}

const URUT_PENUGASAN = ['UTAMA', 'PJ', 'PLT', 'PLH'];

/**
 * Whether one post's holder takes the mean of his direct structural subordinates: only a post that heads an
 * OPD, and only when its jenjang (default JPT Pratama) or its OPD's kind (e.g. KECAMATAN) is named by the
 * policy. Heads of sub-units (Lurah, Kepala UPTD…), Sekretaris, Kabid, Kasubbag, JF and Pelaksana: no.
 */
export function pakaiRerataBawahan(pos: Omit<PosPegawai, 'jabatanId'>, aturan: AturanKepalaRerata): boolean {
  if (!pos.kepala_opd) return false;
  return aturan.jenjang.includes(pos.jenjang) || (pos.jenis_opd != null && aturan.jenis_opd.includes(pos.jenis_opd));
}

/**
 * THE decision of "head under the mean rule" for a pegawai (per-pegawai capaian, bulk TPP capaian, demo seed):
 * among the posts he holds in the month (definitive first, then Pj, Plt, Plh; then the given order), the
 * first one under the rule, or null (he gets his own representative figure).
 */
export function jabatanRerataBawahan<T extends PosPegawai>(pos: T[], aturan: AturanKepalaRerata): T | null {
  const urut = pos
    .map((p, i) => ({ p, i }))
    .sort((a, b) => urutPenugasan(a.p.jenis_penugasan) - urutPenugasan(b.p.jenis_penugasan) || a.i - b.i);
  return urut.find(({ p }) => pakaiRerataBawahan(p, aturan))?.p ?? null;
}
const urutPenugasan = (j: string | null | undefined) => {
  const i = URUT_PENUGASAN.indexOf(j ?? 'UTAMA');
  return i < 0 ? URUT_PENUGASAN.length : i;
};

export type SumberCapaian = 'RENCANA_AKSI' | 'BAWAHAN_LANGSUNG';
export interface AlasanSumberCapaian {
  kode: 'BAWAHAN_LANGSUNG' | 'BAWAHAN_SEMUA_KOSONG' | 'BAWAHAN_TANPA_CAPAIAN';
  uraian: string;
}

/**
 * The figure a pegawai's month ends with: his own (`sendiri`) unless he heads under the mean rule (`kepala`
 * = capaianKepalaOpd over his direct structural posts, null when not under the rule). A head whose direct
 * structural posts are all vacant or without a figure falls back to his own figure, with the reason.
 */
export function capaianAkhir(
  sendiri: number | null,
  kepala: { capaian: number | null; dihitung: number; kosong: number; jumlah: number } | null,
): { capaian: number | null; sumber: SumberCapaian; alasan: AlasanSumberCapaian | null } {
  if (!kepala) return { capaian: sendiri, sumber: 'RENCANA_AKSI', alasan: null };
  if (kepala.capaian != null) {
    return {
      capaian: kepala.capaian,
      sumber: 'BAWAHAN_LANGSUNG',
      alasan: {
        kode: 'BAWAHAN_LANGSUNG',
        uraian: `Capaian Kepala OPD: rata-rata capaian ${kepala.dihitung} jabatan struktural bawahan langsung yang terisi dan memiliki capaian bulan ini.`,
      },
    };
  }
  const semuaKosong = kepala.kosong === kepala.jumlah;
  return {
    capaian: sendiri,
    sumber: 'RENCANA_AKSI',
    alasan: semuaKosong
      ? {
          kode: 'BAWAHAN_SEMUA_KOSONG',
          uraian: kepala.jumlah
            ? 'Semua jabatan struktural bawahan langsung kosong: dipakai capaian rencana aksi sendiri.'
            : 'Tidak ada jabatan struktural bawahan langsung: dipakai capaian rencana aksi sendiri.',
        }
      : {
          kode: 'BAWAHAN_TANPA_CAPAIAN',
          uraian:
            'Jabatan struktural bawahan langsung kosong atau belum memiliki capaian bulan ini: dipakai capaian rencana aksi sendiri.',
        },
  };
}

/** Which posts directly under the head count: JA structural (Administrator, Pengawas); JF only when the policy says so. */
export function jabatanBawahanKepalaDihitung(j: { jenis: string; jenjang: string }, sertakanJf: boolean): boolean {
  if (j.jenis === 'JA') return j.jenjang === 'ADMINISTRATOR' || j.jenjang === 'PENGAWAS';
  if (j.jenis === 'JF') return sertakanJf;
  return false;
}

const dua = (n: number) => String(n).padStart(2, '0');

/** Last day (YYYY-MM-DD, WIB) to enter the realisasi of a month: day `hari` of the next month. */
export function batasInput(tahun: number, bulan: number, hari: number): string {
  const th = bulan === 12 ? tahun + 1 : tahun;
  const bl = bulan === 12 ? 1 : bulan + 1;
  const akhir = new Date(Date.UTC(th, bl, 0)).getUTCDate();
  return `${th}-${dua(bl)}-${dua(Math.min(hari, akhir))}`;
}

export function lewatBatasInput(tahun: number, bulan: number, hari: number, hariIni: string): boolean {
  return hariIni > batasInput(tahun, bulan, hari);
}

/** The month has begun (realisasi can be entered from its first day). */
export function bulanSudahMulai(tahun: number, bulan: number, hariIni: string): boolean {
  return hariIni >= `${tahun}-${dua(bulan)}-01`;
}

/** The date whose policy version governs a month: its first day. */
export const tanggalKebijakanBulan = (tahun: number, bulan: number) => `${tahun}-${dua(bulan)}-01`;

/** Policy `capaian` (config/kebijakan/capaian.json). */
export const skemaCapaian = z.object({
  formula: z.enum(['representatif', 'legacy']),
  batas_capaian: z.number().positive().max(1000),
  sertakan_tambahan: z.boolean(),
  batas_input_hari: z.number().int().min(1).max(31),
  kepala_opd_sertakan_jf: z.boolean(),
  /** which heads take the mean of their direct structural subordinates (domain.md: the JPT Pratama heading an OPD, plus kinds of OPD the Perwali names) */
  kepala_rerata_bawahan: z.object({ jenjang: z.array(z.string().min(1)), jenis_opd: z.array(z.string().min(1)) }),
});
export type KebijakanCapaian = z.infer<typeof skemaCapaian>;
