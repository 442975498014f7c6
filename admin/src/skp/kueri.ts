import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import type { RhkAtasan, SkpDetail } from '../dataProvider/types';

/**
 * Query keys of the SKP screen: everything read about one SKP sits under `['skp', id]` (the SKP itself, the
 * penilai's RHK it may intervene, the history), so one invalidation after a workflow call refreshes them all.
 */
export const kunciSkp = {
  skp: (id: string) => ['skp', id] as const,
  rhkAtasan: (id: string, nip: string | null | undefined) => ['skp', id, 'rhk-atasan', nip ?? null] as const,
  riwayat: (id: string) => ['skp', id, 'riwayat'] as const,
  progres: (filter: Record<string, unknown>) => ['skp', 'progres', filter] as const,
};

/** Message of a failed call: the server's Indonesian message, else the generic one. */
export const pesanGagal = (error: unknown) => (error as Error | null)?.message || 'ra.notification.http_error';

/** `GET /api/skp/:id` (no retry: a 403/404 is shown at once). */
export const useSkp = (id: string) => {
  const dataProvider = useMskpDataProvider();
  return useQuery({ queryKey: kunciSkp.skp(id), queryFn: () => dataProvider.ambilSkp(id), retry: false });
};

/** The penilai's RHK the owner may intervene (not for a JPT, only for the owner himself). */
export const useRhkAtasan = (skp: SkpDetail | undefined, nipSaya: string | null | undefined) => {
  const dataProvider = useMskpDataProvider();
  const milikSaya = !!skp && skp.jenis !== 'JPT' && !!nipSaya && skp.pegawai?.nip === nipSaya;
  const { data } = useQuery({
    queryKey: kunciSkp.rhkAtasan(skp?.id ?? '', nipSaya),
    queryFn: () => dataProvider.rhkAtasan(skp?.id ?? ''),
    enabled: milikSaya,
    retry: false,
  });
  return milikSaya && data ? data : ([] as RhkAtasan[]);
};

/** The validation history (read again with the SKP after every workflow call). */
export const useRiwayatSkp = (id: string) => {
  const dataProvider = useMskpDataProvider();
  return useQuery({ queryKey: kunciSkp.riwayat(id), queryFn: () => dataProvider.riwayatSkp(id), retry: false });
};

/** Reloads everything read about one SKP. */
export const useMuatUlangSkp = (id: string) => {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: kunciSkp.skp(id) }), [queryClient, id]);
};

/** One workflow call and the message shown when it succeeds. */
export interface Aksi {
  kerja: () => Promise<unknown>;
  pesan: string;
}

/**
 * The mutation of a workflow call: the success message then `muatUlang`, or the server's Indonesian message on
 * failure. Kept apart from the hook so it is testable without a DOM.
 */
export const opsiAksi = (notify: ReturnType<typeof useNotify>, muatUlang: () => unknown) => ({
  mutationFn: ({ kerja }: Aksi) => kerja(),
  onSuccess: (_data: unknown, { pesan }: Aksi) => {
    notify(pesan, { type: 'success' });
    void muatUlang();
  },
  onError: (error: unknown) => notify(pesanGagal(error), { type: 'error' }),
});

/**
 * Runs one workflow call on an SKP: a busy flag, the success message, the server's Indonesian message on
 * failure, then the SKP's queries are reloaded. `jalankan` resolves to whether the call succeeded.
 */
export const useAksi = (skpId: string) => {
  const aksi = useMutation(opsiAksi(useNotify(), useMuatUlangSkp(skpId)));
  const { mutateAsync } = aksi;
  const jalankan = useCallback(
    (kerja: () => Promise<unknown>, pesan: string): Promise<boolean> =>
      mutateAsync({ kerja, pesan }).then(
        () => true,
        () => false,
      ),
    [mutateAsync],
  );
  return { sibuk: aksi.isPending, jalankan };
};
