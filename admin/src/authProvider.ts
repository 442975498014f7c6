import type { AuthProvider, UserIdentity } from 'react-admin';
import { canAccess } from './access';
import { REFRESH_COOKIE_HEADER, session as appSession, type Session } from './auth/session';
import { fallbackMessageFor, messageOf } from './dataProvider/errors';

/** `GET /api/users/me` */
export interface Me {
  id: number | string;
  documentId?: string;
  username: string;
  email?: string | null;
  role?: { type: string; name?: string | null } | null;
  pegawai?: {
    id: number | string;
    documentId?: string;
    nip: string;
    nama: string;
    nama_lengkap?: string | null;
    jabatan?: { id?: string; nama?: string | null } | null;
    /** acting posts held today (Plt./Plh./Pj.) */
    jabatan_plt?: Array<{ id?: string; nama: string; sebagai: string }> | null;
    /** holds today (definitive or Plt) the head post of an OPD */
    kepala_opd?: boolean;
    opd?: { id: number | string; documentId?: string; nama: string; kode_opd?: string } | null;
  } | null;
  /** the regional government today (policy `daerah`): panel title, default place of the prints */
  daerah?: { nama_pemerintah: string; nama_daerah: string; tempat_default: string } | null;
  lastLoginAt?: string | null;
  lastLoginIp?: string | null;
}

export interface MskpIdentity extends UserIdentity {
  me: Me;
  roleType: string | null;
}

export class AuthError extends Error {
  status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'AuthError';
    this.status = status;
  }
}

const readJson = async (response: Response): Promise<unknown> => {
  try {
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

export const identityOf = (me: Me): MskpIdentity => ({
  id: me.id,
  fullName: me.pegawai?.nama_lengkap || me.pegawai?.nama || me.username,
  me,
  roleType: me.role?.type ?? null,
});

/**
 * Strapi users-permissions in refresh mode: short access token in memory and
 * sessionStorage, refresh token in an httpOnly cookie.
 */
export const createAuthProvider = (session: Session = appSession): AuthProvider => {
  let meCache: Promise<Me> | null = null;

  const fetchMe = (): Promise<Me> => {
    if (!meCache) {
      meCache = (async () => {
        const response = await session.authFetch(`${session.apiUrl}/api/users/me`, {
          headers: { Accept: 'application/json' },
        });
        const body = await readJson(response);
        if (!response.ok) {
          throw new AuthError(messageOf(response.status, body), response.status);
        }
        return body as Me;
      })().catch((error) => {
        meCache = null;
        throw error;
      });
    }
    return meCache;
  };

  const forget = () => {
    meCache = null;
    session.end();
  };

  /** A token now, or one from the refresh cookie when one may exist. */
  const ensureToken = async (): Promise<boolean> => {
    if (session.getToken()) return true;
    if (!session.mayResume()) return false;
    return (await session.refresh()) !== null;
  };
  session.onExpired(() => {
    meCache = null;
  });

  return {
    async login(params: { username?: string; identifier?: string; password: string }) {
      forget();
      const identifier = (params.identifier ?? params.username ?? '').trim();
      let response: Response;
      try {
        response = await fetch(`${session.apiUrl}/api/auth/local`, {
          method: 'POST',
          credentials: 'include',
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/json',
            [REFRESH_COOKIE_HEADER]: 'httpOnly',
          },
          body: JSON.stringify({ identifier, password: params.password }),
        });
      } catch {
        throw new AuthError('ra.notification.offline', 0);
      }
      const body = (await readJson(response)) as { jwt?: string } | undefined;
      if (!response.ok || !body || typeof body.jwt !== 'string') {
        const message = response.ok ? fallbackMessageFor(500) : messageOf(response.status, body);
        throw new AuthError(message, response.status);
      }
      session.setToken(body.jwt);
      await fetchMe();
    },

    async logout() {
      const token = session.getToken();
      forget();
      if (token) {
        try {
          await fetch(`${session.apiUrl}/api/auth/logout`, {
            method: 'POST',
            credentials: 'include',
            headers: {
              Authorization: `Bearer ${token}`,
              'Content-Type': 'application/json',
              [REFRESH_COOKIE_HEADER]: 'httpOnly',
            },
            body: '{}',
          });
        } catch {
          // offline: the local session is gone anyway
        }
      }
    },

    async checkAuth() {
      // a new tab or a reload: the refresh cookie may still be valid
      if (!(await ensureToken())) throw new AuthError('ra.auth.auth_check_error', 401);
    },

    async checkError(error: { status?: number } | undefined) {
      const status = error?.status;
      if (status === 401) {
        // the http client already tried a refresh: the session is over
        forget();
        throw new AuthError('mskp.error.sesi_berakhir', 401);
      }
      // 403 is a scope refusal on one record or list: stay logged in
    },

    async getIdentity() {
      return identityOf(await fetchMe());
    },

    async getPermissions() {
      if (!(await ensureToken())) return null;
      const me = await fetchMe();
      return me.role?.type ?? null;
    },

    async canAccess({ resource, action }) {
      if (!(await ensureToken())) return false;
      const me = await fetchMe();
      return canAccess(me.role?.type, resource, action);
    },
  };
};

export const authProvider = createAuthProvider();
