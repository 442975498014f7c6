import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import type { TokenApi, TokenApiDenganRahasia, TokenApiInput, TokenApiMethods } from '../dataProvider/tokenApi';

/** react-admin's list of the resource is cached under `['token-api', 'getList', …]`. */
export const KUNCI_TOKEN = ['token-api'] as const;

export const pesanGalat = (e: unknown) => (e as { message?: string } | null)?.message || 'ra.notification.http_error';

export type AksiToken = 'putar' | 'cabut';

/** Rotate (the answer holds the new secret) or revoke (`DELETE`, the row stays with status DICABUT). */
export const jalankanAksiToken = async (
  dataProvider: Pick<TokenApiMethods, 'putarTokenApi'> & {
    delete(resource: 'token-api', params: { id: TokenApi['id']; previousData: TokenApi }): Promise<unknown>;
  },
  aksi: AksiToken,
  record: TokenApi,
): Promise<TokenApiDenganRahasia | null> => {
  if (aksi === 'putar') return dataProvider.putarTokenApi(String(record.id));
  await dataProvider.delete('token-api', { id: record.id, previousData: record });
  return null;
};

/** Create a token; the list reloads (the secret itself is only in the answer, never in the cache). */
export const useBuatToken = () => {
  const dataProvider = useMskpDataProvider();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TokenApiInput) => dataProvider.buatTokenApi(input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KUNCI_TOKEN }),
  });
};

/** Rotate or revoke one token; the list reloads, a revocation is announced, a refusal too. */
export const useAksiToken = () => {
  const dataProvider = useMskpDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: ({ aksi, record }: { aksi: AksiToken; record: TokenApi }) =>
      jalankanAksiToken(dataProvider, aksi, record),
    onSuccess: (_hasil, { aksi, record }) => {
      if (aksi === 'cabut') notify('mskp.token_api.dicabut', { type: 'info', messageArgs: { nama: record.nama } });
      void queryClient.invalidateQueries({ queryKey: KUNCI_TOKEN });
    },
    onError: (e) => notify(pesanGalat(e), { type: 'error' }),
  });
};
