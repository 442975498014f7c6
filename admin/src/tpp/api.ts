import { createHttpClient } from '../dataProvider/httpClient';
import { session } from '../auth/session';
import { ambilBerkas, type BerkasUnduhan } from '../dataProvider/berkas';
import { kirimMultipart, dalamPersen } from '../dataProvider/unggah';
import { urlEksporTpp, urlRiwayatTpp, type JenisEkspor } from './format';

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

const http = createHttpClient(session);
const panggil = async <T>(path: string, method = 'GET', body?: unknown): Promise<{ data: T; meta?: any }> =>
    (await http(`${session.apiUrl}/api${path}`, { method, ...(body ? { body: JSON.stringify(body) } : {}) })).json;

const BATAS_TOTAL = 2000;

export const tppApi = {
    hitung: async (input: { tahun: number; bulan: number; kode_opd?: string }) => (await panggil<HasilRun>('/tpp/hitung', 'POST', input)).data,
    milikSaya: async (nip: string) => (await panggil<BarisTpp[]>(`/tpp?nip=${encodeURIComponent(nip)}&pageSize=200`)).data,
    kunci: async (tahun: number) => (await panggil<KunciTriwulan[]>(`/tpp/kunci?tahun=${tahun}`)).data,
    /** BKAD locks without a reason; the Admin BKPSDM's lock (the override) carries one. */
    kunciTriwulan: async (tahun: number, triwulan: number, alasan?: string) =>
        (await panggil<KunciTriwulan>('/tpp/kunci', 'POST', { tahun, triwulan, ...(alasan ? { alasan: alasan.trim() } : {}) })).data,
    bukaTriwulan: async (tahun: number, triwulan: number, alasan: string) => (await panggil<KunciTriwulan>('/tpp/buka', 'POST', { tahun, triwulan, alasan: alasan.trim() })).data,
    /** Sums of the month's lines (pages of 200); null when there are more than BATAS_TOTAL lines. */
    total: async (input: { tahun: number; bulan: number; kode_opd?: string }): Promise<TotalTpp | null> => {
        const hasil: TotalTpp = { pegawai: 0, jumlah_tpp: 0, jumlah_potongan: 0, jumlah_ditransfer: 0 };
        const q = new URLSearchParams({ tahun: String(input.tahun), bulan: String(input.bulan), pageSize: '200' });
        if (input.kode_opd) q.set('kode_opd', input.kode_opd);
        for (let page = 1; ; page++) {
            q.set('page', String(page));
            const { data, meta } = await panggil<BarisTpp[]>(`/tpp?${q}`);
            if (page === 1 && Number(meta?.total ?? 0) > BATAS_TOTAL) return null;
            for (const b of data) {
                hasil.pegawai++;
                hasil.jumlah_tpp += Number(b.jumlah_tpp ?? 0);
                hasil.jumlah_potongan += Number(b.jumlah_potongan ?? 0);
                hasil.jumlah_ditransfer += Number(b.jumlah_ditransfer ?? 0);
            }
            if (data.length < 200 || hasil.pegawai >= Number(meta?.total ?? 0)) return hasil;
        }
    },
    batasTotal: BATAS_TOTAL,
    ekspor: (input: { tahun: number; bulan: number; kode_opd: string; jenis: JenisEkspor; format: 'xlsx' | 'pdf' }): Promise<BerkasUnduhan> => {
        const { url, cadangan } = urlEksporTpp(session.apiUrl, input);
        return ambilBerkas(session.authFetch, url, cadangan, '*/*');
    },
    riwayat: (input: { tahun: number; kode_opd: string }): Promise<BerkasUnduhan> => {
        const { url, cadangan } = urlRiwayatTpp(session.apiUrl, input);
        return ambilBerkas(session.authFetch, url, cadangan, '*/*');
    },
    templatPresensi: (format: 'xlsx' | 'csv'): Promise<BerkasUnduhan> =>
        ambilBerkas(session.authFetch, `${session.apiUrl}/api/tpp/presensi/template?format=${format}`, `templat-presensi.${format}`, '*/*'),
    imporPresensi: (input: { tahun: number; bulan: number; berkas: File }, onProgres?: (persen: number) => void) => {
        const form = new FormData();
        form.append('tahun', String(input.tahun));
        form.append('bulan', String(input.bulan));
        form.append('berkas', input.berkas, input.berkas.name);
        return kirimMultipart<PratinjauPresensi>(session, `${session.apiUrl}/api/tpp/presensi/impor`, form, dalamPersen(onProgres));
    },
    terapkanPresensi: async (id: string) => (await panggil<HasilTerapkanPresensi>(`/tpp/presensi/impor/${encodeURIComponent(id)}/terapkan`, 'POST', {})).data,
};
