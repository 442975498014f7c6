import type { Session } from '../auth/session';
import { ambilBerkas, kueri, type BerkasUnduhan } from './berkas';
import type { HttpClient } from './httpClient';

/* ---- Laporan Predikat Kinerja and the organisation predikat (laporan plugin: /api/laporan/predikat,
   /api/predikat-organisasi) ---- */

export type KodePredikatOrganisasi = 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
export interface KodeNama<K = number> {
  kode: K;
  nama: string;
}
export interface Pelanggaran {
  aturan: string;
  pesan: string;
}
export interface Kuota {
  predikat: number[];
  batas: 'maks' | 'min';
  batas_jumlah: number;
  teks: string;
}
export interface PegawaiPredikat {
  nip: string;
  nama: string;
  jabatan: string | null;
  rating_hasil: KodeNama;
  rating_perilaku: KodeNama;
  predikat: KodeNama;
  perilaku_source: 'DEFINITIF' | 'PLT';
}
export interface OverrideKurva {
  alasan: string;
  oleh: string;
  waktu: string;
  pelanggaran: Pelanggaran[];
}
export interface LaporanPredikat {
  opd: { kode_opd: string; nama: string; singkatan: string | null };
  periode: { tahun: number; bulan: number; teks: string };
  predikat_organisasi: {
    kode: KodePredikatOrganisasi | null;
    nama: string | null;
    sumber: 'DITETAPKAN' | 'USULAN';
    status: 'DRAFT' | 'FINAL';
    usulan: KodeNama<KodePredikatOrganisasi> | null;
    alasan: string | null;
    override: OverrideKurva | null;
  };
  capaian_opd: number | null;
  n: number;
  jumlah: Record<string, number>;
  persen: Record<string, number>;
  distribusi: Array<{ kode: number; nama: string; jumlah: number; persen: number }>;
  pegawai: PegawaiPredikat[];
  aturan: string[];
  kuota: Kuota[];
  pelanggaran: Pelanggaran[];
  hanya_peringatan: boolean;
  blokir: boolean;
  kurva_minimal_pegawai: number;
  belum_dinilai: Array<{ nip: string; nama: string }>;
}
export interface PredikatOrganisasi {
  predikat: KodeNama<KodePredikatOrganisasi> | null;
  usulan: KodeNama<KodePredikatOrganisasi> | null;
  sumber: 'DITETAPKAN' | 'USULAN';
  status: 'DRAFT' | 'FINAL';
  capaian_opd: number | null;
  alasan: string | null;
  ditetapkan_oleh: { nip: string; nama: string; sebagai: string } | null;
  ditetapkan_pada: string | null;
  pilihan: KodeNama<KodePredikatOrganisasi>[];
  kurva: { n: number; blokir: boolean; hanya_peringatan: boolean; pelanggaran: Pelanggaran[] };
  boleh: { tetapkan: boolean; finalkan: boolean; override: boolean };
}
export interface PeriodeOpd {
  kode_opd: string;
  tahun: number;
  bulan: number;
}

const ACCEPT = {
  pdf: 'application/pdf, application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/json',
} as const;

/** `GET /api/laporan/predikat` URL: the report as JSON, or its Excel/PDF download. */
export const urlLaporanPredikat = (apiUrl: string, input: PeriodeOpd, format: 'json' | 'xlsx' | 'pdf' = 'json') =>
  `${apiUrl}/api/laporan/predikat?${kueri({ ...input, format })}`;

export interface LaporanPredikatMethods {
  /** `GET /api/laporan/predikat?kode_opd=&tahun=&bulan=`: distribution, quota check, rated pegawai. */
  laporanPredikat(input: PeriodeOpd): Promise<LaporanPredikat>;
  /** `GET /api/predikat-organisasi`: the OPD's predikat, its proposal and what the reader may do. */
  predikatOrganisasi(input: PeriodeOpd): Promise<PredikatOrganisasi>;
  /** `PUT /api/predikat-organisasi {predikat, alasan}`. */
  tetapkanPredikatOrganisasi(
    input: PeriodeOpd & { predikat: KodePredikatOrganisasi; alasan: string },
  ): Promise<PredikatOrganisasi>;
  /** `POST /api/predikat-organisasi/final`. */
  finalkanPredikatOrganisasi(input: PeriodeOpd): Promise<PredikatOrganisasi>;
  /** `POST /api/predikat-organisasi/override {alasan}` (Admin BKPSDM over a broken curve). */
  overridePredikatOrganisasi(input: PeriodeOpd & { alasan: string }): Promise<PredikatOrganisasi>;
  /** The report as an Excel or PDF file. */
  unduhLaporanPredikat(input: PeriodeOpd, format: 'xlsx' | 'pdf'): Promise<BerkasUnduhan>;
}

export const laporanPredikatMethods = (session: Session, httpClient: HttpClient): LaporanPredikatMethods => {
  const apiUrl = session.apiUrl;
  const panggil = async <T>(path: string, method = 'GET', body?: unknown): Promise<T> => {
    const { json } = await httpClient(`${apiUrl}/api${path}`, {
      method,
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return (json as { data?: T } | undefined)?.data as T;
  };
  return {
    laporanPredikat: (input) => panggil<LaporanPredikat>(`/laporan/predikat?${kueri({ ...input })}`),
    predikatOrganisasi: (input) => panggil<PredikatOrganisasi>(`/predikat-organisasi?${kueri({ ...input })}`),
    tetapkanPredikatOrganisasi: (input) => panggil<PredikatOrganisasi>('/predikat-organisasi', 'PUT', input),
    finalkanPredikatOrganisasi: (input) => panggil<PredikatOrganisasi>('/predikat-organisasi/final', 'POST', input),
    overridePredikatOrganisasi: (input) => panggil<PredikatOrganisasi>('/predikat-organisasi/override', 'POST', input),
    unduhLaporanPredikat: (input, format) =>
      ambilBerkas(
        session.authFetch,
        urlLaporanPredikat(apiUrl, input, format),
        `laporan-predikat_${input.kode_opd}_${input.tahun}-${String(input.bulan).padStart(2, '0')}.${format}`,
        ACCEPT[format],
      ),
  };
};
