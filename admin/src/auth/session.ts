/**
 * The access token and the authenticated fetch.
 *
 * Strapi users-permissions runs in refresh mode: the access token (jwt)
 * lives 10 minutes and is kept in memory and sessionStorage; the refresh
 * token is an httpOnly cookie that JavaScript never sees. Any 401 triggers
 * one refresh (shared by concurrent requests) and one retry.
 */

export const TOKEN_STORAGE_KEY = 'mskp.jwt';
/**
 * Non-secret hint (localStorage, shared by tabs) that a refresh cookie may
 * exist, so a fresh tab tries /api/auth/refresh, and a browser that never
 * signed in (or signed out) does not send a refresh that must fail.
 */
export const SESSION_HINT_KEY = 'mskp.sesi';
export const REFRESH_COOKIE_HEADER = 'x-strapi-refresh-cookie';

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SessionOptions {
  /** Origin of the API ('' = same origin). */
  apiUrl: string;
  fetch?: FetchLike;
  storage?: StorageLike | null;
  /** Where the session hint lives (default localStorage). */
  hintStorage?: StorageLike | null;
}

export interface AuthFetchInit extends RequestInit {
  /** Do not refresh and retry on 401 (used by the auth calls themselves). */
  skipRefresh?: boolean;
}

export interface Session {
  apiUrl: string;
  getToken(): string | null;
  setToken(token: string | null): void;
  /** Ask for a new access token with the refresh cookie; null when refused. */
  refresh(): Promise<string | null>;
  /** fetch with the bearer token, refreshing and retrying once on 401. */
  authFetch(url: string, init?: AuthFetchInit): Promise<Response>;
  /** Listeners called when a refresh fails (the session is over). */
  onExpired(listener: () => void): () => void;
  /** True when a token is held or a refresh cookie may exist. */
  mayResume(): boolean;
  /** Forget the token and the hint (logout). */
  end(): void;
}

const defaultStorage = (): StorageLike | null => {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
};

const defaultHintStorage = (): StorageLike | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

const safely = (action: () => void) => {
  try {
    action();
  } catch {
    // storage full or disabled: memory is enough for this tab
  }
};

export const withHeaders = (
  headers: HeadersInit | undefined,
  extra: Record<string, string | null | undefined>,
): Headers => {
  const result = new Headers(headers ?? {});
  for (const [name, value] of Object.entries(extra)) {
    if (value == null) result.delete(name);
    else result.set(name, value);
  }
  return result;
};

export const createSession = (options: SessionOptions): Session => {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const hintStorage = options.hintStorage === undefined ? defaultHintStorage() : options.hintStorage;
  const setHint = (on: boolean) =>
    safely(() => (on ? hintStorage?.setItem(SESSION_HINT_KEY, '1') : hintStorage?.removeItem(SESSION_HINT_KEY)));
  const hasHint = () => {
    try {
      return hintStorage?.getItem(SESSION_HINT_KEY) === '1';
    } catch {
      return false;
    }
  };

  let token: string | null = null;
  try {
    token = storage?.getItem(TOKEN_STORAGE_KEY) ?? null;
  } catch {
    token = null;
  }
  let pendingRefresh: Promise<string | null> | null = null;
  const expiredListeners = new Set<() => void>();

  const setToken = (next: string | null) => {
    token = next;
    safely(() => {
      if (next) storage?.setItem(TOKEN_STORAGE_KEY, next);
      else storage?.removeItem(TOKEN_STORAGE_KEY);
    });
    if (next) setHint(true);
  };

  const doRefresh = async (): Promise<string | null> => {
    try {
      const response = await fetchImpl(`${apiUrl}/api/auth/refresh`, {
        method: 'POST',
        credentials: 'include',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          [REFRESH_COOKIE_HEADER]: 'httpOnly',
        },
        body: '{}',
      });
      if (!response.ok) throw new Error(`refresh ${response.status}`);
      const body = (await response.json()) as { jwt?: unknown };
      if (typeof body?.jwt !== 'string' || body.jwt === '') {
        throw new Error('refresh without jwt');
      }
      setToken(body.jwt);
      return body.jwt;
    } catch {
      setToken(null);
      setHint(false);
      expiredListeners.forEach((listener) => listener());
      return null;
    }
  };

  const refresh = () => {
    if (!pendingRefresh) {
      pendingRefresh = doRefresh().finally(() => {
        pendingRefresh = null;
      });
    }
    return pendingRefresh;
  };

  const send = (url: string, init: RequestInit, bearer: string | null) =>
    fetchImpl(url, {
      ...init,
      credentials: 'include',
      headers: withHeaders(init.headers, {
        Authorization: bearer ? `Bearer ${bearer}` : null,
      }),
    });

  const authFetch = async (url: string, init: AuthFetchInit = {}) => {
    const { skipRefresh, ...requestInit } = init;
    // a refresh may already be running (another request got a 401)
    if (pendingRefresh) await pendingRefresh;
    const usedToken = token;
    const response = await send(url, requestInit, usedToken);
    if (response.status !== 401 || skipRefresh) return response;
    // another request may have refreshed while this one was in flight
    const fresh = token && token !== usedToken ? token : await refresh();
    if (!fresh) return response;
    return send(url, requestInit, fresh);
  };

  return {
    apiUrl,
    getToken: () => token,
    setToken,
    refresh,
    authFetch,
    onExpired(listener) {
      expiredListeners.add(listener);
      return () => expiredListeners.delete(listener);
    },
    mayResume: () => token !== null || hasHint(),
    end() {
      setToken(null);
      setHint(false);
    },
  };
};

const envApiUrl = (): string => {
  try {
    return (import.meta.env?.VITE_API_URL as string | undefined) ?? '';
  } catch {
    return '';
  }
};

/** The application's session (same origin unless VITE_API_URL says otherwise). */
export const session: Session = createSession({ apiUrl: envApiUrl() });
