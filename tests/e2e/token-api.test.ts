/**
 * Issue 10 item 10: API tokens managed by BKPSDM in the panel, in the browser. Admin BKPSDM opens
 * "Token API" from the menu, creates a token with the rencana-aksi:read scope in the dialog, sees the
 * secret once (with the warning and a copy button that fills the clipboard), and the secret works on
 * GET /api/rencana-aksi but not on the panel; the list shows the token without its secret; he revokes
 * it with confirmation and the token gets 401 on its next request. Screenshots in artifacts/e2e/ (90–93).
 */
import { siapkanE2e, tangkapLayar } from './server';

const e2e = siapkanE2e();
const STAF = '199004042015031004';

const pakai = async (token: string, path: string) =>
  (await fetch(e2e.url + path, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } })).status;

test('Admin BKPSDM creates a token (secret shown once, copied), the token reads renaksi only, then he revokes it', async () => {
  const page = await e2e.masuk('admin');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.url });
  await page.click('[data-testid="menu-token-api"]');
  await page.waitForSelector('[data-testid="tombol-buat-token"]');
  await tangkapLayar(page, '90-token-api-daftar');

  const nama = `ekak-e2e-${Date.now()}`;
  await page.click('[data-testid="tombol-buat-token"]');
  await page.fill('input[name="nama"]', nama);
  await page.check('input[type="checkbox"][value="rencana-aksi:read"]');
  await tangkapLayar(page, '91-token-api-buat');
  await page.click('[data-testid="tombol-simpan-token"]');

  const kotak = page.locator('[data-testid="token-rahasia"]');
  await kotak.waitFor({ timeout: 30_000 });
  const rahasia = await kotak.inputValue();
  expect(rahasia).toMatch(/^mskp_[A-Za-z0-9_-]{43}$/);
  // the create dialog may still be closing: read the secret's own dialog
  expect(await page.locator('[data-testid="dialog-rahasia"]').innerText()).toContain(
    'Token tidak akan ditampilkan lagi',
  );
  await page.click('[data-testid="tombol-salin-token"]');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(rahasia);
  await tangkapLayar(page, '92-token-api-rahasia');

  expect(await pakai(rahasia, `/api/rencana-aksi?nip=${STAF}&tahun=${new Date().getFullYear()}`)).toBe(200);
  expect(await pakai(rahasia, '/api/panel/pegawai')).toBe(403);

  await page.click('[data-testid="tombol-tutup-rahasia"]');
  const baris = page.locator('tr', { hasText: nama });
  await baris.waitFor();
  expect(await baris.innerText()).toContain('Aktif');
  expect(await page.content()).not.toContain(rahasia);

  await baris.locator('[data-testid="tombol-cabut-token"]').click();
  await page.waitForSelector(`text=Cabut token "${nama}"?`);
  await page.click('.ra-confirm');
  await page.locator('tr', { hasText: nama }).filter({ hasText: 'Dicabut' }).waitFor({ timeout: 30_000 });
  await tangkapLayar(page, '93-token-api-dicabut');
  expect(await pakai(rahasia, `/api/rencana-aksi?nip=${STAF}&tahun=${new Date().getFullYear()}`)).toBe(401);
  await page.context().close();
}, 120_000);
