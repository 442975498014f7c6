import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n';
import { namaBulan } from '../common/periode';

/** A lock/unlock reason needs at least this many characters after trimming (the server's rule). */
export const MIN_ALASAN = 10;

/**
 * The query keys of the TPP screens: the quarter locks of a year, the month's totals. Everything read about
 * TPP sits under `['tpp']` (react-admin's list of resource `tpp` too), so one invalidation after a run or a
 * lock change reads the locks, the totals and the lines again.
 */
export const kunciKey = (tahun: number) => ['tpp', 'kunci', tahun] as const;
export const totalKey = (tahun: number, bulan: number, kodeOpd: string) =>
  ['tpp', 'total', tahun, bulan, kodeOpd] as const;
export const SEMUA_TPP = ['tpp'] as const;

/** Month label: Januari … Desember, THR, Gaji 13. */
export const useLabelBulan = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (bulan: number) =>
    bulan === 13
      ? translate('mskp.tpp.bulan_13')
      : bulan === 14
        ? translate('mskp.tpp.bulan_14')
        : namaBulan(bulan, intlLocale(locale));
};

/** The message of a failed call (the server's Indonesian message, or a message key). */
export const pesanGalat = (e: unknown): string => String((e as Error)?.message ?? e);
