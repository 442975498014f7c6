import axios, { type AxiosInstance } from 'axios';
import { GalatMskp } from '@m-skp/inti';
import { galatIntegrasi, uraiKegagalan } from '../domain/galat';
import type { KonfigurasiAktif, KonfigurasiSistem } from '../domain/konfigurasi';
import { keputusanUlang, type Kegagalan } from '../domain/ulang';

/**
 * One outbound call with the policy of domain/ulang.ts: a timeout per attempt, retries with backoff on network
 * errors, timeouts and 5xx, none on 4xx. The body is parsed here (not by axios) so that a malformed answer is
 * told apart from a network fault. 404 is an answer the caller reads (eKAK's "Renaksi Tidak Ditemukan",
 * SIMPEG's unknown NIP); any other 4xx is a refusal.
 */

export interface Permintaan {
  metode: 'GET' | 'POST';
  jalur: string;
  query?: Record<string, string | number | undefined>;
  body?: Record<string, unknown>;
  /** Overrides the configured per-attempt timeout for this call. */
  timeoutMs?: number;
}

export interface Jawaban {
  status: number;
  /** Parsed JSON (`undefined` for an empty body). */
  data: unknown;
  percobaan: number;
}

export type Tidur = (ms: number) => Promise<void>;
export const tidurBiasa: Tidur = (ms) => new Promise((r) => setTimeout(r, ms));

export interface Pemanggil {
  panggil(p: Permintaan): Promise<Jawaban>;
}

/** What went wrong in one attempt, from axios's error or the status. */
function kegagalanDari(e: unknown): Kegagalan {
  const kode = axios.isAxiosError(e) ? e.code : (e as { code?: string } | null)?.code;
  if (kode === 'ECONNABORTED' || kode === 'ETIMEDOUT') return { jenis: 'WAKTU_HABIS' };
  return { jenis: 'JARINGAN', kode: kode ?? undefined };
}

const pesanDari = (data: unknown): string | null =>
  data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string'
    ? (data as { message: string }).message
    : null;

export function buatPemanggil(k: KonfigurasiAktif, tidur: Tidur = tidurBiasa, instance?: AxiosInstance): Pemanggil {
  const http =
    instance ??
    axios.create({
      baseURL: k.urlDasar,
      headers: { Accept: 'application/json', ...(k.token ? { Authorization: `Bearer ${k.token}` } : {}) },
      // the answer is read as text and parsed below; every status is handed back
      responseType: 'text',
      transformResponse: [(d: unknown) => d],
      validateStatus: () => true,
      maxRedirects: 0,
      // no proxy from the environment: the systems are on the city's network
      proxy: false,
    });

  return {
    async panggil(p: Permintaan): Promise<Jawaban> {
      const nama = `${p.metode} ${p.jalur}`;
      const timeout = p.timeoutMs ?? k.timeoutMs;
      for (let percobaan = 1; ; percobaan++) {
        let kegagalan: Kegagalan;
        try {
          const r = await http.request<string>({
            method: p.metode,
            url: p.jalur,
            params: p.query,
            data: p.body,
            timeout,
          });
          if (r.status >= 500) kegagalan = { jenis: 'HTTP', status: r.status };
          else {
            let data: unknown;
            const teks = typeof r.data === 'string' ? r.data : '';
            if (teks.trim()) {
              try {
                data = JSON.parse(teks);
              } catch {
                if (r.status >= 400) throw galatIntegrasi.menolak(k.sistem, r.status, null, nama);
                throw galatIntegrasi.bukanJson(k.sistem, nama);
              }
            }
            if (r.status >= 400 && r.status !== 404)
              throw galatIntegrasi.menolak(k.sistem, r.status, pesanDari(data), nama);
            return { status: r.status, data, percobaan };
          }
        } catch (e) {
          if (e instanceof GalatMskp) throw e;
          kegagalan = kegagalanDari(e);
        }
        const keputusan = keputusanUlang(k.ulang, percobaan, kegagalan);
        if (!keputusan.ulang)
          throw galatIntegrasi.tidakTerhubung(k.sistem, uraiKegagalan(kegagalan, timeout), percobaan, nama);
        await tidur(keputusan.tundaMs);
      }
    },
  };
}

/**
 * The call function of a client: with the system switched off, every call is refused with
 * `<SISTEM>_TIDAK_DIKONFIGURASI` (or `_KONFIGURASI_SALAH`) before anything goes out.
 */
export function buatPeminta(k: KonfigurasiSistem, tidur: Tidur = tidurBiasa): (p: Permintaan) => Promise<Jawaban> {
  if (k.status !== 'AKTIF') {
    const mati = k;
    return async () => {
      throw galatIntegrasi.mati(mati);
    };
  }
  const pemanggil = buatPemanggil(k, tidur);
  return (p) => pemanggil.panggil(p);
}
