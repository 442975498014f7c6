import type { Session } from '../auth/session';
import { ambilBerkas, type BerkasUnduhan } from './berkas';
import type { HttpClient } from './httpClient';
import { dalamPersen, kirimMultipart } from './unggah';

/* ---- TPP (tpp plugin: /api/tpp, the quarter locks, the attendance import; plugins/tpp/README.md) ---- */

export interface AlasanTpp {
  komponen: string;
  kode: string;
  uraian: string;
  persen?: number;
  jumlah?: number;
}
export interface BarisTpp {
  id: string;
  tahun: number;
  bulan: number;
  nip: string;
  nama: string;
  nama_jabatan: string;
  kelas: number;
  belanja_tpp_beban_kerja: number;
  belanja_tpp_prestasi_kerja: number;
  tunjangan_iuran_jaminan_kesehatan: number;
  potongan_iuran_jaminan_kesehatan: number;
  'iwp_1%': number;
  pph_21: number;
  jumlah_tpp: number;
  jumlah_potongan: number;
  jumlah_ditransfer: number;
  alasan: AlasanTpp[];
}
export interface HasilRun {
  tahun: number;
  bulan: number;
  kode_opd: string | null;
  jumlah_pegawai: number;
  total: { jumlah_tpp: number; jumlah_potongan: number; jumlah_ditransfer: number };
  versi_kebijakan: string;
  durasi_ms: number;
}
export interface KunciTriwulan {
  tahun: number;
  triwulan: number;
  bulan: number[];
  /** first day BKAD may lock the quarter (YYYY-MM-DD): the day after its last month's input deadline (null: none) */
  dapat_dikunci_mulai: string | null;
  terkunci: boolean;
  dikunci_oleh: string | null;
  dikunci_pada?: string | null;
  dibuka_oleh: string | null;
  dibuka_pada?: string | null;
  alasan_buka: string | null;
}

/** An accepted row of the attendance preview (plugins/tpp/README.md "Attendance import"). */
export interface BarisPresensiDiterima {
  baris: number;
  nip: string;
  nama: string;
  hari_kerja: number;
  hadir: number | null;
  cuti: number;
  dl: number;
  alpa_hari: number;
  telat_1_30: number;
  telat_31_60: number;
  telat_61_90: number;
  telat_91_atau_tanpa_rekam: number;
  pulang_cepat_1_30: number;
  pulang_cepat_31_60: number;
  pulang_cepat_61_90: number;
  pulang_cepat_91_atau_tanpa_rekam: number;
  hukuman_disiplin_aktif: boolean;
}
export interface BarisPresensiDitolak {
  baris: number;
  nip: string;
  alasan: string;
}
export interface PratinjauPresensi {
  id: string;
  tahun: number;
  bulan: number;
  jumlah: number;
  berlaku_sampai: string;
  diterima: BarisPresensiDiterima[];
  ditolak: BarisPresensiDitolak[];
}
export interface HasilTerapkanPresensi {
  id: string;
  tahun: number;
  bulan: number;
  jumlah: number;
  dibuat: number;
  diperbarui: number;
  ditolak: number;
}
/** Totals of the lines of a month (summed on the client from GET /api/tpp). */
export interface TotalTpp {
  pegawai: number;
  jumlah_tpp: number;
  jumlah_potongan: number;
  jumlah_ditransfer: number;
}

export type JenisEkspor = 'beban' | 'prestasi';
export interface PeriodeTpp {
  tahun: number;
  bulan: number;
  kode_opd?: string;
}
export interface EksporTppInput {
  tahun: number;
  bulan: number;
  kode_opd: string;
  jenis: JenisEkspor;
  format: 'xlsx' | 'pdf';
}

/** Above this many lines in a month the panel does not sum them (it would page through them all). */
export const BATAS_TOTAL_TPP = 2000;
const HALAMAN = 200;

const dua = (n: number) => String(n).padStart(2, '0');

/** GET /api/tpp/export URL and the file name used when the server sends none. */
export const urlEksporTpp = (apiUrl: string, i: EksporTppInput): { url: string; cadangan: string } => {
  const q = new URLSearchParams({
    tahun: String(i.tahun),
    bulan: String(i.bulan),
    kode_opd: i.kode_opd,
    jenis: i.jenis,
    format: i.format,
  });
  return {
    url: `${apiUrl}/api/tpp/export?${q}`,
    cadangan: `tpp-${i.jenis}_${i.kode_opd}_${i.tahun}-${dua(i.bulan)}.${i.format}`,
  };
};

/** GET /api/tpp/riwayat URL (per OPD and year, Excel) and its fallback file name. */
export const urlRiwayatTpp = (
  apiUrl: string,
  i: { tahun: number; kode_opd: string },
): { url: string; cadangan: string } => {
  const q = new URLSearchParams({ tahun: String(i.tahun), kode_opd: i.kode_opd, format: 'xlsx' });
  return { url: `${apiUrl}/api/tpp/riwayat?${q}`, cadangan: `riwayat-tpp_${i.kode_opd}_${i.tahun}.xlsx` };
};

