/**
 * Browser journeys per role (issue: foundation). Each role logs in through the real login page and sees
 * its own menu; screenshots are kept in artifacts/e2e/ (CI artifacts).
 */
import type { Page } from 'playwright-core';
import { siapkanE2e, tangkapLayar } from './server';

const e2e = siapkanE2e();
const masuk = (identifier: string) => e2e.masuk(identifier);

const menuTerlihat = async (page: Page) =>
  (
    await page.locator('[data-testid^="menu-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))
  ).sort();

test('halaman masuk berbahasa Indonesia dan menolak kata sandi salah', async () => {
  const page = await e2e.browser.newPage({ locale: 'id-ID' });
  await page.goto(e2e.url + '/');
  expect(page.url()).toContain('/panel/');
  await page.waitForSelector('[data-testid="login-form"]');
  await page.fill('input[name="username"]', '199004042015031004');
  await page.fill('input[name="password"]', 'salah-sekali-1');
  await page.click('[data-testid="login-submit"]');
  const galat = page.locator('[data-testid="login-error"]');
  await galat.waitFor();
  expect(await galat.innerText()).toMatch(/salah/i);
  await tangkapLayar(page, '00-login-gagal');
  await page.close();
}, 60_000);

test('Admin BKPSDM melihat menu pengelolaan lengkap dan daftar pegawai', async () => {
  const page = await masuk('admin');
  const menu = await menuTerlihat(page);
  for (const m of [
    'menu-opd',
    'menu-jabatan',
    'menu-pegawai',
    'menu-penugasan',
    'menu-users',
    'menu-aktivitas-pengguna',
    'menu-audit-log',
  ]) {
    expect(menu).toContain(m);
  }
  expect(menu).not.toContain('menu-beranda');
  await tangkapLayar(page, '10-admin-dasbor');

  await page.click('[data-testid="menu-pegawai"]');
  // NIPs are shown in their printed, grouped form
  await page.waitForSelector('text=19700101 200003 1 001', { timeout: 20_000 });
  await tangkapLayar(page, '11-admin-pegawai');

  await page.click('[data-testid="menu-aktivitas-pengguna"]');
  await page.waitForSelector('[data-testid="aktivitas-pengguna"] table tbody tr');
  await page.waitForFunction(() =>
    /\d/.test(document.querySelector('[data-testid="ringkasan-idle-total"]')?.textContent ?? ''),
  );
  const belum = Number(await page.locator('[data-testid="ringkasan-belum-login-total"]').innerText());
  expect(belum).toBeGreaterThan(0); // the demo city has accounts that never logged in
  await page.click('[data-testid="chip-belum-login"]');
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="aktivitas-pengguna"] table tbody tr').length === Math.min(n, 25),
    belum,
  );
  await tangkapLayar(page, '12-admin-aktivitas-pengguna');
  await page.context().close();
}, 120_000);

test('Kepala Dinas melihat portal ASN dengan bawahannya, tanpa menu BKPSDM', async () => {
  const page = await masuk('197001012000031001');
  const menu = await menuTerlihat(page);
  expect(menu).toContain('menu-beranda');
  expect(menu).toContain('menu-profil');
  for (const m of ['menu-opd', 'menu-users', 'menu-audit-log', 'menu-aktivitas-pengguna'])
    expect(menu).not.toContain(m);
  const bawahan = page.locator('[data-testid="bawahan-item"]');
  await bawahan.first().waitFor({ timeout: 20_000 });
  const teks = (await bawahan.allInnerTexts()).join('\n');
  expect(teks).toMatch(/19750202 ?200103 ?2 ?002|197502022001032002/);
  expect(teks).toMatch(/19800303 ?200501 ?1 ?003|198003032005011003/);
  await tangkapLayar(page, '20-kepala-dinas-beranda');
  await page.context().close();
}, 120_000);

test('Staf melihat portal ASN miliknya sendiri saja', async () => {
  const page = await masuk('199004042015031004');
  const menu = await menuTerlihat(page);
  expect(menu).toContain('menu-beranda');
  for (const m of ['menu-opd', 'menu-pegawai', 'menu-users', 'menu-audit-log']) expect(menu).not.toContain(m);
  await page.waitForSelector('[data-testid="sambutan"]');
  const profil = await page.locator('[data-testid="kartu-profil"]').innerText();
  expect(profil).toContain('19900404 201503 1 004');
  expect(profil).toContain('Dinas Komunikasi dan Informatika');
  const bawahan = await page.locator('[data-testid="bawahan-item"]').allInnerTexts();
  expect(bawahan.join('\n')).not.toMatch(/197001012000031001|19700101 200003 1 001/);
  await tangkapLayar(page, '30-staf-beranda');
  await page.click('[data-testid="menu-profil"]');
  await page.waitForSelector('[data-testid="profil-saya"]');
  await tangkapLayar(page, '31-staf-profil');
  await page.context().close();
}, 120_000);
