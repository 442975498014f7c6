import type { HttpClient } from './httpClient';
import type { Capaian } from './renaksi';
import { ambilBerkas, kueri, type BerkasUnduhan } from './berkas';

/* ---- Evaluasi and predikat (kinerja plugin: /api/evaluasi, plugins/kinerja/README.md "Evaluasi and predikat") ---- */

/** 1 = Di Atas, 2 = Sesuai, 3 = Di Bawah Ekspektasi. */
export type Rating = 1 | 2 | 3;
export type KodePredikat = 1 | 2 | 3 | 4 | 5;
export type JenisPeriodeEvaluasi = 'BULANAN' | 'TRIWULAN' | 'TAHUNAN';
export type KonteksSkp = 'DEFINITIF' | 'PLT';

export interface SnapshotPegawai {
  nip: string | null;
  nama: string | null;
  jabatan: string | null;
  unit: string | null;
  golongan: string | null;
  sebagai?: 'DEFINITIF' | 'PLT' | 'PLH' | 'PJ' | 'ADMIN' | null;
}

export interface Evaluasi {
  id: string;
  nip: string;
  tahun: number;
  periode_jenis: JenisPeriodeEvaluasi;
  periode: number;
  /** last month of the period; null for the annual evaluation */
  bulan: number | null;
  skp: { id: string; konteks: KonteksSkp } | null;
  konteks: KonteksSkp;
  rating_hasil: Rating;
  rating_perilaku: Rating;
  rating_perilaku_asli: Rating | null;
  perilaku_source: KonteksSkp;
  predikat: { kode: KodePredikat; nama: string; siasn_id: number | null };
  saran_rating_hasil: Rating | null;
  capaian: number | null;
  formula: string | null;
  umpan_balik: string | null;
  /** `uraian` / `nama` kept by the server at evaluation time (absent on older rows) */
  umpan_balik_rhk: Array<{ rhk_id: string; uraian?: string; umpan_balik: string }>;
  umpan_balik_perilaku: Array<{ kode: string; nama?: string; umpan_balik: string }>;
  angka_kredit: number | null;
  pegawai: SnapshotPegawai;
  penilai: SnapshotPegawai;
  dinilai_pada: string | null;
  updatedAt: string | null;
}

/** A row of the panel resource `evaluasi` (read-only, scoped). */
export interface EvaluasiBaris extends Evaluasi {
  skp_id: string | null;
  pegawai_id: string | null;
  pegawai_nip: string | null;
  pegawai_nama: string | null;
  pegawai_jabatan: string | null;
  penilai_nip: string | null;
  penilai_nama: string | null;
  penilai_sebagai: string | null;
  predikat_kode: KodePredikat;
  predikat_nama: string;
  opd_id: string | null;
  opd_nama: string | null;
}

export interface SkpEvaluasi {
  id: string;
  konteks: KonteksSkp;
  status: string;
  jabatan: string | null;
}

export interface CapaianPeriode {
  capaian: number | null;
  formula: string | null;
  bulan: Capaian[];
}

export interface PenghalangDiperiksa {
  renaksi: string;
  uraian: string;
  bulan: number;
  realisasi: string;
}

export interface PenghalangDiisi {
  renaksi: string;
  uraian: string;
  bulan: number;
  batas_input: string;
}

/** `GET /api/evaluasi/persiapan?nip=&tahun=&bulan=&skp=`. */
export interface PersiapanEvaluasi {
  pegawai: { nip: string; nama: string };
  tahun: number;
  bulan: number;
  periode_jenis: JenisPeriodeEvaluasi;
  periode: number | null;
  bulan_periode: number[];
  skp: SkpEvaluasi | null;
  skp_pilihan: SkpEvaluasi[];
  /** the month's GET /api/capaian body; for a quarter {capaian, formula, bulan:[…]} */
  capaian: Capaian | CapaianPeriode;
  capaian_periode: number | null;
  realisasi: {
    jumlah: {
      renaksi_bertarget: number;
      diisi: number;
      diperiksa: number;
      belum_diperiksa: number;
      belum_diisi: number;
      nol_lewat_batas: number;
    } | null;
    belum_diperiksa: PenghalangDiperiksa[];
    belum_diisi: PenghalangDiisi[];
  };
  saran_rating_hasil: Rating | null;
  saran_sumber: 'RHK_UTAMA' | 'CAPAIAN_UNIT';
  evaluasi: Evaluasi | null;
  perilaku: Array<{ kode: string; nama: string; perilaku: string[]; ekspektasi: string | null }>;
  rating: Array<{ kode: Rating; nama: string }>;
  predikat: Array<{ kode: KodePredikat; nama: string; siasn_id: number | null }>;
  /** matriks[hasil][perilaku] = predikat kode */
  matriks: Record<string, Record<string, number>>;
  boleh_menilai: boolean;
  sebagai: string | null;
  alasan_tidak_boleh: { code: string; message: string; details?: unknown } | null;
}

