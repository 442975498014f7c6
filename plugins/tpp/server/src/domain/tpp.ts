/**
 * TPP (Tambahan Penghasilan Pegawai) of one pegawai for one month (domain.md §7): a pure function of
 * plain data and one policy version (config/kebijakan/tpp.json). No Strapi, no clock, no database.
 *
 * Money is whole rupiah computed with decimal arithmetic; each component is rounded half up once,
 * at its end; totals are sums of rounded components, so
 * jumlah_ditransfer = jumlah_tpp − jumlah_potongan holds exactly on every row.
 */
import { z } from 'zod';
import DecimalBase from 'decimal.js';
import { namaBulan } from '@m-skp/inti';

/** A private Decimal constructor: 40 significant digits, half up (never touches the global one). */
const D = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;
const NOL = new D(0);
const persen = (x: number | Dec) => new D(x).div(100);
/** Whole rupiah, half up (…,5 → up). */
const bulat = (x: Dec): number => x.toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();

export const KELOMPOK_DISIPLIN = ['1_30', '31_60', '61_90', '91_atau_tanpa_rekam'] as const;
export type KodeKelompok = (typeof KELOMPOK_DISIPLIN)[number];
const ROMAWI_PPPK = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;
const ROMAWI_PNS = ['I', 'II', 'III', 'IV'] as const;
const KELAS = Array.from({ length: 17 }, (_, i) => String(i + 1));

const rupiah = z.number().int().min(0);
const persenAngka = z.number().min(0).max(100);
/** One rupiah figure per kelas jabatan 1–17 (all required). */
const tabelKelas = z.object(Object.fromEntries(KELAS.map((k) => [k, rupiah])) as Record<string, typeof rupiah>);

/** Value schema of policy `tpp` (registered by the tpp plugin; start-up fails on a bad table). */
export const skemaTpp = z
  .object({
    tpp_max: tabelKelas,
    /** basic = tukin_BPK(kelas) × IKFD × IKK × IPPD replaces tpp_max when `aktif`. */
    basic: z
      .object({
        aktif: z.boolean(),
        tukin_bpk: tabelKelas,
        ikfd: z.number().positive().max(10),
        ikk: z.number().positive().max(10),
        ippd: z.number().positive().max(10),
      })
      .optional(),
    pembagian: z.object({ beban_kerja_persen: persenAngka, prestasi_kerja_persen: persenAngka }),
    prestasi: z.object({
      aturan: z.enum(['LINEAR', 'TABEL_PREDIKAT']),
      batas_capaian: z.number().positive().max(1000),
      /** predikat kode (1 Sangat Baik … 5 Sangat Kurang) whose month pays no prestasi kerja */
      nol_untuk_predikat: z.array(z.number().int().min(1).max(5)),
      tabel_predikat: z
        .object({ '1': persenAngka, '2': persenAngka, '3': persenAngka, '4': persenAngka, '5': persenAngka })
        .optional(),
    }),
    disiplin: z.object({
      kelompok: z
        .array(z.object({ kode: z.enum(KELOMPOK_DISIPLIN), label: z.string().min(1), persen: persenAngka }))
        .length(KELOMPOK_DISIPLIN.length)
        .refine((xs) => new Set(xs.map((x) => x.kode)).size === xs.length, 'setiap kelompok disiplin sekali'),
      alpa_persen_per_hari: persenAngka,
      hukuman_disiplin_nol: z.boolean(),
      maks_potongan_persen: persenAngka,
    }),
    cpns_persen: persenAngka,
    plt: z.enum(['KELAS_TERTINGGI', 'KELAS_DEFINITIF']),
    pph21: z.object({
      metode: z.literal('FINAL_GOLONGAN'),
      termasuk_tunjangan_iuran: z.boolean(),
      persen_golongan: z.object(
        Object.fromEntries(ROMAWI_PNS.map((g) => [g, persenAngka])) as Record<string, typeof persenAngka>,
      ),
      persen_pppk: z.object(
        Object.fromEntries(ROMAWI_PPPK.map((g) => [g, persenAngka])) as Record<string, typeof persenAngka>,
      ),
    }),
    /** salary basis for BPJS per golongan, used by the run when the pegawai record holds no salary */
    gaji_bpjs: z
      .object({
        keterangan: z.string().optional(),
        pns: z.object(Object.fromEntries(ROMAWI_PNS.map((g) => [g, rupiah])) as Record<string, typeof rupiah>),
        pppk: z.object(Object.fromEntries(ROMAWI_PPPK.map((g) => [g, rupiah])) as Record<string, typeof rupiah>),
      })
      .optional(),
    /**
     * Fixed monthly amounts of a post (domain.md §7: kondisi kerja, tempat bertugas, kelangkaan profesi), by the
     * jabatan's `kode`, as the Perwali lists them; paid besides beban and prestasi kerja, with no deduction.
     */
    komponen_tetap: z
      .record(
        z.string().min(1),
        z.object({
          kondisi_kerja: rupiah.optional(),
          tempat_bertugas: rupiah.optional(),
          kelangkaan_profesi: rupiah.optional(),
          keterangan: z.string().optional(),
        }),
      )
      .optional(),
    bpjs: z.object({
      pemberi_kerja_persen: persenAngka,
      pegawai_persen: persenAngka,
      batas_atas: rupiah,
      tanpa_bulan: z.array(z.number().int().min(1).max(14)),
    }),
  })
  .refine((k) => k.pembagian.beban_kerja_persen + k.pembagian.prestasi_kerja_persen === 100, {
    message: 'beban_kerja_persen + prestasi_kerja_persen harus 100',
    path: ['pembagian'],
  })
  .refine((k) => k.prestasi.aturan !== 'TABEL_PREDIKAT' || !!k.prestasi.tabel_predikat, {
    message: 'aturan TABEL_PREDIKAT memerlukan tabel_predikat',
    path: ['prestasi', 'tabel_predikat'],
  });

