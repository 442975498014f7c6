import { createHttpClient } from '../dataProvider/httpClient';
import { session } from '../auth/session';

/** Calls of the TPP screens (plugins/tpp/README.md). */
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
    terkunci: boolean;
    dikunci_oleh: string | null;
    dibuka_oleh: string | null;
    alasan_buka: string | null;
}

const http = createHttpClient(session);
const panggil = async <T>(path: string, method = 'GET', body?: unknown): Promise<{ data: T; meta?: any }> =>
    (await http(`${session.apiUrl}/api${path}`, { method, ...(body ? { body: JSON.stringify(body) } : {}) })).json;

export const tppApi = {
    hitung: async (input: { tahun: number; bulan: number; kode_opd?: string }) => (await panggil<HasilRun>('/tpp/hitung', 'POST', input)).data,
    milikSaya: async (nip: string) => (await panggil<BarisTpp[]>(`/tpp?nip=${encodeURIComponent(nip)}&pageSize=200`)).data,
    kunci: async (tahun: number) => (await panggil<KunciTriwulan[]>(`/tpp/kunci?tahun=${tahun}`)).data,
    kunciTriwulan: async (tahun: number, triwulan: number) => (await panggil<KunciTriwulan>('/tpp/kunci', 'POST', { tahun, triwulan })).data,
    bukaTriwulan: async (tahun: number, triwulan: number, alasan: string) => (await panggil<KunciTriwulan>('/tpp/buka', 'POST', { tahun, triwulan, alasan })).data,
};
