import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNotify } from 'react-admin';
import { kueriRenaksiBulan, muatUlangRealisasi } from '../../common/realisasi/kueri';
import { perRhk } from '../../common/realisasi/aturan';
import { useEvaluasiDataProvider } from '../komponen';
import { kueriDaftarEvaluasi, kueriPersiapan, muatUlangEvaluasi } from '../kueri';

export type Mode = 'BULANAN' | 'TAHUNAN';

/**
 * The data of the evaluation form: the preparation, the month's renaksi (RHK of the chosen SKP), the
 * annual evaluations in the annual mode, checking every unchecked realisasi at once, and the reload
 * after a save.
 */
export const useFormEvaluasi = ({
  nip,
  tahun,
  bulan,
  skp,
  mode,
}: {
  nip: string;
  tahun: number;
  bulan: number;
  skp?: string;
  mode: Mode;
}) => {
  const notify = useNotify();
  const dataProvider = useEvaluasiDataProvider();
  const queryClient = useQueryClient();
  const input = { nip, tahun, bulan, skp };
  // another SKP context keeps the current form on screen until its preparation arrives
  const persiapan = useQuery({ ...kueriPersiapan(dataProvider, input), placeholderData: keepPreviousData });
  const data = persiapan.data;
  const skpId = data?.skp?.id;
  const renaksi = useQuery({ ...kueriRenaksiBulan(dataProvider, nip, tahun, bulan), enabled: !!nip });
  const tahunan = useQuery({
    ...kueriDaftarEvaluasi(dataProvider, { nip, tahun, periode_jenis: 'TAHUNAN' }),
    enabled: mode === 'TAHUNAN',
  });
  const evaluasiTahunan =
    mode === 'TAHUNAN' ? ((tahunan.data ?? []).find((e) => !skpId || e.skp?.id === skpId) ?? null) : null;
  const rhk = useMemo(
    () => perRhk((renaksi.data ?? []).filter((r) => !skpId || !r.skp || r.skp.id === skpId)),
    [renaksi.data, skpId],
  );

  const periksaSemua = useMutation({
    mutationFn: (ids: string[]) => dataProvider.periksaRealisasiMassal(ids),
    onSuccess: (_hasil, ids) => {
      notify('mskp.evaluasi.diperiksa_semua', { type: 'success', messageArgs: { smart_count: ids.length } });
      return muatUlangRealisasi(queryClient);
    },
    onError: (e) => {
      const pesan = e?.message || 'ra.notification.http_error';
      notify(pesan, { type: 'error', messageArgs: { _: pesan } });
    },
  });

  return {
    persiapan,
    data,
    rhk,
    renaksiPending: !!nip && renaksi.isPending,
    evaluasiTahunan,
    periksaSemua,
    muatUlangTersimpan: () => void muatUlangEvaluasi(queryClient, mode, input),
  };
};
