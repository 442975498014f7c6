import type { fetchUtils } from 'react-admin';
import type { Session } from '../auth/session';
import { httpErrorFrom } from './errors';

export interface HttpResult {
  status: number;
  headers: Headers;
  body: string;
  json: any;
}

export type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<HttpResult>;

const parseJson = (text: string): unknown => {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * fetchJson for ra-data-simple-rest: bearer token, refresh on 401 (through
 * the session), Strapi error bodies turned into HttpError with the server's
 * message and field errors.
 */
export const createHttpClient =
  (session: Session): HttpClient =>
  async (url, options = {}) => {
    const { user: _user, headers: given, ...init } = options;
    const headers = new Headers((given as HeadersInit | undefined) ?? {});
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    const method = (init.method ?? 'GET').toUpperCase();
    const isFormData = typeof FormData !== 'undefined' && init.body instanceof FormData;
    if (init.body != null && !isFormData && method !== 'GET' && !headers.has('Content-Type')) {
      headers.set('Content-Type', 'application/json');
    }
    let response: Response;
    try {
      response = await session.authFetch(url, { ...init, headers });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw error;
      throw httpErrorFrom(0, undefined);
    }
    const text = await response.text();
    const json = parseJson(text);
    if (response.status < 200 || response.status >= 300) {
      throw httpErrorFrom(response.status, json ?? (text || undefined));
    }
    return { status: response.status, headers: response.headers, body: text, json };
  };
