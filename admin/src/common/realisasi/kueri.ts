import type { QueryClient } from '@tanstack/react-query';
import type { RenaksiMethods } from '../../dataProvider/renaksi';

/**
 * react-query keys of the realisasi data that renaksi and evaluasi both show. A write invalidates by
 * prefix: `['renaksi']` covers every month and year view. react-admin's own list caches start with the
 * resource name (`['realisasi', 'getList', …]`, `['evaluasi', 'getList', …]`), so the same prefixes reach them.
 */
export const KUNCI = {
  renaksi: ['renaksi'] as const,
  renaksiBulan: (nip: string, tahun: number, bulan: number) => ['renaksi', 'bulan', nip, tahun, bulan] as const,
  renaksiTahun: (nip: string, tahun: number) => ['renaksi', 'tahun', nip, tahun] as const,
  capaian: ['capaian'] as const,
  capaianBulan: (nip: string, tahun: number, bulan: number) => ['capaian', nip, tahun, bulan] as const,
  realisasi: ['realisasi'] as const,
  /** react-admin's back-office list of renaksi */
  rencanaAksi: ['rencana-aksi'] as const,
  evaluasi: ['evaluasi'] as const,
};

/**
 * These screens load on mount and when their period changes, as before: an error shows at once (no
 * silent retries) and leaving the window and coming back does not reload a form being filled.
 */
export const OPSI_KUERI = { retry: false, refetchOnWindowFocus: false } as const;

type BacaRenaksi = Pick<RenaksiMethods, 'daftarRenaksiBulan' | 'daftarRenaksiTahun' | 'capaian'>;

/** The renaksi of one month (target, realisasi, status and evidence per row). */
export const kueriRenaksiBulan = (dataProvider: BacaRenaksi, nip: string, tahun: number, bulan: number) => ({
  ...OPSI_KUERI,
  queryKey: KUNCI.renaksiBulan(nip, tahun, bulan),
  queryFn: () => dataProvider.daftarRenaksiBulan({ nip, tahun, bulan }),
});

/** The renaksi of a year with their twelve monthly targets. */
export const kueriRenaksiTahun = (dataProvider: BacaRenaksi, nip: string, tahun: number) => ({
  ...OPSI_KUERI,
  queryKey: KUNCI.renaksiTahun(nip, tahun),
  queryFn: () => dataProvider.daftarRenaksiTahun({ nip, tahun }),
});

/** The month's capaian (GET /api/capaian), with the input deadline and its reopening. */
export const kueriCapaian = (dataProvider: BacaRenaksi, nip: string, tahun: number, bulan: number) => ({
  ...OPSI_KUERI,
  queryKey: KUNCI.capaianBulan(nip, tahun, bulan),
  queryFn: () => dataProvider.capaian({ nip, tahun, bulan }),
});

/**
 * After a realisasi is filled, checked or its entry reopened: every view that shows it (the renaksi
 * rows, the capaian, the penilai's list, the evaluation preparation). Resolves once the views on screen
 * have reloaded.
 */
export const muatUlangRealisasi = (queryClient: QueryClient) =>
  Promise.all(
    [KUNCI.renaksi, KUNCI.capaian, KUNCI.realisasi, KUNCI.evaluasi].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );

/** After a renaksi is added, changed or deleted: the renaksi views and the back-office renaksi list. */
export const muatUlangRenaksi = (queryClient: QueryClient) =>
  Promise.all([KUNCI.renaksi, KUNCI.rencanaAksi].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
