import type { Session } from '../auth/session';
import { ambilBerkas, type BerkasUnduhan } from './berkas';
import type { HttpClient } from './httpClient';
import { dalamPersen, kirimMultipart } from './unggah';

/* ---- DPA and Perjanjian Kinerja (tpp plugin: /api/dpa, /api/pk; money: whole rupiah as digit strings) ---- */

export interface IndikatorPk {
  indikator: string;
  target: string | null;
  satuan: string | null;
}
export interface SasaranPk {
  sasaran: string;
  indikator: IndikatorPk[];
}
export interface BarisDpaDiterima {
  baris: number;
  kode_program: string;
  nama_program: string | null;
  kode_kegiatan: string;
  nama_kegiatan: string | null;
  kode_sub_kegiatan: string;
  nama_sub_kegiatan: string;
  pagu: string;
}
export interface BarisDpaDitolak {
  baris: number;
  kode_sub_kegiatan: string | null;
  alasan: string;
}
export interface PratinjauDpa {
  id: string;
  tahun: number;
  kode_opd: string;
  nama_opd: string;
  nama_berkas: string | null;
  jumlah: number;
  diterima: BarisDpaDiterima[];
  ditolak: BarisDpaDitolak[];
  total_pagu: string;
  berlaku_sampai: string;
}
export interface HasilTerapkanDpa {
  id: string;
  tahun: number;
  kode_opd: string;
  jumlah: number;
  total_pagu: string;
  diganti: number;
  ditolak: number;
}
export interface SumberAnggaran {
  jenis: string;
  berkas: string | null;
  diimpor_pada: string | null;
  diimpor_oleh: string | null;
}
export interface ProgramPk {
  kode_program: string;
  nama_program: string | null;
  anggaran: string;
  kegiatan: { kode_kegiatan: string; nama_kegiatan: string | null; anggaran: string; jumlah_sub_kegiatan: number }[];
}
export interface PerjanjianKinerja {
  tahun: number;
  opd: { kode_opd: string; nama: string; singkatan: string | null };
  kepala_opd: { nama: string; nip: string; jabatan: string; sebagai: string } | null;
  /** Pihak Kedua (policy `daerah`): the kepala daerah's post, his name once BKPSDM has filled it */
  kepala_daerah?: { jabatan: string; nama: string | null; nip: string | null } | null;
  sasaran: SasaranPk[];
  program: ProgramPk[];
  total_anggaran: string | null;
  anggaran_keterangan: string | null;
  sumber_anggaran: SumberAnggaran | null;
}
export interface CetakPkInput {
  tahun: number;
  kode_opd: string;
  tanggal: string;
  tempat: string;
}

/** URL and fallback name of the PK print. */
export const urlCetakPk = (apiUrl: string, input: CetakPkInput) => {
  const q = new URLSearchParams({
    tahun: String(input.tahun),
    kode_opd: input.kode_opd,
    tanggal: input.tanggal,
    tempat: input.tempat,
  });
  const bersih = input.kode_opd.replace(/[^A-Za-z0-9-]+/g, '-');
  return {
    url: `${apiUrl}/api/cetak/perjanjian-kinerja?${q}`,
    cadangan: `perjanjian-kinerja_${bersih}_${input.tahun}.pdf`,
  };
};

export interface DpaMethods {
  /** `GET /api/dpa/template`: the empty SIPD DPA workbook. */
  templatDpa(): Promise<BerkasUnduhan>;
  /** `POST /api/dpa/impor` (multipart): the preview; nothing is written. */
  imporDpa(
    input: { tahun: number; kode_opd: string; berkas: File },
    onPersen?: (persen: number) => void,
  ): Promise<PratinjauDpa>;
  /** `POST /api/dpa/impor/:id/terapkan`: replaces the OPD's DPA of the year. */
  terapkanDpa(id: string): Promise<HasilTerapkanDpa>;
  /** `GET /api/pk?tahun=&kode_opd=`: the Perjanjian Kinerja with its budget from the DPA. */
  perjanjianKinerja(tahun: number, kodeOpd: string): Promise<PerjanjianKinerja>;
  /** The PK print as a PDF. */
  cetakPk(input: CetakPkInput): Promise<BerkasUnduhan>;
}

export const dpaMethods = (session: Session, httpClient: HttpClient): DpaMethods => {
  const apiUrl = session.apiUrl;
  const panggil = async <T>(path: string, method = 'GET', body?: unknown): Promise<T> =>
    (
      (await httpClient(`${apiUrl}/api${path}`, { method, ...(body ? { body: JSON.stringify(body) } : {}) })).json as {
        data: T;
      }
    ).data;
  return {
    templatDpa: () => ambilBerkas(session.authFetch, `${apiUrl}/api/dpa/template`, 'templat-dpa.xlsx', '*/*'),
    imporDpa: (input, onPersen) => {
      const form = new FormData();
      form.append('tahun', String(input.tahun));
      form.append('kode_opd', input.kode_opd);
      form.append('berkas', input.berkas, input.berkas.name);
      return kirimMultipart<PratinjauDpa>(session, `${apiUrl}/api/dpa/impor`, form, dalamPersen(onPersen));
    },
    terapkanDpa: (id) => panggil<HasilTerapkanDpa>(`/dpa/impor/${encodeURIComponent(id)}/terapkan`, 'POST', {}),
    perjanjianKinerja: (tahun, kodeOpd) =>
      panggil<PerjanjianKinerja>(`/pk?${new URLSearchParams({ tahun: String(tahun), kode_opd: kodeOpd })}`),
    cetakPk: (input) => {
      const { url, cadangan } = urlCetakPk(apiUrl, input);
      return ambilBerkas(session.authFetch, url, cadangan);
    },
  };
};
