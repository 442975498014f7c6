import type { QueryClient } from '@tanstack/react-query';
import type { EvaluasiMethods, JenisPeriodeEvaluasi } from '../dataProvider/evaluasi';
import { KUNCI, OPSI_KUERI } from '../common/realisasi/kueri';

/** react-query keys of the evaluation reads; all under `['evaluasi']`, which a realisasi check invalidates too. */
export const KUNCI_EVALUASI = {
  persiapan: (input: { nip: string; tahun: number; bulan: number; skp?: string }) =>
    [...KUNCI.evaluasi, 'persiapan', input] as const,
  daftar: (input: { nip: string; tahun: number; periode_jenis?: JenisPeriodeEvaluasi }) =>
    [...KUNCI.evaluasi, 'daftar', input] as const,
};

/** GET /api/evaluasi/persiapan: what the penilai needs to evaluate one pegawai for a month. */
export const kueriPersiapan = (
  dataProvider: Pick<EvaluasiMethods, 'persiapanEvaluasi'>,
  input: { nip: string; tahun: number; bulan: number; skp?: string },
) => ({
  ...OPSI_KUERI,
  queryKey: KUNCI_EVALUASI.persiapan(input),
  queryFn: () => dataProvider.persiapanEvaluasi(input),
});

/** GET /api/evaluasi?nip=&tahun=[&periode_jenis=]: one pegawai's stored evaluations of a year. */
export const kueriDaftarEvaluasi = (
  dataProvider: Pick<EvaluasiMethods, 'daftarEvaluasi'>,
  input: { nip: string; tahun: number; periode_jenis?: JenisPeriodeEvaluasi },
) => ({
  ...OPSI_KUERI,
  queryKey: KUNCI_EVALUASI.daftar(input),
  queryFn: () => dataProvider.daftarEvaluasi(input),
});

/**
 * After an evaluation is saved (or refused because another penilai saved first): the stored answer of
 * that mode comes back — the annual list in the annual mode, the preparation (which holds the monthly
 * evaluation) otherwise — and react-admin's `evaluasi` list is stale.
 */
export const muatUlangEvaluasi = (
  queryClient: QueryClient,
  mode: 'BULANAN' | 'TAHUNAN',
  input: { nip: string; tahun: number; bulan: number; skp?: string },
) =>
  Promise.all([
    queryClient.invalidateQueries({
      queryKey:
        mode === 'TAHUNAN'
          ? KUNCI_EVALUASI.daftar({ nip: input.nip, tahun: input.tahun, periode_jenis: 'TAHUNAN' })
          : KUNCI_EVALUASI.persiapan(input),
    }),
    queryClient.invalidateQueries({ queryKey: [...KUNCI.evaluasi, 'getList'] }),
  ]);
