/**
 * Pure rules of the TPP run (POST /api/tpp/hitung): how the loaded rows of one pegawai become the
 * engine's input (domain/tpp.ts), the run's totals, and who may run it when. No Strapi, no clock.
 */
import { BOLEH, PERAN, tolak, type Keputusan } from '@m-skp/inti';
import { kelompokGolongan, type KebijakanTpp, type MasukanTpp, type PresensiBulanan, type AlasanTpp } from './tpp';

export const BULAN_TAMBAHAN = [13, 14] as const;
export const bulanTambahan = (bulan: number) => bulan === 13 || bulan === 14;

/** The posts are read at this date: the month's reference date; months 13/14 at today clamped to the year. */
export function tanggalPosRun(
  tahun: number,
  bulan: number,
  hari: string,
  acuanBulan: (t: number, b: number, h: string) => string,
): string {
  if (!bulanTambahan(bulan)) return acuanBulan(tahun, bulan, hari);
  const awal = `${tahun}-01-01`;
  const akhir = `${tahun}-12-31`;
  return hari < awal ? awal : hari > akhir ? akhir : hari;
}

export const PRESENSI_NOL: PresensiBulanan = {
  telat_1_30: 0,
  telat_31_60: 0,
  telat_61_90: 0,
  telat_91_atau_tanpa_rekam: 0,
  pulang_cepat_1_30: 0,
  pulang_cepat_31_60: 0,
  pulang_cepat_61_90: 0,
  pulang_cepat_91_atau_tanpa_rekam: 0,
  alpa_hari: 0,
  hukuman_disiplin_aktif: false,
};

/** A stored monthly summary row as read from the database: its fields by name (counts may come back as text). */
export type BarisPresensiMentah = Readonly<Record<string, unknown>>;

/** Monthly summary row → engine presensi (numbers coerced; missing counts are 0). */
export function presensiDariBaris(r: BarisPresensiMentah | null | undefined): PresensiBulanan {
  const n = (x: unknown) => (Number.isFinite(Number(x)) ? Math.max(0, Math.trunc(Number(x))) : 0);
  const out: PresensiBulanan = { ...PRESENSI_NOL };
  for (const k of Object.keys(PRESENSI_NOL) as (keyof PresensiBulanan)[]) {
    if (k === 'hukuman_disiplin_aktif') out[k] = !!r?.[k];
    else out[k] = n(r?.[k]);
  }
  return out;
}

/** Salary basis for BPJS from the policy's figure per golongan (used when the pegawai record has no salary basis); 0 without a table. */
export function gajiBpjsGolongan(golongan: string, k: KebijakanTpp): number {
  if (!k.gaji_bpjs) return 0;
  const g = kelompokGolongan(golongan);
  return g.jenis === 'PNS' ? k.gaji_bpjs.pns[g.ruang] : k.gaji_bpjs.pppk[g.ruang];
}

/** The evaluation of the definitive post wins over one written for a Plt post. */
export function pilihPredikat(evaluasi: { predikat_kode: number; jenis_penugasan: string | null }[]): number | null {
  if (!evaluasi.length) return null;
  const utama = evaluasi.find((e) => e.jenis_penugasan === 'UTAMA' || e.jenis_penugasan == null);
  return Number((utama ?? evaluasi[0]).predikat_kode);
}

export interface DataPegawaiRun {
  bulan: number;
  golongan: string;
  cpns: boolean;
  kelas: number;
  kelas_plt: number | null;
  /** `kode` of the definitive post (its fixed components in the policy's komponen_tetap) */
  kode_jabatan?: string | null;
  /** monthly summary row, or null when none was imported */
  presensi: BarisPresensiMentah | null;
  capaian: number | null;
  /** why the capaian is the subordinates' mean or a head's fallback to his own figure (kinerja `capaianAkhir`), shown on the line */
  alasan_capaian?: { kode: string; uraian: string } | null;
  predikat_kode: number | null;
  /** the pegawai's own salary basis for BPJS (gaji pokok + tunjangan melekat, from payroll), when recorded */
  gaji_bpjs?: number | null;
}

const KOMPONEN_TETAP = [
  ['kondisi_kerja', 'TPP kondisi kerja'],
  ['tempat_bertugas', 'TPP tempat bertugas'],
  ['kelangkaan_profesi', 'TPP kelangkaan profesi'],
] as const;

/** The salary basis for BPJS: the pegawai's own when recorded, else the policy's figure of his golongan. */
export function gajiBpjs(
  d: Pick<DataPegawaiRun, 'golongan' | 'gaji_bpjs'>,
  k: KebijakanTpp,
): { nilai: number; sumber: 'PEGAWAI' | 'GOLONGAN' } {
  if (d.gaji_bpjs != null && Number.isFinite(Number(d.gaji_bpjs)) && Number(d.gaji_bpjs) >= 0)
    return { nilai: Math.round(Number(d.gaji_bpjs)), sumber: 'PEGAWAI' };
  return { nilai: gajiBpjsGolongan(d.golongan, k), sumber: 'GOLONGAN' };
}

/**
 * Engine input of one pegawai. Months 13 (THR) and 14 (gaji-13) pay one month's TPP: capaian 100, no
 * discipline deduction, no predikat rule. A regular month without an imported summary deducts nothing
 * and says so (`PRESENSI_BELUM_ADA`): a missing import is not "no record" on every workday.
 */