export type KebijakanTpp = z.infer<typeof skemaTpp>;
export interface VersiTpp {
  kode: string;
  berlaku_mulai: string;
  nilai: KebijakanTpp;
}

/** Monthly discipline summary (imported): counts of late arrivals / early leaves per bucket, days absent. */
export interface PresensiBulanan {
  telat_1_30: number;
  telat_31_60: number;
  telat_61_90: number;
  telat_91_atau_tanpa_rekam: number;
  pulang_cepat_1_30: number;
  pulang_cepat_31_60: number;
  pulang_cepat_61_90: number;
  pulang_cepat_91_atau_tanpa_rekam: number;
  /** days absent without leave (alpa) */
  alpa_hari: number;
  hukuman_disiplin_aktif: boolean;
}

export type JenisPotonganLain = 'ZAKAT' | 'BULOG' | 'LAIN';

export interface MasukanTpp {
  /** 1–12, 13 (THR), 14 (gaji-13) */
  bulan: number;
  kelas: number;
  /** kelas of the position held as Plt in the month, if any */
  kelas_plt?: number | null;
  cpns: boolean;
  /** SIASN code ('31', '44'), PNS label ('III/a') or PPPK roman numeral ('IX') */
  golongan: string;
  /** monthly salary counted for BPJS Kesehatan (gaji pokok + tunjangan melekat) */
  gaji_bpjs: number;
  /** BPJS already paid through the salary; default: the same rates on min(gaji_bpjs, batas_atas) */
  bpjs_sudah_dibayar_gaji?: { pemberi_kerja: number; pegawai: number } | null;
  /** monthly capaian in percent (may exceed 100), null when no figure */
  capaian: number | null;
  /** predikat kode of the month's evaluation (5 = Sangat Kurang), null when not evaluated */
  predikat_kode: number | null;
  presensi: PresensiBulanan;
  kondisi_kerja?: number;
  tempat_bertugas?: number;
  kelangkaan_profesi?: number;
  potongan_lain?: { jenis: JenisPotonganLain; jumlah: number; keterangan?: string }[];
}

