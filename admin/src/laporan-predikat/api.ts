import { ambilBerkas, parseJson, type BerkasUnduhan } from '../dataProvider/berkas';
import { httpErrorFrom } from '../dataProvider/errors';
import { session } from '../auth/session';

/** Types and calls of the Laporan Predikat Kinerja and the organisation predikat (api.md, plugins/laporan/README.md). */

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

const qs = (input: Record<string, string | number | undefined>) =>
    new URLSearchParams(Object.entries(input).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])).toString();

async function panggil<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
    let response: Response;
    try {
        response = await session.authFetch(`${session.apiUrl}/api${path}`, {
            method,
            headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
            ...(body ? { body: JSON.stringify(body) } : {}),
        });
    } catch {
        throw httpErrorFrom(0, undefined);
    }
    const json = parseJson(await response.text()) as { data?: T } | undefined;
    if (response.status < 200 || response.status >= 300) throw httpErrorFrom(response.status, json);
    return json?.data as T;
}

export const urlLaporanPredikat = (input: PeriodeOpd, format: 'json' | 'xlsx' | 'pdf' = 'json') =>
    `${session.apiUrl}/api/laporan/predikat?${qs({ ...input, format })}`;

export const laporanPredikatApi = {
    laporan: (input: PeriodeOpd) => panggil<LaporanPredikat>(`/laporan/predikat?${qs({ ...input })}`),
    predikat: (input: PeriodeOpd) => panggil<PredikatOrganisasi>(`/predikat-organisasi?${qs({ ...input })}`),
    tetapkan: (input: PeriodeOpd & { predikat: KodePredikatOrganisasi; alasan: string }) =>
        panggil<PredikatOrganisasi>('/predikat-organisasi', 'PUT', input),
    finalkan: (input: PeriodeOpd) => panggil<PredikatOrganisasi>('/predikat-organisasi/final', 'POST', input),
    override: (input: PeriodeOpd & { alasan: string }) => panggil<PredikatOrganisasi>('/predikat-organisasi/override', 'POST', input),
    unduh: (input: PeriodeOpd, format: 'xlsx' | 'pdf'): Promise<BerkasUnduhan> =>
        ambilBerkas(
            session.authFetch,
            urlLaporanPredikat(input, format),
            `laporan-predikat_${input.kode_opd}_${input.tahun}-${String(input.bulan).padStart(2, '0')}.${format}`,
            format === 'pdf' ? 'application/pdf, application/json' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/json'
        ),
};
