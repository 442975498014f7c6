import type { Session } from '../auth/session';
import { parseJson } from './berkas';
import { httpErrorFrom } from './errors';

/** Upload progress: bytes sent and the total (0 when the browser cannot tell). */
export type Progres = (terkirim: number, total: number) => void;

/** Progress as a whole percentage, for the screens that show one bar. */
export const dalamPersen = (onPersen?: (persen: number) => void): Progres | undefined =>
  onPersen ? (terkirim, total) => total > 0 && onPersen(Math.round((terkirim / Math.max(1, total)) * 100)) : undefined;

interface JawabanXhr {
  status: number;
  text: string;
}

/** One XMLHttpRequest POST with upload progress (fetch has no upload progress in browsers). */
const kirimXhr = (url: string, body: FormData, token: string | null, onProgres?: Progres) =>
  new Promise<JawabanXhr>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    if (onProgres) xhr.upload.onprogress = (event) => onProgres(event.loaded, event.lengthComputable ? event.total : 0);
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText ?? '' });
    xhr.onerror = () => reject(httpErrorFrom(0, undefined));
    xhr.onabort = () => reject(httpErrorFrom(0, undefined));
    xhr.send(body);
  });

/**
 * Every multipart upload of the panel (evidence, signed SKP, presensi and DPA imports): XMLHttpRequest
 * for the progress bar when the browser has it, else the session's authFetch; the session's token with
 * one refresh on 401. Answers the `data` of the JSON body, or throws the server's error (its message
 * and field) as the other calls do.
 */
export async function kirimMultipart<T>(
  session: Session,
  url: string,
  form: FormData,
  onProgres?: Progres,
): Promise<T> {
  let jawaban: JawabanXhr;
  if (typeof XMLHttpRequest === 'undefined') {
    const response = await session.authFetch(url, {
      method: 'POST',
      body: form,
      headers: { Accept: 'application/json' },
    });
    jawaban = { status: response.status, text: await response.text() };
  } else {
    jawaban = await kirimXhr(url, form, session.getToken(), onProgres);
    if (jawaban.status === 401) {
      const baru = await session.refresh();
      if (baru) jawaban = await kirimXhr(url, form, baru, onProgres);
    }
  }
  const json = parseJson(jawaban.text) as { data?: T } | undefined;
  if (jawaban.status < 200 || jawaban.status >= 300)
    throw httpErrorFrom(jawaban.status, json ?? (jawaban.text || undefined));
  return json?.data as T;
}