export interface TppMethods {
  /** `POST /api/tpp/hitung {tahun, bulan, kode_opd?}`: runs the month (BKAD, Admin BKPSDM). */
  hitungTpp(input: PeriodeTpp): Promise<HasilRun>;
  /** `GET /api/tpp?nip=&pageSize=200`: one pegawai's lines (the ASN portal). */
  tppPegawai(nip: string): Promise<BarisTpp[]>;
  /** `GET /api/tpp/kunci?tahun=`: the four quarters of the year. */
  kunciTpp(tahun: number): Promise<KunciTriwulan[]>;
  /** `POST /api/tpp/kunci`: BKAD locks without a reason; the Admin BKPSDM's lock (the override) carries one. */
  kunciTriwulanTpp(tahun: number, triwulan: number, alasan?: string): Promise<KunciTriwulan>;
  /** `POST /api/tpp/buka {tahun, triwulan, alasan}` (Admin BKPSDM). */
  bukaTriwulanTpp(tahun: number, triwulan: number, alasan: string): Promise<KunciTriwulan>;
  /** Sums of the month's lines (pages of 200); null when there are more than BATAS_TOTAL_TPP lines. */
  totalTpp(input: PeriodeTpp): Promise<TotalTpp | null>;
  /** The SIPD file or the nominative PDF of an OPD and month. */
  eksporTpp(input: EksporTppInput): Promise<BerkasUnduhan>;
  /** The year's history of an OPD (Excel). */
  riwayatTpp(input: { tahun: number; kode_opd: string }): Promise<BerkasUnduhan>;
  /** `GET /api/tpp/presensi/template?format=`. */
  templatPresensi(format: 'xlsx' | 'csv'): Promise<BerkasUnduhan>;
  /** `POST /api/tpp/presensi/impor` (multipart): the preview; nothing is written. */
  imporPresensi(
    input: { tahun: number; bulan: number; berkas: File },
    onPersen?: (persen: number) => void,
  ): Promise<PratinjauPresensi>;
  /** `POST /api/tpp/presensi/impor/:id/terapkan`: writes the accepted rows. */
  terapkanPresensi(id: string): Promise<HasilTerapkanPresensi>;
}

export const tppMethods = (session: Session, httpClient: HttpClient): TppMethods => {
  const apiUrl = session.apiUrl;
  const panggil = async <T>(
    path: string,
    method = 'GET',
    body?: unknown,
  ): Promise<{ data: T; meta?: { total?: number } }> =>
    (await httpClient(`${apiUrl}/api${path}`, { method, ...(body ? { body: JSON.stringify(body) } : {}) })).json;
  const berkas = (url: string, cadangan: string) => ambilBerkas(session.authFetch, url, cadangan, '*/*');
  return {
    hitungTpp: async (input) => (await panggil<HasilRun>('/tpp/hitung', 'POST', input)).data,
    tppPegawai: async (nip) => (await panggil<BarisTpp[]>(`/tpp?nip=${encodeURIComponent(nip)}&pageSize=200`)).data,
    kunciTpp: async (tahun) => (await panggil<KunciTriwulan[]>(`/tpp/kunci?tahun=${tahun}`)).data,
    kunciTriwulanTpp: async (tahun, triwulan, alasan) =>
      (
        await panggil<KunciTriwulan>('/tpp/kunci', 'POST', {
          tahun,
          triwulan,
          ...(alasan ? { alasan: alasan.trim() } : {}),
        })
      ).data,
    bukaTriwulanTpp: async (tahun, triwulan, alasan) =>
      (await panggil<KunciTriwulan>('/tpp/buka', 'POST', { tahun, triwulan, alasan: alasan.trim() })).data,
    totalTpp: async (input) => {
      const hasil: TotalTpp = { pegawai: 0, jumlah_tpp: 0, jumlah_potongan: 0, jumlah_ditransfer: 0 };
      const q = new URLSearchParams({
        tahun: String(input.tahun),
        bulan: String(input.bulan),
        pageSize: String(HALAMAN),
      });
      if (input.kode_opd) q.set('kode_opd', input.kode_opd);
      for (let page = 1; ; page++) {
        q.set('page', String(page));
        const { data, meta } = await panggil<BarisTpp[]>(`/tpp?${q}`);
        if (page === 1 && Number(meta?.total ?? 0) > BATAS_TOTAL_TPP) return null;
        for (const b of data) {
          hasil.pegawai++;
          hasil.jumlah_tpp += Number(b.jumlah_tpp ?? 0);
          hasil.jumlah_potongan += Number(b.jumlah_potongan ?? 0);
          hasil.jumlah_ditransfer += Number(b.jumlah_ditransfer ?? 0);
        }
        if (data.length < HALAMAN || hasil.pegawai >= Number(meta?.total ?? 0)) return hasil;
      }
    },
    eksporTpp: (input) => {
      const { url, cadangan } = urlEksporTpp(apiUrl, input);
      return berkas(url, cadangan);
    },
    riwayatTpp: (input) => {
      const { url, cadangan } = urlRiwayatTpp(apiUrl, input);
      return berkas(url, cadangan);
    },
    templatPresensi: (format) =>
      berkas(`${apiUrl}/api/tpp/presensi/template?format=${format}`, `templat-presensi.${format}`),
    imporPresensi: (input, onPersen) => {
      const form = new FormData();
      form.append('tahun', String(input.tahun));
      form.append('bulan', String(input.bulan));
      form.append('berkas', input.berkas, input.berkas.name);
      return kirimMultipart<PratinjauPresensi>(
        session,
        `${apiUrl}/api/tpp/presensi/impor`,
        form,
        dalamPersen(onPersen),
      );
    },
    terapkanPresensi: async (id) =>
      (await panggil<HasilTerapkanPresensi>(`/tpp/presensi/impor/${encodeURIComponent(id)}/terapkan`, 'POST', {})).data,
  };
};
