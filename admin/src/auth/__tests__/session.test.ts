import { describe, expect, it, vi } from 'vitest';
import { createSession, TOKEN_STORAGE_KEY } from '../session';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const memoryStorage = () => {
  const data = new Map<string, string>();
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    data,
  };
};

const headerOf = (init: RequestInit | undefined, name: string) => new Headers(init?.headers).get(name);

describe('session', () => {
  it('keeps the token in memory and sessionStorage', () => {
    const storage = memoryStorage();
    const session = createSession({ apiUrl: '', fetch: vi.fn(), storage });
    session.setToken('abc');
    expect(session.getToken()).toBe('abc');
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('abc');
    session.setToken(null);
    expect(storage.data.has(TOKEN_STORAGE_KEY)).toBe(false);
  });

  it('restores the token from sessionStorage', () => {
    const storage = memoryStorage();
    storage.setItem(TOKEN_STORAGE_KEY, 'saved');
    const session = createSession({ apiUrl: '', fetch: vi.fn(), storage });
    expect(session.getToken()).toBe('saved');
  });

  it('sends the bearer token with credentials', async () => {
    const fetch = vi.fn(async () => json(200, []));
    const session = createSession({ apiUrl: 'http://api', fetch, storage: null });
    session.setToken('t1');
    await session.authFetch('http://api/api/panel/opd');
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(headerOf(init, 'Authorization')).toBe('Bearer t1');
    expect(init.credentials).toBe('include');
  });

  it('on 401 refreshes with the httpOnly cookie and retries once', async () => {
    const calls: Array<[string, RequestInit | undefined]> = [];
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      if (url.endsWith('/api/auth/refresh')) return json(200, { jwt: 'fresh' });
      return headerOf(init, 'Authorization') === 'Bearer fresh'
        ? json(200, [{ id: '1' }])
        : json(401, {
            data: null,
            error: { status: 401, name: 'UnauthorizedError', message: 'Missing or invalid credentials' },
          });
    });
    const storage = memoryStorage();
    const session = createSession({ apiUrl: '', fetch, storage });
    session.setToken('expired');

    const response = await session.authFetch('/api/panel/opd');

    expect(response.status).toBe(200);
    expect(calls.map(([url]) => url)).toEqual(['/api/panel/opd', '/api/auth/refresh', '/api/panel/opd']);
    const refreshInit = calls[1][1]!;
    expect(refreshInit.method).toBe('POST');
    expect(refreshInit.credentials).toBe('include');
    expect(headerOf(refreshInit, 'x-strapi-refresh-cookie')).toBe('httpOnly');
    expect(refreshInit.body).toBe('{}');
    expect(session.getToken()).toBe('fresh');
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('fresh');
  });

  it('concurrent 401s share one refresh', async () => {
    let refreshes = 0;
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith('/api/auth/refresh')) {
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 10));
        return json(200, { jwt: 'fresh' });
      }
      return headerOf(init, 'Authorization') === 'Bearer fresh' ? json(200, {}) : json(401, {});
    });
    const session = createSession({ apiUrl: '', fetch, storage: null });
    session.setToken('old');
    const results = await Promise.all([session.authFetch('/a'), session.authFetch('/b'), session.authFetch('/c')]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(refreshes).toBe(1);
  });

  it('when the refresh fails: clears the token, reports expiry, returns the 401', async () => {
    const fetch = vi.fn(async (url: string) => (url.endsWith('/api/auth/refresh') ? json(401, {}) : json(401, {})));
    const session = createSession({ apiUrl: '', fetch, storage: null });
    const expired = vi.fn();
    session.onExpired(expired);
    session.setToken('old');
    const response = await session.authFetch('/api/panel/opd');
    expect(response.status).toBe(401);
    expect(session.getToken()).toBeNull();
    expect(expired).toHaveBeenCalledTimes(1);
    // exactly one retry budget: original + refresh, no loop
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('does not refresh when asked not to', async () => {
    const fetch = vi.fn(async () => json(401, {}));
    const session = createSession({ apiUrl: '', fetch, storage: null });
    const response = await session.authFetch('/x', { skipRefresh: true });
    expect(response.status).toBe(401);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('does not retry other errors', async () => {
    const fetch = vi.fn(async () => json(403, {}));
    const session = createSession({ apiUrl: '', fetch, storage: null });
    session.setToken('t');
    expect((await session.authFetch('/x')).status).toBe(403);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
