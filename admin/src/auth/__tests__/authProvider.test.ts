import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSession, SESSION_HINT_KEY } from '../session';
import { createAuthProvider } from '../../authProvider';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const ME = {
  id: 1,
  username: '199004042015031004',
  email: 'x@madiunkota.go.id',
  role: { type: 'pegawai', name: 'Pegawai' },
  pegawai: {
    id: 'p1',
    nip: '199004042015031004',
    nama: 'Andi',
    nama_lengkap: 'Andi, S.Kom.',
    jabatan: { nama: 'Pelaksana' },
    opd: { id: 'o1', nama: 'Dinas Komunikasi dan Informatika', kode_opd: '2.16' },
  },
  lastLoginAt: '2026-11-27T01:00:00.000Z',
  lastLoginIp: '10.0.0.1',
};

const memory = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    data,
  };
};

const setup = (
  handler: (url: string, init?: RequestInit) => Response | Promise<Response>,
  hint: Record<string, string> = {},
) => {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => handler(url, init));
  vi.stubGlobal('fetch', fetch);
  const hintStorage = memory(hint);
  const session = createSession({ apiUrl: '', storage: null, hintStorage });
  return { fetch, session, hintStorage, auth: createAuthProvider(session) };
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('authProvider', () => {
  it('login posts identifier/password with the refresh-cookie header', async () => {
    const { fetch, session, auth } = setup((url) =>
      url === '/api/auth/local' ? json(200, { jwt: 'j1', user: { id: 1 } }) : json(200, ME),
    );
    await auth.login({ username: ' 199004042015031004 ', password: 'Madiun#2026' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/local');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('include');
    expect(new Headers(init.headers).get('x-strapi-refresh-cookie')).toBe('httpOnly');
    expect(JSON.parse(String(init.body))).toEqual({
      identifier: '199004042015031004',
      password: 'Madiun#2026',
    });
    expect(session.getToken()).toBe('j1');
    const meCall = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect(meCall[0]).toBe('/api/users/me');
    expect(new Headers(meCall[1].headers).get('Authorization')).toBe('Bearer j1');
  });

  it.each([
    [400, 'NIP / nama pengguna atau kata sandi salah'],
    [429, 'Terlalu banyak percobaan gagal. Coba lagi dalam 15 menit.'],
  ])('login shows the server message of a %s', async (status, message) => {
    const { auth, session } = setup(() =>
      json(status, { data: null, error: { status, name: 'ValidationError', message, details: {} } }),
    );
    await expect(auth.login({ username: 'x', password: 'y' })).rejects.toThrow(message);
    expect(session.getToken()).toBeNull();
  });

  it('login without a JSON body gives a translatable fallback', async () => {
    const { auth } = setup(() => new Response('Too Many Requests', { status: 429 }));
    await expect(auth.login({ username: 'x', password: 'y' })).rejects.toThrow('mskp.error.terlalu_banyak');
  });

  it('identity and permissions come from /api/users/me (fetched once)', async () => {
    const { fetch, session, auth } = setup(() => json(200, ME));
    session.setToken('j');
    const identity = await auth.getIdentity!();
    expect(identity.fullName).toBe('Andi, S.Kom.');
    expect(await auth.getPermissions!({})).toBe('pegawai');
    expect(await auth.canAccess!({ resource: 'beranda', action: 'list' })).toBe(true);
    expect(await auth.canAccess!({ resource: 'users', action: 'list' })).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('checkAuth with a token resolves without a call', async () => {
    const { fetch, session, auth } = setup(() => json(500, {}));
    session.setToken('j');
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('checkAuth without a token tries the refresh cookie (new tab)', async () => {
    const { session, auth } = setup(
      (url) => (url === '/api/auth/refresh' ? json(200, { jwt: 'from-cookie' }) : json(404, {})),
      { [SESSION_HINT_KEY]: '1' },
    );
    await auth.checkAuth({});
    expect(session.getToken()).toBe('from-cookie');
  });

  it('checkAuth rejects and drops the hint when the refresh is refused', async () => {
    const { auth, hintStorage, fetch } = setup(() => json(401, {}), { [SESSION_HINT_KEY]: '1' });
    await expect(auth.checkAuth({})).rejects.toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(hintStorage.data.has(SESSION_HINT_KEY)).toBe(false);
  });

  it('checkAuth on a browser that never signed in makes no call', async () => {
    const { auth, fetch } = setup(() => json(200, { jwt: 'x' }));
    await expect(auth.checkAuth({})).rejects.toBeTruthy();
    expect(await auth.getPermissions!({})).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('login sets the hint, logout removes it', async () => {
    const { auth, hintStorage } = setup((url) =>
      url === '/api/auth/local' ? json(200, { jwt: 'j1', user: { id: 1 } }) : json(200, ME),
    );
    await auth.login({ username: 'admin', password: 'x' });
    expect(hintStorage.data.get(SESSION_HINT_KEY)).toBe('1');
    await auth.logout({});
    expect(hintStorage.data.has(SESSION_HINT_KEY)).toBe(false);
  });

  it('checkError logs out on 401 only', async () => {
    const { session, auth } = setup(() => json(200, {}));
    session.setToken('j');
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(session.getToken()).toBe('j');
    await expect(auth.checkError({ status: 500 })).resolves.toBeUndefined();
    await expect(auth.checkError({ status: 401 })).rejects.toBeTruthy();
    expect(session.getToken()).toBeNull();
  });

  it('logout revokes on the server with the bearer token', async () => {
    const { fetch, session, auth } = setup(() => json(200, { ok: true }));
    session.setToken('j');
    await auth.logout({});
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/logout');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('include');
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer j');
    expect(session.getToken()).toBeNull();
  });

  it('logout without a session makes no call', async () => {
    const { fetch, auth } = setup(() => json(200, {}));
    await auth.logout({});
    expect(fetch).not.toHaveBeenCalled();
  });
});