export interface IsianEvaluasi {
  nip: string;
  tahun: number;
  /** absent for the annual evaluation */
  bulan?: number;
  rating_hasil: Rating;
  rating_perilaku: Rating;
  umpan_balik?: string;
  umpan_balik_rhk?: Array<{ rhk_id: string; umpan_balik: string }>;
  umpan_balik_perilaku?: Array<{ kode: string; umpan_balik: string }>;
  skp?: string;
  alasan?: string;
}

/** `POST /api/evaluasi/sinkron-plt`: what the PLT rule changed. */
export interface LaporanSinkronPlt {
  diperiksa: number;
  diubah: Array<{
    nip: string;
    evaluasi: string;
    bulan: number | null;
    periode_jenis: JenisPeriodeEvaluasi;
    periode: number;
    /** rating perilaku before and after */
    dari: Rating;
    ke: Rating;
    /** perilaku_source after */
    sumber: KonteksSkp;
    predikat: { dari: number; ke: number };
  }>;
}

export interface EvaluasiMethods {
  persiapanEvaluasi(input: { nip: string; tahun: number; bulan: number; skp?: string }): Promise<PersiapanEvaluasi>;
  /** `POST /api/evaluasi` (periodic). */
  simpanEvaluasi(input: IsianEvaluasi): Promise<Evaluasi>;
  /** `POST /api/evaluasi/tahunan`. */
  simpanEvaluasiTahunan(input: IsianEvaluasi): Promise<Evaluasi>;
  daftarEvaluasi(input: {
    nip?: string;
    tahun: number;
    bulan?: number;
    periode_jenis?: JenisPeriodeEvaluasi;
  }): Promise<Evaluasi[]>;
  sinkronPlt(input: { tahun: number; bulan?: number }): Promise<LaporanSinkronPlt>;
  /** `GET /api/cetak/evaluasi` (periodic with `bulan`, annual without) as a PDF. */
  cetakEvaluasi(input: {
    nip: string;
    tahun: number;
    bulan?: number;
    tanggal: string;
    tempat: string;
  }): Promise<BerkasUnduhan>;
}

const teks = (value?: string | null) => (value && value.trim() !== '' ? value.trim() : undefined);

/**
 * The body of POST /api/evaluasi(/tahunan): texts trimmed, empty umpan balik left out, `bulan` only for a
 * periodic evaluation, `skp` only when chosen, `alasan` only when given.
 */
export const badanEvaluasi = (input: IsianEvaluasi, tahunan = false): Record<string, unknown> => {
  const body: Record<string, unknown> = {
    nip: input.nip,
    tahun: input.tahun,
    rating_hasil: input.rating_hasil,
    rating_perilaku: input.rating_perilaku,
  };
  if (!tahunan && input.bulan != null) body.bulan = input.bulan;
  if (teks(input.umpan_balik)) body.umpan_balik = teks(input.umpan_balik);
  const rhk = (input.umpan_balik_rhk ?? [])
    .filter((x) => teks(x.umpan_balik))
    .map((x) => ({ rhk_id: x.rhk_id, umpan_balik: teks(x.umpan_balik)! }));
  if (rhk.length) body.umpan_balik_rhk = rhk;
  const perilaku = (input.umpan_balik_perilaku ?? [])
    .filter((x) => teks(x.umpan_balik))
    .map((x) => ({ kode: x.kode, umpan_balik: teks(x.umpan_balik)! }));
  if (perilaku.length) body.umpan_balik_perilaku = perilaku;
  if (input.skp) body.skp = input.skp;
  if (teks(input.alasan)) body.alasan = teks(input.alasan);
  return body;
};

export const evaluasiMethods = (
  apiUrl: string,
  httpClient: HttpClient,
  authFetch: (url: string, init?: RequestInit) => Promise<Response>,
): EvaluasiMethods => {
  const call = async (path: string, method = 'GET', body?: unknown) => {
    const { json } = await httpClient(`${apiUrl}/api${path}`, {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return json;
  };
  const query = kueri;
  return {
    persiapanEvaluasi: async (input) => (await call(`/evaluasi/persiapan?${query(input)}`))?.data as PersiapanEvaluasi,
    simpanEvaluasi: async (input) => (await call('/evaluasi', 'POST', badanEvaluasi(input)))?.data as Evaluasi,
    simpanEvaluasiTahunan: async (input) =>
      (await call('/evaluasi/tahunan', 'POST', badanEvaluasi(input, true)))?.data as Evaluasi,
    daftarEvaluasi: async (input) =>
      ((await call(`/evaluasi?${query({ ...input, pageSize: 100 })}`))?.data ?? []) as Evaluasi[],
    sinkronPlt: async (input) => (await call('/evaluasi/sinkron-plt', 'POST', input))?.data as LaporanSinkronPlt,
    cetakEvaluasi: (input) =>
      ambilBerkas(
        authFetch,
        `${apiUrl}/api/cetak/evaluasi?${query(input)}`,
        `evaluasi_${input.nip}_${input.tahun}-${input.bulan ? String(input.bulan).padStart(2, '0') : 'tahunan'}.pdf`,
      ),
  };
};
