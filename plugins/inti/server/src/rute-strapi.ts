import type { Core } from '@strapi/strapi';
import { GalatMskp, galat } from './domain/galat';
import { periksaKataSandi } from './domain/kata-sandi';
import { routerPlugin } from './strapi-tipe';

/**
 * Strapi's own routes (issue 10 "Hardening"): what stays open of users-permissions and of Strapi's admin.
 * Runs in the register phase, before Strapi builds its routers, so removed routes do not exist at all
 * (404 whatever the letter case of the path: Strapi's router matches case-insensitively).
 */

/**
 * The users-permissions content-api routes M-SKP uses; every other one (register, forgot/reset password,
 * e-mail confirmation, OAuth connect and callbacks, sessions, users CRUD and count, roles, permissions)
 * is removed. Password resets are done by BKPSDM in the panel (audited), accounts come from master data.
 */
export const RUTE_USERS_PERMISSIONS_DIPAKAI = new Set([
  'POST /auth/local',
  'POST /auth/refresh',
  'POST /auth/logout',
  'POST /auth/change-password',
  'GET /users/me',
]);

/** Admin routes removed in every mode: the first super-admin comes from configuration, never from a form. */
const HANDLER_ADMIN_DITUTUP = new Set(['authentication.registerAdmin']);

const kunciRute = (r: { method?: string; path?: string }) => `${String(r.method ?? '').toUpperCase()} ${r.path ?? ''}`;

async function periksaSandiBaru(ctx: any, next: () => Promise<void>) {
  const salah = periksaKataSandi(ctx.request.body?.password);
  if (salah) throw galat.validasi(salah.kode, salah.pesan, 'password');
  await next();
}

export function tutupRuteStrapi(strapi: Core.Strapi) {
  const up = routerPlugin(strapi, 'users-permissions', 'content-api');
  if (up?.routes) {
    up.routes = up.routes.filter((r: any) => RUTE_USERS_PERMISSIONS_DIPAKAI.has(kunciRute(r)));
    // The new password meets the policy before Strapi's own (English) checks; the Document Service guard
    // checks it again on the write.
    const ganti = up.routes.find((r: any) => kunciRute(r) === 'POST /auth/change-password');
    if (ganti)
      ganti.config = { ...(ganti.config ?? {}), middlewares: [...(ganti.config?.middlewares ?? []), periksaSandiBaru] };
  }

  for (const router of Object.values<any>(strapi.admin?.routes ?? {})) {
    if (Array.isArray(router?.routes))
      router.routes = router.routes.filter((r: any) => !HANDLER_ADMIN_DITUTUP.has(r.handler));
  }

  // Every admin-type route (/admin/*, /content-manager/*, API tokens, the plugins' admin sides) passes
  // here first: refused unless Strapi's admin is switched on (config/admin.ts, SERVE_STRAPI_ADMIN).
  strapi.server.api('admin').use(async (_ctx: any, next: () => Promise<void>) => {
    if (strapi.config.get('admin.serveAdminPanel') !== true) {
      throw new GalatMskp(404, 'ADMIN_STRAPI_NONAKTIF', 'Alamat ini tidak tersedia. Gunakan panel M-SKP.');
    }
    await next();
  });
}
