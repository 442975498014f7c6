import type { Core } from '@strapi/strapi';
import { layanan } from './layanan';
import { daftarkanPenjagaDokumen } from './services/penjaga-dokumen';
import { tutupRuteStrapi } from './rute-strapi';
import { routerPlugin, semuaRouterPlugin } from './strapi-tipe';
import { MIDDLEWARE_MULTIPART } from './middlewares/multipart';

/** Strapi upload plugin actions that read `ctx.request.files` (admin media library, content-API upload). */
const AKSI_UNGGAH_STRAPI = /^(admin-upload\.(upload|uploadFile|replaceFile)|content-api\.upload)$/;

/**
 * Multipart is off globally (cms/config/middlewares.ts): Strapi's own upload routes parse it, like ours,
 * through the route middleware, after their authentication and policies.
 */
function multipartUntukUnggahStrapi(strapi: Core.Strapi) {
  for (const router of semuaRouterPlugin(strapi, 'upload')) {
    for (const rute of router.routes ?? []) {
      if (String(rute.method).toUpperCase() !== 'POST' || !AKSI_UNGGAH_STRAPI.test(String(rute.handler))) continue;
      rute.config = {
        ...(rute.config ?? {}),
        middlewares: [...(rute.config?.middlewares ?? []), MIDDLEWARE_MULTIPART],
      };
    }
  }
}

/**
 * Register phase: extend the
 * users-permissions user with last login and the pegawai link, install the document guards, close
 * Strapi's unused routes (rute-strapi.ts), replace GET /api/users/me with the allow-listed profile,
 * accept the panel's API tokens on the content API (services/token-api.ts: a token reaches only the
 * routes its scopes open), bind the login guard to the login route and make every access token depend
 * on its live session (issue 10 items 3 and 8).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const user = strapi.contentType('plugin::users-permissions.user');
  Object.assign(user.attributes, {
    lastLoginAt: { type: 'datetime', configurable: false },
    lastLoginIp: { type: 'string', configurable: false },
    pegawai: {
      type: 'relation',
      relation: 'oneToOne',
      target: 'plugin::inti.pegawai',
      mappedBy: 'user',
      configurable: false,
    },
  });

  daftarkanPenjagaDokumen(strapi);
  strapi.get('auth').register('content-api', layanan(strapi, 'inti', 'token-api').strategi());
  tutupRuteStrapi(strapi);
  multipartUntukUnggahStrapi(strapi);

  const userController = strapi.plugin('users-permissions').controller('user');
  userController.me = async (ctx: any) => {
    if (!ctx.state.user) return ctx.unauthorized();
    ctx.body = await layanan(strapi, 'inti', 'pengguna').profil(ctx.state.user.id);
  };

  pasangPenjagaLogin(strapi);
  pasangCekSesi(strapi);
};

/**
 * The login guard is a middleware of the login route itself (every users-permissions content-API route
 * whose handler is `auth.callback`), placed before Strapi's per-IP limiter. Bound to the matched route,
 * it runs for whatever spelling of the path Strapi's case-insensitive router accepted (`/api/Auth/Local`,
 * a trailing slash), which a global middleware comparing `ctx.path` cannot guarantee.
 */
function pasangPenjagaLogin(strapi: Core.Strapi) {
  const NAMA = 'plugin::inti.penjaga-login';
  const rute = routerPlugin(strapi, 'users-permissions', 'content-api')?.routes ?? [];
  const login = rute.filter((r) => r.handler === 'auth.callback');
  if (!login.some((r) => String(r.method).toUpperCase() === 'POST' && r.path === '/auth/local')) {
    // never boot without the guard: a users-permissions upgrade that renames the route must be noticed
    throw new Error(
      'inti: rute login users-permissions (POST /auth/local, auth.callback) tidak ditemukan; penjaga login tidak dapat dipasang',
    );
  }
  for (const r of login) {
    r.config = r.config ?? {};
    const ada = r.config.middlewares ?? [];
    if (!ada.includes(NAMA)) r.config.middlewares = [NAMA, ...ada];
  }
}

/**
 * users-permissions (refresh mode) accepts an access token on its signature and expiry alone, so a token
 * outlived logout or a password change by up to its 10-minute lifespan. Its jwt service is extended: the
 * token's session (sessionId in the payload) must still be alive (services/sesi.ts, cached briefly),
 * otherwise the token is refused like a forged one and the request answers 401.
 */
function pasangCekSesi(strapi: Core.Strapi) {
  strapi.get('services').extend('plugin::users-permissions.jwt', (jwt: any) => ({
    ...jwt,
    async verify(token: string) {
      const hasil = await jwt.verify(token);
      if (strapi.config.get<string>('plugin::users-permissions.jwtManagement', 'legacy-support') !== 'refresh')
        return hasil;
      const hidup = await layanan(strapi, 'inti', 'sesi').hidup(
        String(hasil?.sessionId ?? ''),
        String(hasil?.id ?? ''),
      );
      if (!hidup) throw new Error('Invalid token.');
      return hasil;
    },
  }));
}