export type KomponenAlasan =
  'BEBAN_KERJA' | 'PRESTASI_KERJA' | 'PPH_21' | 'BPJS' | 'POTONGAN_LAIN' | 'PAGU' | 'KOMPONEN_TETAP';
export interface AlasanTpp {
  komponen: KomponenAlasan;
  kode: string;
  /** Indonesian text for the ASN portal */
  uraian: string;
  persen?: number;
  jumlah?: number;
}

export interface HasilTpp {
  kebijakan: { kode: string; berlaku_mulai: string };
  bulan: number;
  kelas_dipakai: number;
  sumber_kelas: 'DEFINITIF' | 'PLT';
  /** ceiling of the kelas (or basic) before the CPNS percentage */
  pagu_kelas: number;
  /** ceiling after the CPNS percentage: the base of beban and prestasi kerja */
  tpp_max: number;
  capaian_dipakai: number | null;
  persen_potongan_disiplin: number;
  belanja_tpp_beban_kerja: number;
  belanja_tpp_tempat_bertugas: number;
  belanja_tpp_kondisi_kerja: number;
  belanja_tpp_kelangkaan_profesi: number;
  belanja_tpp_prestasi_kerja: number;
  /** employer's BPJS Kesehatan part, paid as allowance (and deducted again) */
  tunjangan_iuran_jaminan_kesehatan: number;
  tunjangan_iuran_jaminan_kecelakaan_kerja: number;
  tunjangan_iuran_jaminan_kematian: number;
  tunjangan_jaminan_hari_tua: number;
  tunjangan_jaminan_pensiun: number;
  tunjangan_iuran_simpanan_tapera: number;
  /** the employer part deducted (equals tunjangan_iuran_jaminan_kesehatan) */
  potongan_iuran_jaminan_kesehatan: number;
  /** employee's BPJS Kesehatan part (iuran wajib pegawai 1%) */
  'iwp_1%': number;
  pph_21: number;
  zakat: number;
  bulog: number;
  /** other deductions besides zakat and bulog */
  potongan_lain: number;
  jumlah_tpp: number;
  jumlah_potongan: number;
  jumlah_ditransfer: number;
  alasan: AlasanTpp[];
}

const JENIS_DISIPLIN = [
  ['telat', 'Terlambat masuk'],
  ['pulang_cepat', 'Pulang sebelum waktunya'],
] as const;
/** A TPP period month by name: 1–12 as the calendar, 13 the THR, 14 the 13th salary. */
export const namaBulanTpp = (bulan: number): string =>
  bulan === 13 ? 'THR (bulan 13)' : bulan === 14 ? 'Gaji ke-13 (bulan 14)' : namaBulan(bulan);
/** Formatters built once: constructing an Intl.NumberFormat costs tens of µs, and a run formats ~10 figures per pegawai. */
const FORMAT_RUPIAH = new Intl.NumberFormat('id-ID');
const FORMAT_PERSEN = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const rp = (n: number) => 'Rp' + FORMAT_RUPIAH.format(n);
const pct = (x: Dec | number) => new D(x).toDecimalPlaces(2).toNumber();
const fmtPct = (x: Dec | number) => FORMAT_PERSEN.format(pct(x)) + '%';

/** Galat of bad input (the run turns it into a row error); messages in Indonesian. */
export class MasukanTppTidakValid extends Error {
  constructor(
    readonly field: string,
    pesan: string,
  ) {
    super(pesan);
    this.name = 'MasukanTppTidakValid';
  }
}

