import { createHttpClient } from '../dataProvider/httpClient';
import { session } from '../auth/session';
import { ambilBerkas, type BerkasUnduhan } from '../dataProvider/berkas';
import { kirimMultipart, dalamPersen } from '../dataProvider/unggah';
import { urlCetakPk, type SasaranPk } from './format';

/** Calls of the DPA & Perjanjian Kinerja screen (plugins/tpp/README.md "DPA"). Money: whole rupiah as digit strings. */
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

const http = createHttpClient(session);
const panggil = async <T>(path: string, method = 'GET', body?: unknown): Promise<T> =>
    ((await http(`${session.apiUrl}/api${path}`, { method, ...(body ? { body: JSON.stringify(body) } : {}) })).json as { data: T }).data;

export const dpaApi = {
    templat: (): Promise<BerkasUnduhan> => ambilBerkas(session.authFetch, `${session.apiUrl}/api/dpa/template`, 'templat-dpa.xlsx', '*/*'),
    impor: async (input: { tahun: number; kode_opd: string; berkas: File }, onProgres?: (persen: number) => void): Promise<PratinjauDpa> => {
        const form = new FormData();
        form.append('tahun', String(input.tahun));
        form.append('kode_opd', input.kode_opd);
        form.append('berkas', input.berkas, input.berkas.name);
        return kirimMultipart<PratinjauDpa>(session, `${session.apiUrl}/api/dpa/impor`, form, dalamPersen(onProgres));
    },
    terapkan: (id: string) => panggil<HasilTerapkanDpa>(`/dpa/impor/${encodeURIComponent(id)}/terapkan`, 'POST', {}),
    pk: (tahun: number, kode_opd: string) => panggil<PerjanjianKinerja>(`/pk?${new URLSearchParams({ tahun: String(tahun), kode_opd })}`),
    cetakPk: (input: { tahun: number; kode_opd: string; tanggal: string; tempat: string }): Promise<BerkasUnduhan> => {
        const { url, cadangan } = urlCetakPk(session.apiUrl, input);
        return ambilBerkas(session.authFetch, url, cadangan);
    },
};
