/**
 * Strapi's own routes × actor (issue 10 "Hardening", items 1 and 5; quality.md Tests: role × endpoint
 * matrix). Anonymous and every role of tabel.ts against Strapi's admin API (/admin/*, the plugins' admin
 * sides), the users-permissions routes (/api/users*, /api/auth/*, roles, permissions) and the upload
 * plugin's content API. The test server runs as a deployment does by default in production: Strapi's
 * admin off (SERVE_STRAPI_ADMIN=false). Each cell is one test "<actor> × <METHOD path> → <status>".
 * Only the routes M-SKP uses answer: login, refresh, logout, change-password, /api/users/me.
 */
import { mulaiStrapi } from '../helpers/strapi';
import { AKTOR, NAMA_AKTOR, orang, type Aktor } from './tabel';

const t = mulaiStrapi();
const { jwt } = orang(t);

type Pelaku = 'anonim' | Aktor;
const PELAKU: Pelaku[] = ['anonim', ...AKTOR];
const nama = (p: Pelaku) => (p === 'anonim' ? 'anonymous' : NAMA_AKTOR[p]);

/** [method, path, body, status for anonymous, status for every signed-in role] */
type Baris = [string, string, Record<string, unknown> | null, number[], number[]];

/**
 * No such route: 404, or 405 for a method other than GET (strapi::public answers GET on every path for
 * the static files, so Koa's router says "method not allowed" there). Filled in per row by `sel`.
 */
const TIDAK_ADA: number[] = [];
const tidakAda = (method: string) => (method === 'GET' ? [404] : [405]);
/** An admin-type route refused by the guard of rute-strapi.ts while Strapi's admin is off. */
const MATI = [404];
const ADMIN_STRAPI: Baris[] = [
  ['GET', '/admin/init', null, MATI, MATI],
  [
    'POST',
    '/admin/register-admin',
    { email: 'penyusup@contoh.id', firstname: 'P', lastname: 'S', password: 'Penyusup2026' },
    TIDAK_ADA,
    TIDAK_ADA,
  ],
  [
    'POST',
    '/Admin/Register-Admin',
    { email: 'penyusup@contoh.id', firstname: 'P', lastname: 'S', password: 'Penyusup2026' },
    TIDAK_ADA,
    TIDAK_ADA,
  ],
  ['POST', '/admin/login', { email: 'penyusup@contoh.id', password: 'Penyusup2026' }, MATI, MATI],
  ['GET', '/admin/users/me', null, MATI, MATI],
  ['GET', '/admin/api-tokens', null, MATI, MATI],
  ['POST', '/admin/api-tokens', { name: 'x', type: 'full-access', lifespan: null }, MATI, MATI],
  ['GET', '/content-manager/collection-types/plugin::users-permissions.user', null, MATI, MATI],
  ['POST', '/content-manager/collection-types/plugin::kinerja.realisasi', { bulan: 1 }, MATI, MATI],
  ['GET', '/users-permissions/roles', null, MATI, MATI],
  ['GET', '/upload/files', null, MATI, MATI],
];

