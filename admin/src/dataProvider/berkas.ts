import { httpErrorFrom } from './errors';

/** Files behind the bearer token (prints, evidence): fetch, check, blob, file name. */

export interface BerkasUnduhan {
  blob: Blob;
  namaBerkas: string;
}

/** A query string of the values that are set (undefined and '' are left out). */
export const kueri = (values: Record<string, string | number | undefined>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return params.toString();
};

export const parseJson = (text: string): unknown => {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** The file name of a `Content-Disposition` header (RFC 5987 `filename*` first), or the fallback. */
export const namaBerkasDari = (header: string | null | undefined, cadangan: string): string => {
  if (header) {
    const star = /filename\*\s*=\s*(?:UTF-8|utf-8)?''([^;]+)/.exec(header);
    if (star) {
      try {
        return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
      } catch {
        /* malformed: try the plain form */
      }
    }
    const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
    const name = (plain?.[2] ?? plain?.[1] ?? '').trim();
    if (name) return name.replace(/[\\/]/g, '_');
  }
  return cadangan;
};

/**
 * A file behind the bearer token as a blob (prints, evidence). Failures become HttpError with the
 * server's message.
 */
export const ambilBerkas = async (
  authFetch: (url: string, init?: RequestInit) => Promise<Response>,
  url: string,
  cadangan: string,
  accept = 'application/pdf, application/json',
): Promise<BerkasUnduhan> => {
  let response: Response;
  try {
    response = await authFetch(url, { method: 'GET', headers: { Accept: accept } });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw httpErrorFrom(0, undefined);
  }
  if (response.status < 200 || response.status >= 300) {
    const text = await response.text().catch(() => '');
    throw httpErrorFrom(response.status, parseJson(text) ?? (text || undefined));
  }
  const blob = await response.blob();
  return { blob, namaBerkas: namaBerkasDari(response.headers.get('Content-Disposition'), cadangan) };
};
