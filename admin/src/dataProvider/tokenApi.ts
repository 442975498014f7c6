import type { HttpClient } from './httpClient';

/* ---- API tokens of external systems (panel resource token-api; api.md "API tokens for external systems") ---- */

export type CakupanToken = 'rencana-aksi:read' | 'rencana-aksi:write' | 'presensi:write' | 'spip:read' | 'legacy:read';
export type StatusToken = 'AKTIF' | 'KEDALUWARSA' | 'DICABUT';

export interface TokenApi {
  id: string;
  nama: string;
  cakupan: CakupanToken[];
  kode_opd: string | null;
  berlaku_sampai: string | null;
  dibuat_oleh: string | null;
  dibuat_pada: string | null;
  diputar_pada: string | null;
  terakhir_dipakai: string | null;
  dicabut_pada: string | null;
  dicabut_oleh: string | null;
  status: StatusToken;
}

export interface TokenApiInput {
  nama: string;
  cakupan: CakupanToken[];
  kode_opd?: string | null;
  berlaku_sampai?: string | null;
}

/** The answer of create and rotate: the row plus the secret, which the server never shows again. */
export type TokenApiDenganRahasia = TokenApi & { token: string };

export interface TokenApiMethods {
  /** `POST /api/panel/token-api`: the secret is in the answer only (not kept in react-admin's cache). */
  buatTokenApi(input: TokenApiInput): Promise<TokenApiDenganRahasia>;
  /** `POST /api/panel/token-api/:id/putar`: a new secret; the old one stops working. */
  putarTokenApi(id: string): Promise<TokenApiDenganRahasia>;
}

export const tokenApiMethods = (panelUrl: string, httpClient: HttpClient): TokenApiMethods => ({
  buatTokenApi: async (input) => {
    const { json } = await httpClient(`${panelUrl}/token-api`, { method: 'POST', body: JSON.stringify(input) });
    return json as TokenApiDenganRahasia;
  },
  putarTokenApi: async (id) => {
    const { json } = await httpClient(`${panelUrl}/token-api/${encodeURIComponent(id)}/putar`, { method: 'POST' });
    return json as TokenApiDenganRahasia;
  },
});
