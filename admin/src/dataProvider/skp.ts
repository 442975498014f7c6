import type { HttpClient } from './httpClient';
import { ambilBerkas, namaBerkasDari } from './berkas';
import type { CetakSkpInput, MskpDataProvider } from './types';

type SkpMethods = Pick<
  MskpDataProvider,
  | 'buatSkp'
  | 'ambilSkp'
  | 'ubahSkp'
  | 'ajukanSkp'
  | 'setujuiSkp'
  | 'tolakSkp'
  | 'riwayatSkp'
  | 'rhkAtasan'
  | 'simpanEkspektasi'
  | 'tambahRhk'
  | 'ubahRhk'
  | 'hapusRhk'
  | 'tambahIki'
  | 'ubahIki'
  | 'hapusIki'
  | 'revisiRhk'
  | 'ajukanRhk'
  | 'setujuiRhk'
  | 'tolakRhk'
  | 'cetakSkp'
  | 'abaikanKonflikDuplikat'
>;

/** The authenticated fetch of the session (bearer, refresh on 401, retry once). */
export type AuthFetch = (url: string, init?: RequestInit) => Promise<Response>;

/** The print URL of the laporan plugin. */
export const urlCetakSkp = (apiUrl: string, input: CetakSkpInput): string => {
  const query = new URLSearchParams({
    skp: input.skp,
    tanggal: input.tanggal,
    tempat: input.tempat.trim(),
    kertas: input.kertas,
  });
  return `${apiUrl}/api/cetak/${input.jenis === 'lampiran-skp' ? 'lampiran-skp' : 'rencana-skp'}?${query.toString()}`;
};

export { namaBerkasDari };

/** Drops empty strings and undefined (the server's zod schemas refuse them); null clears a field. */
const bersih = (input: object): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    out[key] = value;
  }
  return out;
};

/**
 * The SKP workflow calls of the kinerja plugin (content API at /api/skp, /api/rhk, /api/iki;
 * ids are documentIds; answers `{data}`).
 */
export const skpMethods = (apiUrl: string, httpClient: HttpClient, authFetch: AuthFetch): SkpMethods => {
  const url = (path: string) => `${apiUrl}/api${path}`;
  const call = async (path: string, method = 'GET', body?: unknown) => {
    const { json } = await httpClient(url(path), {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return json?.data;
  };
  const id = (value: string) => encodeURIComponent(value);
  return {
    buatSkp: (input) => call('/skp', 'POST', bersih(input)),
    ambilSkp: (skpId) => call(`/skp/${id(skpId)}`),
    ubahSkp: (skpId, input) => call(`/skp/${id(skpId)}`, 'PUT', bersih(input)),
    ajukanSkp: (skpId) => call(`/skp/${id(skpId)}/ajukan`, 'POST', {}),
    setujuiSkp: (skpId, input = {}) => call(`/skp/${id(skpId)}/setujui`, 'POST', bersih(input)),
    tolakSkp: (skpId, input) => call(`/skp/${id(skpId)}/tolak`, 'POST', bersih(input)),
    riwayatSkp: async (skpId) => (await call(`/skp/${id(skpId)}/riwayat`)) ?? [],
    rhkAtasan: async (skpId) => (await call(`/skp/rhk-atasan?skp=${id(skpId)}`)) ?? [],
    simpanEkspektasi: (skpId, ekspektasi) => call(`/skp/${id(skpId)}/ekspektasi`, 'PUT', { ekspektasi }),
    tambahRhk: (skpId, input) => call(`/skp/${id(skpId)}/rhk`, 'POST', bersih(input)),
    ubahRhk: (rhkId, input) => call(`/rhk/${id(rhkId)}`, 'PUT', bersih(input)),
    hapusRhk: async (rhkId) => {
      await call(`/rhk/${id(rhkId)}`, 'DELETE');
    },
    tambahIki: (rhkId, input) => call(`/rhk/${id(rhkId)}/iki`, 'POST', bersih(input)),
    ubahIki: (ikiId, input) => call(`/iki/${id(ikiId)}`, 'PUT', bersih(input)),
    hapusIki: async (ikiId) => {
      await call(`/iki/${id(ikiId)}`, 'DELETE');
    },
    revisiRhk: (rhkId) => call(`/rhk/${id(rhkId)}/revisi`, 'POST', {}),
    ajukanRhk: (rhkId) => call(`/rhk/${id(rhkId)}/ajukan`, 'POST', {}),
    setujuiRhk: (rhkId, input = {}) => call(`/rhk/${id(rhkId)}/setujui`, 'POST', bersih(input)),
    tolakRhk: (rhkId, input) => call(`/rhk/${id(rhkId)}/tolak`, 'POST', bersih(input)),
    abaikanKonflikDuplikat: (skpId, alasan) =>
      call(`/skp/${id(skpId)}/abaikan-konflik-duplikat`, 'POST', { alasan: alasan.trim() }),
    cetakSkp: (input) => ambilBerkas(authFetch, urlCetakSkp(apiUrl, input), `${input.jenis}.pdf`),
  };
};