const USERS_PERMISSIONS: Baris[] = [
  ['GET', '/api/users', null, TIDAK_ADA, TIDAK_ADA],
  ['GET', '/api/users/count', null, TIDAK_ADA, TIDAK_ADA],
  ['GET', '/api/users/1', null, TIDAK_ADA, TIDAK_ADA],
  [
    'POST',
    '/api/users',
    { username: 'penyusup', email: 'penyusup@contoh.id', password: 'Penyusup2026' },
    TIDAK_ADA,
    TIDAK_ADA,
  ],
  ['PUT', '/api/users/1', { blocked: true }, TIDAK_ADA, TIDAK_ADA],
  ['DELETE', '/api/users/1', null, TIDAK_ADA, TIDAK_ADA],
  ['GET', '/api/Users', null, TIDAK_ADA, TIDAK_ADA],
  ['GET', '/api/users-permissions/roles', null, TIDAK_ADA, TIDAK_ADA],
  ['GET', '/api/users-permissions/roles/1', null, TIDAK_ADA, TIDAK_ADA],
  ['POST', '/api/users-permissions/roles', { name: 'x' }, TIDAK_ADA, TIDAK_ADA],
  ['GET', '/api/users-permissions/permissions', null, TIDAK_ADA, TIDAK_ADA],
  [
    'POST',
    '/api/auth/local/register',
    { username: 'penyusup', email: 'penyusup@contoh.id', password: 'Penyusup2026' },
    TIDAK_ADA,
    TIDAK_ADA,
  ],
  ['POST', '/api/auth/forgot-password', { email: 'admin@uji.mskp.invalid' }, TIDAK_ADA, TIDAK_ADA],
  ['POST', '/api/Auth/Forgot-Password', { email: 'admin@uji.mskp.invalid' }, TIDAK_ADA, TIDAK_ADA],
  [
    'POST',
    '/api/auth/reset-password',
    { code: 'x', password: 'Penyusup2026', passwordConfirmation: 'Penyusup2026' },
    TIDAK_ADA,
    TIDAK_ADA,
  ],
  ['GET', '/api/auth/email-confirmation?confirmation=x', null, TIDAK_ADA, TIDAK_ADA],
  ['POST', '/api/auth/send-email-confirmation', { email: 'admin@uji.mskp.invalid' }, TIDAK_ADA, TIDAK_ADA],
  ['GET', '/api/connect/github', null, TIDAK_ADA, TIDAK_ADA],
  ['GET', '/api/auth/github/callback?access_token=x', null, TIDAK_ADA, TIDAK_ADA],
  ['GET', '/api/auth/sessions', null, TIDAK_ADA, TIDAK_ADA],
  ['DELETE', '/api/auth/sessions/1', null, TIDAK_ADA, TIDAK_ADA],
  // the routes M-SKP uses
  ['GET', '/api/users/me', null, [401, 403], [200]],
  ['POST', '/api/auth/change-password', {}, [401, 403], [400]],
];

const UPLOAD: Baris[] = [
  ['POST', '/api/upload', {}, [403], [403]],
  ['GET', '/api/upload/files', null, [403], [403]],
  ['GET', '/api/upload/files/1', null, [403], [403]],
  ['DELETE', '/api/upload/files/1', null, [403], [403]],
];

async function kirim(p: Pelaku, method: string, path: string, body: Record<string, unknown> | null) {
  const srv = p === 'anonim' ? t.http() : null;
  const token = p === 'anonim' ? null : await jwt(p);
  const m = method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  let r = srv ? srv[m](path) : t.as(token as string)[m](path);
  if (body) r = r.send(body);
  return r;
}

function sel(judul: string, baris: Baris[]) {
  const kasus: [string, Pelaku, string, string, Record<string, unknown> | null, number[]][] = [];
  for (const [method, path, body, anonim, masuk] of baris) {
    for (const p of PELAKU) {
      const baku = p === 'anonim' ? anonim : masuk;
      const harap = baku === TIDAK_ADA ? tidakAda(method) : baku;
      kasus.push([`${nama(p)} × ${method} ${path} → ${harap.join('/')}`, p, method, path, body, harap]);
    }
  }
  describe(judul, () => {
    test.each(kasus)('%s', async (_n, p, method, path, body, harap) => {
      const r = await kirim(p, method, path, body);
      expect(harap).toContain(r.status);
      if (harap === MATI) expect(r.body?.error?.details?.code).toBe('ADMIN_STRAPI_NONAKTIF');
    });
  });
}

sel("Strapi's admin API (off: SERVE_STRAPI_ADMIN=false)", ADMIN_STRAPI);
sel('users-permissions: only login, refresh, logout, change-password and /api/users/me exist', USERS_PERMISSIONS);
sel("the upload plugin's content API: no role holds its permissions", UPLOAD);

describe('nothing was created or sent by the refused calls', () => {
  test('no Strapi admin exists, no user "penyusup", no reset token stored, no API token "x"', async () => {
    expect(await t.strapi.db.query('admin::user').count()).toBe(0);
    expect(await t.strapi.db.query('plugin::users-permissions.user').count({ where: { username: 'penyusup' } })).toBe(
      0,
    );
    expect(
      await t.strapi.db
        .query('plugin::users-permissions.user')
        .count({ where: { resetPasswordToken: { $notNull: true } } }),
    ).toBe(0);
    expect(await t.strapi.db.query('admin::api-token').count({ where: { name: 'x' } })).toBe(0);
  });

  test('the public role holds exactly login, refresh and logout', async () => {
    const perm = await t.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: { type: 'public' } }, select: ['action'] });
    expect(perm.map((p: any) => p.action).sort()).toEqual([
      'plugin::users-permissions.auth.callback',
      'plugin::users-permissions.auth.logout',
      'plugin::users-permissions.auth.refresh',
    ]);
  });
});