/** Golongan as tax group: PNS I–IV from a SIASN code or label; PPPK I–XVII. */
export function kelompokGolongan(golongan: string): { jenis: 'PNS' | 'PPPK'; ruang: string } {
  const g = String(golongan ?? '')
    .trim()
    .toUpperCase();
  if (/^[1-3][1-4]$|^4[1-5]$/.test(g)) return { jenis: 'PNS', ruang: ROMAWI_PNS[Number(g[0]) - 1] };
  const label = /^(IV|III|II|I)\s*\/\s*[A-E]$/.exec(g);
  if (label) return { jenis: 'PNS', ruang: label[1] };
  if ((ROMAWI_PPPK as readonly string[]).includes(g)) return { jenis: 'PPPK', ruang: g };
  throw new MasukanTppTidakValid(
    'golongan',
    `Golongan "${golongan}" tidak dikenal: gunakan kode SIASN (mis. 31), label PNS (mis. III/a) atau golongan PPPK I–XVII.`,
  );
}

function wajibKelas(kelas: unknown, field: string): number {
  if (!Number.isInteger(kelas) || (kelas as number) < 1 || (kelas as number) > 17)
    throw new MasukanTppTidakValid(field, `Kelas jabatan harus bilangan bulat 1–17, bukan ${String(kelas)}.`);
  return kelas as number;
}
function wajibRupiah(x: unknown, field: string): number {
  if (x == null) return 0;
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0)
    throw new MasukanTppTidakValid(field, `${field} harus angka rupiah tidak negatif.`);
  return x;
}
function wajibHitungan(x: unknown, field: string): number {
  if (!Number.isInteger(x) || (x as number) < 0)
    throw new MasukanTppTidakValid(field, `${field} harus bilangan bulat tidak negatif.`);
  return x as number;
}

/** The ceiling of a kelas: the basic formula when configured and active, else the tpp_max table. */
export function paguKelas(kelas: number, k: KebijakanTpp): Dec {
  const kunci = String(kelas);
  if (k.basic?.aktif) return new D(k.basic.tukin_bpk[kunci]).mul(k.basic.ikfd).mul(k.basic.ikk).mul(k.basic.ippd);
  return new D(k.tpp_max[kunci]);
}

/** The date whose policy version governs a month: day 1 of months 1–12; months 13 and 14 use 1 January. */
export const tanggalKebijakanTpp = (tahun: number, bulan: number) =>
  `${tahun}-${String(bulan >= 1 && bulan <= 12 ? bulan : 1).padStart(2, '0')}-01`;

/**
 * What a policy version fixes for every pegawai of a run: the ceiling and its beban/prestasi bases per kelas
 * (and CPNS), the policy's rates as decimals and their printed forms. Built lazily per kelas; the same
 * decimal operations in the same order as computing them per pegawai, so the figures are identical.
 */
function konstantaTpp(k: KebijakanTpp) {
  const perKelas = new Map<string, { pagu: Dec; tppMax: Dec; dasarBeban: Dec; dasarPrestasi: Dec }>();
  const pagu = new Map<number, Dec>();
  const paguDari = (kelas: number) => {
    let x = pagu.get(kelas);
    if (!x) pagu.set(kelas, (x = paguKelas(kelas, k)));
    return x;
  };
  const persenCpns = persen(k.cpns_persen);
  const persenBeban = persen(k.pembagian.beban_kerja_persen);
  const persenPrestasi = persen(k.pembagian.prestasi_kerja_persen);
  const teksPersen = new Map<number, string>();
  return {
    paguDari,
    /** pagu, pagu after CPNS, and the beban/prestasi kerja bases of a kelas */
    dasar(kelas: number, cpns: boolean) {
      const kunci = `${kelas}:${cpns ? 1 : 0}`;
      let x = perKelas.get(kunci);
      if (!x) {
        const p = paguDari(kelas);
        const tppMax = cpns ? p.mul(persenCpns) : p;
        x = { pagu: p, tppMax, dasarBeban: tppMax.mul(persenBeban), dasarPrestasi: tppMax.mul(persenPrestasi) };
        perKelas.set(kunci, x);
      }
      return x;
    },
    /** fmtPct of a policy figure (a plain number), memoised */
    fmtPersen(x: number) {
      let t = teksPersen.get(x);
      if (t === undefined) teksPersen.set(x, (t = fmtPct(x)));
      return t;
    },
    kelompok: k.disiplin.kelompok.map((g) => ({ g, persen: new D(g.persen) })),
    alpaPersen: new D(k.disiplin.alpa_persen_per_hari),
    batasBpjs: new D(k.bpjs.batas_atas),
    persenPemberi: persen(k.bpjs.pemberi_kerja_persen),
    persenPegawai: persen(k.bpjs.pegawai_persen),
    rpBatasBpjs: rp(k.bpjs.batas_atas),
  };
}

