/** Pure helpers of the TPP screens. */
export const rupiah = (n: number | null | undefined): string =>
    'Rp ' + new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(Math.round(Number(n ?? 0)));

export const triwulanDari = (bulan: number): number | null => (bulan >= 1 && bulan <= 12 ? Math.ceil(bulan / 3) : null);

export interface TitikTpp {
    tahun: number;
    bulan: number;
    jumlah_ditransfer: number;
}

/** The last `n` regular months (1–12) ending at the newest line, oldest first; months without a line are skipped. */
export const seri12Bulan = (baris: readonly TitikTpp[], n = 12): TitikTpp[] =>
    [...baris]
        .filter(b => b.bulan >= 1 && b.bulan <= 12)
        .sort((a, b) => a.tahun - b.tahun || a.bulan - b.bulan)
        .slice(-n);

/** SVG polyline points for values scaled into a width × height box (min 0). */
export const titikGaris = (nilai: readonly number[], lebar: number, tinggi: number): string => {
    if (!nilai.length) return '';
    const maks = Math.max(1, ...nilai);
    const langkah = nilai.length > 1 ? lebar / (nilai.length - 1) : 0;
    return nilai.map((v, i) => `${Math.round(i * langkah)},${Math.round(tinggi - (v / maks) * tinggi)}`).join(' ');
};