export function susunMasukan(
  d: DataPegawaiRun,
  k: KebijakanTpp,
): { masukan: MasukanTpp; alasan_tambahan: AlasanTpp[] } {
  const tambahan = bulanTambahan(d.bulan);
  const alasan_tambahan: AlasanTpp[] = [];
  if (!tambahan && !d.presensi) {
    alasan_tambahan.push({
      komponen: 'BEBAN_KERJA',
      kode: 'PRESENSI_BELUM_ADA',
      uraian: 'Rekap presensi bulan ini belum diimpor: TPP beban kerja dihitung tanpa potongan disiplin.',
    });
  }
  const gaji = gajiBpjs(d, k);
  if (!tambahan && gaji.sumber === 'GOLONGAN') {
    alasan_tambahan.push({
      komponen: 'BPJS',
      kode: 'DASAR_BPJS_GOLONGAN',
      uraian:
        'Dasar gaji untuk iuran BPJS Kesehatan belum tercatat pada data pegawai: dipakai angka kebijakan untuk golongannya.',
    });
  }
  if (tambahan) {
    alasan_tambahan.push({
      komponen: 'PAGU',
      kode: 'BULAN_TAMBAHAN',
      uraian:
        d.bulan === 13
          ? 'THR: satu bulan TPP penuh (capaian 100%, tanpa potongan disiplin).'
          : 'Gaji ke-13: satu bulan TPP penuh (capaian 100%, tanpa potongan disiplin).',
    });
  }
  if (!tambahan && d.alasan_capaian)
    alasan_tambahan.push({ komponen: 'PRESTASI_KERJA', kode: d.alasan_capaian.kode, uraian: d.alasan_capaian.uraian });
  const tetap = d.kode_jabatan ? k.komponen_tetap?.[d.kode_jabatan] : undefined;
  for (const [kode, nama] of KOMPONEN_TETAP) {
    const n = tetap?.[kode];
    if (n)
      alasan_tambahan.push({
        komponen: 'KOMPONEN_TETAP',
        kode: kode.toUpperCase(),
        uraian: `${nama} jabatan ini menurut Perwali: Rp${n.toLocaleString('id-ID')} per bulan.`,
        jumlah: n,
      });
  }
  const masukan: MasukanTpp = {
    bulan: d.bulan,
    kelas: d.kelas,
    kelas_plt: d.kelas_plt,
    cpns: d.cpns,
    golongan: d.golongan,
    gaji_bpjs: gaji.nilai,
    capaian: tambahan ? 100 : d.capaian,
    predikat_kode: tambahan ? null : d.predikat_kode,
    presensi: tambahan || !d.presensi ? { ...PRESENSI_NOL } : presensiDariBaris(d.presensi),
    kondisi_kerja: tetap?.kondisi_kerja ?? 0,
    tempat_bertugas: tetap?.tempat_bertugas ?? 0,
    kelangkaan_profesi: tetap?.kelangkaan_profesi ?? 0,
  };
  return { masukan, alasan_tambahan };
}

/** Run totals (whole rupiah sums). */
export function totalRun(baris: { jumlah_tpp: number; jumlah_potongan: number; jumlah_ditransfer: number }[]) {
  return baris.reduce(
    (t, b) => ({
      jumlah_tpp: t.jumlah_tpp + b.jumlah_tpp,
      jumlah_potongan: t.jumlah_potongan + b.jumlah_potongan,
      jumlah_ditransfer: t.jumlah_ditransfer + b.jumlah_ditransfer,
    }),
    { jumlah_tpp: 0, jumlah_potongan: 0, jumlah_ditransfer: 0 },
  );
}

/** What the TPP run's refusals look at; a fact still undefined (not loaded yet) passes its check. */
export interface FaktaRun {
  peran: string | null | undefined;
  token?: unknown;
  tahun: number;
  bulan: number;
  kode_opd?: string | null;
  /** another run of the same month holds its lock */
  runLain?: boolean;
  /** whether the asked OPD exists (undefined: not looked up yet, or no OPD asked) */
  opdAda?: boolean;
}

/** Who may run TPP: a BKAD or Admin BKPSDM user, never an API token (403 AKSES_DITOLAK). */
export function aksesRun(f: Pick<FaktaRun, 'peran' | 'token'>): Keputusan {
  if (f.token == null && (f.peran === PERAN.BKAD || f.peran === PERAN.ADMIN_BKPSDM)) return BOLEH;
  return tolak(403, 'AKSES_DITOLAK', 'Hanya BKAD atau Admin BKPSDM yang dapat menjalankan perhitungan TPP.');
}

/**
 * The refusals of a TPP run, in this order: 403 AKSES_DITOLAK unless a BKAD or Admin BKPSDM user (never an
 * API token) → 409 TPP_SEDANG_DIHITUNG while another run of the month holds its lock → (inti's closed-period
 * check, 423 PERIODE_TERKUNCI, for months 1–12) → 404 OPD_TIDAK_DITEMUKAN for an unknown kode_opd.
 */
export function keputusanRun(f: FaktaRun): Keputusan {
  const akses = aksesRun(f);
  if (!akses.ok) return akses;
  if (f.runLain) {
    return tolak(
      409,
      'TPP_SEDANG_DIHITUNG',
      `Perhitungan TPP bulan ${f.bulan}/${f.tahun} sedang dijalankan oleh permintaan lain. ` +
        'Tunggu sampai selesai, lalu muat ulang hasilnya.',
      undefined,
      { tahun: f.tahun, bulan: f.bulan },
    );
  }
  if (f.kode_opd && f.opdAda === false) {
    return tolak(404, 'OPD_TIDAK_DITEMUKAN', `OPD dengan kode ${f.kode_opd} tidak ditemukan.`, 'kode_opd');
  }
  return BOLEH;
}
