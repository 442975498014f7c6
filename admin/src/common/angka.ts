/** 12,5 · 1.234 · 85,25 (Indonesian grouping and decimal comma); '-' for null. */
export const formatAngka = (nilai: number | null | undefined, locale = 'id-ID', maks = 2): string =>
  nilai == null || !Number.isFinite(Number(nilai))
    ? '-'
    : Number(nilai).toLocaleString(locale, { maximumFractionDigits: maks });

/** "85,5%" ('-' for null). */
export const formatPersen = (nilai: number | null | undefined, locale = 'id-ID'): string =>
  nilai == null || !Number.isFinite(Number(nilai)) ? '-' : `${formatAngka(nilai, locale, 2)}%`;

/** "Rp 1.234.567": rupiah without decimals, Indonesian grouping. */
export const rupiah = (n: number | null | undefined): string =>
  'Rp ' + new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(Math.round(Number(n ?? 0)));