/** Computes every component of one pegawai's TPP for one month. Throws MasukanTppTidakValid on bad input. */
export function hitungTpp(m: MasukanTpp, versi: VersiTpp): HasilTpp {
  return penghitungTpp(versi)(m);
}

/**
 * hitungTpp for many pegawai under one policy version (the TPP run): the policy's constants are computed once
 * (konstantaTpp), not per pegawai. The version must not change while the returned function is used.
 */
export function penghitungTpp(versi: VersiTpp): (m: MasukanTpp) => HasilTpp {
  const k = versi.nilai;
  const c = konstantaTpp(k);
  return (m) => hitungSatu(m, versi, k, c);
}

function hitungSatu(m: MasukanTpp, versi: VersiTpp, k: KebijakanTpp, c: ReturnType<typeof konstantaTpp>): HasilTpp {
  if (!Number.isInteger(m.bulan) || m.bulan < 1 || m.bulan > 14)
    throw new MasukanTppTidakValid('bulan', 'Bulan TPP harus 1–12, 13 (THR) atau 14 (gaji ke-13).');
  const alasan: AlasanTpp[] = [];

  // Ceiling: kelas (Plt: the higher of the two by policy), then CPNS.
  const kelas = wajibKelas(m.kelas, 'kelas');
  const kelasPlt = m.kelas_plt == null ? null : wajibKelas(m.kelas_plt, 'kelas_plt');
  const pakaiPlt = kelasPlt != null && k.plt === 'KELAS_TERTINGGI' && c.paguDari(kelasPlt).gt(c.paguDari(kelas));
  const kelasDipakai = pakaiPlt ? (kelasPlt as number) : kelas;
  if (pakaiPlt)
    alasan.push({
      komponen: 'PAGU',
      kode: 'PLT_KELAS_TERTINGGI',
      uraian: `Sebagai Plt, TPP dihitung dari kelas jabatan ${kelasDipakai} (lebih tinggi dari kelas definitif ${kelas}).`,
    });
  const { pagu, tppMax, dasarBeban, dasarPrestasi } = c.dasar(kelasDipakai, !!m.cpns);
  if (m.cpns) {
    alasan.push({
      komponen: 'PAGU',
      kode: 'CPNS',
      uraian: `CPNS menerima ${c.fmtPersen(k.cpns_persen)} dari pagu TPP kelas ${kelasDipakai}.`,
      persen: k.cpns_persen,
    });
  }

  // Beban kerja less discipline deductions (percent of the beban kerja component).
  const p = m.presensi;
  if (!p) throw new MasukanTppTidakValid('presensi', 'Ringkasan presensi bulanan wajib ada (boleh semua nol).');
  let potongan = NOL;
  if (p.hukuman_disiplin_aktif && k.disiplin.hukuman_disiplin_nol) {
    potongan = new D(100);
    alasan.push({
      komponen: 'BEBAN_KERJA',
      kode: 'HUKUMAN_DISIPLIN',
      uraian: 'Sedang menjalani hukuman disiplin: TPP beban kerja tidak dibayarkan bulan ini.',
      persen: 100,
      jumlah: bulat(dasarBeban),
    });
  } else {
    const rinci: AlasanTpp[] = [];
    for (const { g, persen: persenG } of c.kelompok) {
      for (const [awalan, nama] of JENIS_DISIPLIN) {
        const field = `${awalan}_${g.kode}` as keyof PresensiBulanan;
        const n = wajibHitungan(p[field], `presensi.${field}`);
        if (!n) continue;
        const x = persenG.mul(n);
        potongan = potongan.add(x);
        rinci.push({
          komponen: 'BEBAN_KERJA',
          kode: `${awalan.toUpperCase()}_${g.kode.toUpperCase()}`,
          uraian: `${nama} ${g.label}: ${n} kali × ${c.fmtPersen(g.persen)} = ${fmtPct(x)} dari TPP beban kerja.`,
          persen: pct(x),
          jumlah: bulat(dasarBeban.mul(persen(x))),
        });
      }
    }
    const alpa = wajibHitungan(p.alpa_hari, 'presensi.alpa_hari');
    if (alpa) {
      const x = c.alpaPersen.mul(alpa);
      potongan = potongan.add(x);
      rinci.push({
        komponen: 'BEBAN_KERJA',
        kode: 'ALPA',
        uraian: `Tidak masuk kerja tanpa keterangan: ${alpa} hari × ${c.fmtPersen(k.disiplin.alpa_persen_per_hari)} = ${fmtPct(x)} dari TPP beban kerja.`,
        persen: pct(x),
        jumlah: bulat(dasarBeban.mul(persen(x))),
      });
    }
    alasan.push(...rinci);
    if (potongan.gt(k.disiplin.maks_potongan_persen)) {
      potongan = new D(k.disiplin.maks_potongan_persen);
      alasan.push({
        komponen: 'BEBAN_KERJA',
        kode: 'POTONGAN_MAKSIMUM',
        uraian: `Potongan disiplin dibatasi paling banyak ${fmtPct(potongan)} dari TPP beban kerja.`,
        persen: pct(potongan),
      });
    }
  }
  const beban = bulat(dasarBeban.mul(new D(100).sub(potongan)).div(100));

  // Prestasi kerja from the month's capaian (or the table by predikat).
  let faktorPrestasi: Dec;
  let capaianDipakai: number | null = null;
  if (m.predikat_kode != null && k.prestasi.nol_untuk_predikat.includes(m.predikat_kode)) {
    faktorPrestasi = NOL;
    alasan.push({
      komponen: 'PRESTASI_KERJA',
      kode: 'PREDIKAT_NOL',
      uraian: `Predikat kinerja bulan ini ${m.predikat_kode === 5 ? 'Sangat Kurang' : `kode ${m.predikat_kode}`}: TPP prestasi kerja tidak dibayarkan.`,
      persen: 100,
      jumlah: bulat(dasarPrestasi),
    });
  } else if (k.prestasi.aturan === 'TABEL_PREDIKAT') {
    const t = k.prestasi.tabel_predikat!;
    const persenTabel = m.predikat_kode != null ? (t as Record<string, number>)[String(m.predikat_kode)] : undefined;
    faktorPrestasi = persenTabel == null ? NOL : persen(persenTabel);
    if (persenTabel == null)
      alasan.push({
        komponen: 'PRESTASI_KERJA',
        kode: 'PREDIKAT_BELUM_ADA',
        uraian: 'Evaluasi kinerja bulan ini belum ada: TPP prestasi kerja belum dapat dibayarkan.',
        persen: 100,
        jumlah: bulat(dasarPrestasi),
      });
    else if (persenTabel < 100)
      alasan.push({
        komponen: 'PRESTASI_KERJA',
        kode: 'TABEL_PREDIKAT',
        uraian: `Predikat kinerja bulan ini memberi ${fmtPct(persenTabel)} dari TPP prestasi kerja.`,
        persen: pct(100 - persenTabel),
        jumlah: bulat(dasarPrestasi.mul(persen(100 - persenTabel))),
      });
  } else if (m.capaian == null) {
    faktorPrestasi = NOL;
    alasan.push({
      komponen: 'PRESTASI_KERJA',
      kode: 'CAPAIAN_BELUM_ADA',
      uraian: 'Capaian kinerja bulan ini belum tersedia: TPP prestasi kerja belum dapat dibayarkan.',
      persen: 100,
      jumlah: bulat(dasarPrestasi),
    });
  } else {
    if (typeof m.capaian !== 'number' || !Number.isFinite(m.capaian) || m.capaian < 0)
      throw new MasukanTppTidakValid('capaian', 'Capaian harus angka persen tidak negatif atau null.');
    const c = D.min(new D(m.capaian), new D(k.prestasi.batas_capaian));
    capaianDipakai = c.toNumber();
    faktorPrestasi = c.div(100);
    if (c.lt(100))
      alasan.push({
        komponen: 'PRESTASI_KERJA',
        kode: 'CAPAIAN',
        uraian: `Capaian kinerja bulan ini ${fmtPct(c)}: TPP prestasi kerja dibayar ${fmtPct(c)}.`,
        persen: pct(new D(100).sub(c)),
        jumlah: bulat(dasarPrestasi.mul(new D(1).sub(faktorPrestasi))),
      });
  }
  const prestasi = bulat(dasarPrestasi.mul(faktorPrestasi));

  const tempat = bulat(new D(wajibRupiah(m.tempat_bertugas, 'tempat_bertugas')));
  const kondisi = bulat(new D(wajibRupiah(m.kondisi_kerja, 'kondisi_kerja')));
  const kelangkaan = bulat(new D(wajibRupiah(m.kelangkaan_profesi, 'kelangkaan_profesi')));
  const tppKomponen = beban + prestasi + tempat + kondisi + kelangkaan;

  // BPJS Kesehatan on min(gaji + TPP, ceiling) less what the salary already paid; none in months 13/14.
  let iuranPemberi = 0;
  let iuranPegawai = 0;
  if (k.bpjs.tanpa_bulan.includes(m.bulan)) {
    alasan.push({
      komponen: 'BPJS',
      kode: 'TANPA_BPJS',
      uraian: `${namaBulanTpp(m.bulan)}: tidak dikenakan iuran BPJS Kesehatan.`,
    });
  } else {
    const gaji = new D(wajibRupiah(m.gaji_bpjs, 'gaji_bpjs'));
    const batas = c.batasBpjs;
    const dasar = D.min(gaji.add(tppKomponen), batas);
    const sudah = m.bpjs_sudah_dibayar_gaji ?? {
      pemberi_kerja: bulat(D.min(gaji, batas).mul(c.persenPemberi)),
      pegawai: bulat(D.min(gaji, batas).mul(c.persenPegawai)),
    };
    iuranPemberi = Math.max(
      0,
      bulat(dasar.mul(c.persenPemberi).sub(wajibRupiah(sudah.pemberi_kerja, 'bpjs_sudah_dibayar_gaji.pemberi_kerja'))),
    );
    iuranPegawai = Math.max(
      0,
      bulat(dasar.mul(c.persenPegawai).sub(wajibRupiah(sudah.pegawai, 'bpjs_sudah_dibayar_gaji.pegawai'))),
    );
    const diBatas = gaji.add(tppKomponen).gt(batas);
    const teksDasar = `${diBatas ? `batas atas ${c.rpBatasBpjs}` : `gaji + TPP ${rp(bulat(dasar))}`}, dikurangi yang sudah dibayar melalui gaji`;
    alasan.push({
      komponen: 'BPJS',
      kode: 'BPJS_PEMBERI_KERJA',
      uraian: `Iuran BPJS Kesehatan ${c.fmtPersen(k.bpjs.pemberi_kerja_persen)} pemberi kerja dari ${teksDasar}: dibayarkan sebagai tunjangan lalu dipotong kembali.`,
      persen: k.bpjs.pemberi_kerja_persen,
      jumlah: iuranPemberi,
    });
    alasan.push({
      komponen: 'BPJS',
      kode: 'BPJS_PEGAWAI',
      uraian: `Iuran BPJS Kesehatan ${c.fmtPersen(k.bpjs.pegawai_persen)} pegawai dari ${teksDasar}.`,
      persen: k.bpjs.pegawai_persen,
      jumlah: iuranPegawai,
    });
  }

  const jumlahTpp = tppKomponen + iuranPemberi;

  // PPh 21 final by golongan.
  const g = kelompokGolongan(m.golongan);
  const tarif =
    g.jenis === 'PNS'
      ? (k.pph21.persen_golongan as Record<string, number>)[g.ruang]
      : (k.pph21.persen_pppk as Record<string, number>)[g.ruang];
  const dasarPph = k.pph21.termasuk_tunjangan_iuran ? jumlahTpp : tppKomponen;
  const pph = bulat(new D(dasarPph).mul(persen(tarif)));
  alasan.push({
    komponen: 'PPH_21',
    kode: `PPH21_${g.jenis}_${g.ruang}`,
    uraian: `PPh 21 final golongan ${g.ruang}${g.jenis === 'PPPK' ? ' (PPPK)' : ''}: ${c.fmtPersen(tarif)} dari ${rp(dasarPph)}.`,
    persen: tarif,
    jumlah: pph,
  });

  // Other deductions (zakat, bulog, lain).
  const lain = { ZAKAT: 0, BULOG: 0, LAIN: 0 } as Record<JenisPotonganLain, number>;
  for (const [i, x] of (m.potongan_lain ?? []).entries()) {
    if (!(x.jenis in lain))
      throw new MasukanTppTidakValid(`potongan_lain[${i}].jenis`, 'Jenis potongan lain harus ZAKAT, BULOG atau LAIN.');
    const n = bulat(new D(wajibRupiah(x.jumlah, `potongan_lain[${i}].jumlah`)));
    lain[x.jenis] += n;
    const nama = x.jenis === 'ZAKAT' ? 'Zakat' : x.jenis === 'BULOG' ? 'Bulog' : 'Potongan lain';
    alasan.push({
      komponen: 'POTONGAN_LAIN',
      kode: x.jenis,
      uraian: `${nama}${x.keterangan ? ` (${x.keterangan})` : ''}: ${rp(n)}.`,
      jumlah: n,
    });
  }

  const jumlahPotongan = pph + iuranPemberi + iuranPegawai + lain.ZAKAT + lain.BULOG + lain.LAIN;
  return {
    kebijakan: { kode: versi.kode, berlaku_mulai: versi.berlaku_mulai },
    bulan: m.bulan,
    kelas_dipakai: kelasDipakai,
    sumber_kelas: pakaiPlt ? 'PLT' : 'DEFINITIF',
    pagu_kelas: bulat(pagu),
    tpp_max: bulat(tppMax),
    capaian_dipakai: capaianDipakai,
    persen_potongan_disiplin: pct(potongan),
    belanja_tpp_beban_kerja: beban,
    belanja_tpp_tempat_bertugas: tempat,
    belanja_tpp_kondisi_kerja: kondisi,
    belanja_tpp_kelangkaan_profesi: kelangkaan,
    belanja_tpp_prestasi_kerja: prestasi,
    tunjangan_iuran_jaminan_kesehatan: iuranPemberi,
    tunjangan_iuran_jaminan_kecelakaan_kerja: 0,
    tunjangan_iuran_jaminan_kematian: 0,
    tunjangan_jaminan_hari_tua: 0,
    tunjangan_jaminan_pensiun: 0,
    tunjangan_iuran_simpanan_tapera: 0,
    potongan_iuran_jaminan_kesehatan: iuranPemberi,
    'iwp_1%': iuranPegawai,
    pph_21: pph,
    zakat: lain.ZAKAT,
    bulog: lain.BULOG,
    potongan_lain: lain.LAIN,
    jumlah_tpp: jumlahTpp,
    jumlah_potongan: jumlahPotongan,
    jumlah_ditransfer: jumlahTpp - jumlahPotongan,
    alasan,
  };
}
