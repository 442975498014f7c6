/** Shared setup of the data-provider tests: a provider over a fake fetch, JSON answers, the calls made. */
import { vi } from 'vitest';
import { createSession } from '../../auth/session';
import { createDataProvider } from '../index';

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A data provider whose every request is answered by `handler`, signed in with the bearer token `token`. */
export const setup = (handler: (url: string, init?: RequestInit) => Response, token = 'jwt') => {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => handler(url, init));
  const session = createSession({ apiUrl: 'http://api.test', fetch, storage: null, hintStorage: null });
  session.setToken(token);
  return { fetch, dataProvider: createDataProvider(session) };
};

/** The n-th request: URL, method, parsed JSON body (undefined for other bodies) and the raw init. */
export const panggilan = (fetch: ReturnType<typeof vi.fn>, n = 0) => {
  const [url, init] = fetch.mock.calls[n] as [string, RequestInit];
  return {
    url,
    method: init?.method ?? 'GET',
    body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    init,
  };
};
