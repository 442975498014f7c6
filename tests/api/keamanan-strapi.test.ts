/**
 * Issue 10 "Hardening", items 1, 5, 9 and 11, on a server with Strapi's admin switched on (as in
 * development, or SERVE_STRAPI_ADMIN=true) and behind a trusted proxy (TRUST_PROXY=true):
 *  1. the first super-admin comes from STRAPI_ADMIN_EMAIL/PASSWORD at bootstrap; register-admin does not
 *     exist (fresh servers without that configuration and production defaults run in child processes);
 *  5. forgot/reset password are gone: the same answer for a known and an unknown account, no token stored;
 *  9. one password policy on change-password, the reset path (users-permissions user service) and the panel;
 * 11. the refresh cookie is Secure exactly on HTTPS (direct or X-Forwarded-Proto through the trusted proxy);
 *     the CSP connect-src is 'self' plus the configured origins, never `https:`.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { mulaiStrapi, NIP, KATA_SANDI_DEMO } from '../helpers/strapi';

const ADMIN_EMAIL = 'admin.strapi@uji.mskp.invalid';
const ADMIN_SANDI = 'Strapi#Kuat2026';
const t = mulaiStrapi({
  env: {
    SERVE_STRAPI_ADMIN: 'true',
    STRAPI_ADMIN_EMAIL: ADMIN_EMAIL,
    STRAPI_ADMIN_PASSWORD: ADMIN_SANDI,
    TRUST_PROXY: 'true',
    CSP_CONNECT_SRC: 'https://api.contoh.go.id',
  },
});

const daftarAdmin = { email: 'penyusup@contoh.id', firstname: 'Pe', lastname: 'Nyusup', password: 'Penyusup2026' };

describe('item 1: Strapi super-admin from configuration, never by open registration', () => {
  test('the configured super-admin exists after bootstrap; /admin/init says hasAdmin', async () => {
    const admins = await t.strapi.db.query('admin::user').findMany({ select: ['email'] });
    expect(admins.map((a: any) => a.email)).toEqual([ADMIN_EMAIL]);
    const init = await t.http().get('/admin/init');
    expect(init.status).toBe(200);
    expect(init.body.data.hasAdmin).toBe(true);
    const audit = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findMany({ where: { aksi: 'ADMIN_STRAPI_DIBUAT' } });
    expect(audit).toHaveLength(1);
  });

  test("it logs in to Strapi's admin with the configured password", async () => {
    const r = await t.http().post('/admin/login').send({ email: ADMIN_EMAIL, password: ADMIN_SANDI });
    expect(r.status).toBe(200);
    expect(r.body.data.token).toBeTruthy();
  });

  test.each(['/admin/register-admin', '/ADMIN/Register-Admin'])('POST %s → 404/405, nobody created', async (alamat) => {
    const r = await t.http().post(alamat).send(daftarAdmin);
    expect([403, 404, 405]).toContain(r.status);
    expect(await t.strapi.db.query('admin::user').count()).toBe(1);
  });

  test('a second start with the configuration leaves the existing super-admin alone', async () => {
    expect(
      await t.strapi
        .plugin('inti')
        .service('admin-strapi')
        .pastikanAdminPertama({ STRAPI_ADMIN_EMAIL: 'lain@uji.mskp.invalid', STRAPI_ADMIN_PASSWORD: 'LainKuat2026' }),
    ).toBe('ADA');
    expect(await t.strapi.db.query('admin::user').count()).toBe(1);
  });

  test.each([
    [
      'a weak password',
      { STRAPI_ADMIN_EMAIL: 'a@b.id', STRAPI_ADMIN_PASSWORD: 'aaaaaa' },
      /STRAPI_ADMIN_PASSWORD ditolak \(KATA_SANDI_PENDEK\)/,
    ],
    ['letters only', { STRAPI_ADMIN_EMAIL: 'a@b.id', STRAPI_ADMIN_PASSWORD: 'hanyahurufsaja' }, /KATA_SANDI_LEMAH/],
    ['the e-mail without a password', { STRAPI_ADMIN_EMAIL: 'a@b.id' }, /tidak lengkap/],
    ['the password without an e-mail', { STRAPI_ADMIN_PASSWORD: 'LainKuat2026' }, /tidak lengkap/],
    [
      'a malformed e-mail',
      { STRAPI_ADMIN_EMAIL: 'bukan-email', STRAPI_ADMIN_PASSWORD: 'LainKuat2026' },
      /bukan alamat e-mail/,
    ],
  ])('the bootstrap refuses %s', async (_n, env, pesan) => {
    await expect(t.strapi.plugin('inti').service('admin-strapi').pastikanAdminPertama(env)).rejects.toThrow(pesan);
  });
});

describe('item 5: forgot/reset password are off and answer alike for every input', () => {
  test.each([
    ['known account', { email: 'admin@uji.mskp.invalid' }],
    ['unknown account', { email: 'tidak.ada@uji.mskp.invalid' }],
    ['no e-mail', {}],
  ])('POST /api/auth/forgot-password, %s → 405, no reset token stored', async (_n, body) => {
    const r = await t.http().post('/api/auth/forgot-password').send(body);
    expect(r.status).toBe(405);
    expect(
      await t.strapi.db
        .query('plugin::users-permissions.user')
        .count({ where: { resetPasswordToken: { $notNull: true } } }),
    ).toBe(0);
  });

  test('POST /api/auth/reset-password → 405, also with a stored token', async () => {
    const username = t.demo.pegawai.stafPersandian.username;
    const akun = await t.strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { username }, select: ['id'] });
    await t.strapi.db
      .query('plugin::users-permissions.user')
      .update({ where: { id: akun.id }, data: { resetPasswordToken: 'kode-uji' } });
    try {
      const r = await t
        .http()
        .post('/api/auth/reset-password')
        .send({ code: 'kode-uji', password: 'Penyusup2026', passwordConfirmation: 'Penyusup2026' });
      expect(r.status).toBe(405);
      expect(
        (await t.http().post('/api/auth/local').send({ identifier: username, password: 'Penyusup2026' })).status,
      ).toBe(400);
    } finally {
      await t.strapi.db
        .query('plugin::users-permissions.user')
        .update({ where: { id: akun.id }, data: { resetPasswordToken: null } });
    }
  });
});

describe('item 9: one password policy on every path that sets a password', () => {
  let akun: { id: string; username: string };
  beforeAll(async () => {
    const r = await t
      .as(await t.token('admin'))
      .post('/api/panel/users')
      .send({ username: 'sandi.uji', password: 'Rahasia2026', role: 'pegawai' });
    expect(r.status).toBe(201);
    akun = { id: r.body.id, username: 'sandi.uji' };
  });

  test.each([
    ['aaaaaa (the issue)', 'KATA_SANDI_PENDEK', 'aaaaaa'],
    ['letters only', 'KATA_SANDI_LEMAH', 'hanyahurufsaja'],
    ['digits only', 'KATA_SANDI_LEMAH', '1234567890'],
    ['73 bytes', 'KATA_SANDI_PANJANG', 'a1'.repeat(36) + 'b'],
  ])('POST /api/auth/change-password with %s → 400 %s; the old password still works', async (_n, kode, baru) => {
    const jwt = await t.login(akun.username, 'Rahasia2026');
    const r = await t
      .as(jwt)
      .post('/api/auth/change-password')
      .send({ currentPassword: 'Rahasia2026', password: baru, passwordConfirmation: baru });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toMatchObject({ code: kode, field: 'password' });
    expect(r.body.error.message).toMatch(/^Kata sandi /);
    expect((await t.http().post('/api/auth/local').send({ identifier: akun.username, password: baru })).status).toBe(
      400,
    );
    expect(
      (await t.http().post('/api/auth/local').send({ identifier: akun.username, password: 'Rahasia2026' })).status,
    ).toBe(200);
  });

  test('a password that meets the policy is accepted by change-password', async () => {
    const jwt = await t.login(akun.username, 'Rahasia2026');
    const r = await t
      .as(jwt)
      .post('/api/auth/change-password')
      .send({ currentPassword: 'Rahasia2026', password: 'Rahasia2030', passwordConfirmation: 'Rahasia2030' });
    expect(r.status).toBe(200);
    expect(
      (await t.http().post('/api/auth/local').send({ identifier: akun.username, password: 'Rahasia2030' })).status,
    ).toBe(200);
  });

  test('the reset path (users-permissions user service, as reset-password calls it) refuses a weak password', async () => {
    const row = await t.strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { username: akun.username }, select: ['id'] });
    await expect(
      t.strapi
        .plugin('users-permissions')
        .service('user')
        .edit(row.id, { resetPasswordToken: null, password: 'aaaaaa' }),
    ).rejects.toMatchObject({ kode: 'KATA_SANDI_PENDEK', status: 400 });
  });

  test('the panel: creating or updating a user with a weak password → 400 on field password, same message', async () => {
    const admin = await t.token('admin');
    const buat = await t
      .as(admin)
      .post('/api/panel/users')
      .send({ username: 'sandi.lemah', password: 'abcdefg', role: 'pegawai' });
    expect(buat.status).toBe(400);
    expect(buat.body.error.details.field).toBe('password');
    expect(buat.body.error.message).toMatch(/Kata sandi minimal 8 karakter/);
    const ubah = await t.as(admin).put(`/api/panel/users/${akun.id}`).send({ password: 'hanyahurufsaja' });
    expect(ubah.status).toBe(400);
    expect(ubah.body.error.message).toMatch(/Kata sandi harus memuat huruf dan angka/);
  });
});

describe('item 11: Secure refresh cookie on HTTPS, CSP connect-src', () => {
  const kuki = (r: any) =>
    ([] as string[]).concat(r.headers['set-cookie'] ?? []).find((c) => c.startsWith('mskp_refresh='));
  const masuk = (proto?: string) => {
    const r = t.http().post('/api/auth/local').set('x-strapi-refresh-cookie', 'httpOnly');
    if (proto) r.set('X-Forwarded-Proto', proto);
    return r.send({ identifier: NIP.jf, password: KATA_SANDI_DEMO });
  };

  test('plain HTTP: the cookie has no Secure flag (the browser would drop it)', async () => {
    const r = await masuk();
    expect(r.status).toBe(200);
    expect(kuki(r)).toBeDefined();
    expect(kuki(r)).not.toMatch(/;\s*secure/i);
  });

  test('HTTPS through the trusted proxy (X-Forwarded-Proto: https): login and refresh set a Secure cookie', async () => {
    const r = await masuk('https');
    expect(r.status).toBe(200);
    expect(kuki(r)).toMatch(/;\s*secure/i);
    expect(kuki(r)).toMatch(/httponly/i);
    const token = kuki(r)!.split(';')[0];
    const segar = await t
      .http()
      .post('/api/auth/refresh')
      .set('x-strapi-refresh-cookie', 'httpOnly')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', token)
      .send({});
    expect(segar.status).toBe(200);
    expect(kuki(segar)).toMatch(/;\s*secure/i);
  });

  test("the CSP connect-src is 'self' plus CSP_CONNECT_SRC, never https:", async () => {
    for (const alamat of ['/panel/', '/api/users/me']) {
      const r = await t.http().get(alamat);
      const csp = String(r.headers['content-security-policy'] ?? '');
      const connect = csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('connect-src'));
      expect(connect).toBe("connect-src 'self' https://api.contoh.go.id");
      expect(csp).not.toMatch(/img-src[^;]*https:/);
    }
  });
});

/** Loads the app in a child process, mounts it and reports what /admin/init and register-admin answer. */
function muatAnak(env: Record<string, string>) {
  const AKAR = path.resolve(__dirname, '..', '..');

  const { rahasiaSementara, RAHASIA } = require('../../scripts/lib/env');
  const db = path.join(os.tmpdir(), `mskp-admin-${process.pid}-${Date.now()}.db`);
  const skrip = `
    const { createStrapi } = require('@strapi/strapi');
    const request = require('supertest');
    (async () => {
      const app = await createStrapi({ appDir: ${JSON.stringify(path.join(AKAR, 'cms'))}, distDir: ${JSON.stringify(path.join(AKAR, 'cms', 'dist'))} }).load();
      await app.server.mount();
      const srv = app.server.httpServer;
      const init = await request(srv).get('/admin/init');
      const daftar = await request(srv).post('/admin/register-admin').send(${JSON.stringify(daftarAdmin)});
      const cm = await request(srv).get('/content-manager/collection-types/plugin::users-permissions.user');
      const n = await app.db.query('admin::user').count();
      console.log('HASIL=' + JSON.stringify({ init: init.status, hasAdmin: init.body?.data?.hasAdmin ?? null, daftar: daftar.status, cm: cm.status, admin: n }));
      await app.destroy();
      process.exit(0);
    })().catch((e) => { console.error('GAGAL_MUAT ' + e.message); process.exit(3); });
  `;
  const bersih: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (
      !RAHASIA.includes(k) &&
      v !== undefined &&
      !k.startsWith('DATABASE_') &&
      !k.startsWith('STRAPI_ADMIN_') &&
      k !== 'SERVE_STRAPI_ADMIN'
    )
      bersih[k] = v;
  const r = spawnSync(process.execPath, ['-e', skrip], {
    cwd: path.join(AKAR, 'cms'),
    env: {
      ...bersih,
      ...rahasiaSementara(),
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_STARTUP_LOG: 'false',
      MSKP_DEMO: 'false',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: db,
      ...env,
    } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 90_000,
  });
  for (const f of [db, db + '-wal', db + '-shm', db + '-journal']) fs.rmSync(f, { force: true });
  const keluaran = (r.stdout ?? '') + (r.stderr ?? '');
  const m = keluaran.match(/HASIL=(\{.*\})/);
  return { kode: r.status, keluaran, hasil: m ? JSON.parse(m[1]) : null };
}

describe('item 1 on fresh servers (child processes)', () => {
  test('development without STRAPI_ADMIN_*: hasAdmin false, yet register-admin is closed and creates nobody', () => {
    const r = muatAnak({ NODE_ENV: 'development' });
    expect(r.hasil).toEqual({ init: 200, hasAdmin: false, daftar: 405, cm: 401, admin: 0 });
  }, 120_000);

  test('production, SERVE_STRAPI_ADMIN unset: every admin route answers 404', () => {
    const r = muatAnak({ NODE_ENV: 'production' });
    expect(r.hasil).toEqual({ init: 404, hasAdmin: null, daftar: 405, cm: 404, admin: 0 });
  }, 120_000);

  test('a weak STRAPI_ADMIN_PASSWORD stops the start-up and says why', () => {
    const r = muatAnak({
      NODE_ENV: 'production',
      STRAPI_ADMIN_EMAIL: 'admin@contoh.go.id',
      STRAPI_ADMIN_PASSWORD: 'aaaaaa',
    });
    expect(r.kode).not.toBe(0);
    expect(r.keluaran).toMatch(/STRAPI_ADMIN_PASSWORD ditolak \(KATA_SANDI_PENDEK\)/);
  }, 120_000);
});
