/** Pure helpers of the DPA & Perjanjian Kinerja screen. */

export interface IndikatorPk {
    indikator: string;
    target: string | null;
    satuan: string | null;
}
export interface SasaranPk {
    sasaran: string;
    indikator: IndikatorPk[];
}

/** Whole rupiah sent by the server as digits ("1250000000") → number for display; null/invalid → null. */
export const angkaRupiah = (s: string | number | null | undefined): number | null => {
    if (s == null || s === '') return null;
    const n = typeof s === 'number' ? s : /^-?\d+$/.test(String(s).trim()) ? Number(String(s).trim()) : NaN;
    return Number.isFinite(n) ? n : null;
};

/** One table row per indicator; the sasaran cell spans its indicators (`span` 0 = covered by the row above). */
export const barisSasaran = (sasaran: readonly SasaranPk[]): { no: number; sasaran: string; span: number; indikator: string; target: string }[] =>
    sasaran.flatMap((s, n) => {
        const ind = s.indikator.length ? s.indikator : [{ indikator: '-', target: null, satuan: null }];
        return ind.map((i, k) => ({
            no: n + 1,
            sasaran: s.sasaran,
            span: k === 0 ? ind.length : 0,
            indikator: i.indikator,
            target: [i.target, i.satuan].map(x => String(x ?? '').trim()).filter(Boolean).join(' ') || '-',
        }));
    });

/** URL and fallback name of the PK print. */
export const urlCetakPk = (apiUrl: string, input: { tahun: number; kode_opd: string; tanggal: string; tempat: string }) => {
    const q = new URLSearchParams({ tahun: String(input.tahun), kode_opd: input.kode_opd, tanggal: input.tanggal, tempat: input.tempat });
    const bersih = input.kode_opd.replace(/[^A-Za-z0-9-]+/g, '-');
    return { url: `${apiUrl}/api/cetak/perjanjian-kinerja?${q}`, cadangan: `perjanjian-kinerja_${bersih}_${input.tahun}.pdf` };
};

