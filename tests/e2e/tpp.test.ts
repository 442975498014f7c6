/**
 * TPP screens in the browser: BKAD opens Perhitungan TPP from the menu, picks Diskominfo and last month,
 * runs it (totals shown, lines listed, quarter state shown); the staff opens TPP Saya from the portal
 * menu and sees the breakdown in rupiah, the reasons and the chart. Screenshots in artifacts/e2e/.
 */
import { siapkanE2e, tangkapLayar } from './server';

const e2e = siapkanE2e();

test('BKAD runs last month for Diskominfo; the staff sees his TPP', async () => {
  const page = await e2e.masuk('bkad');
  await page.click('[data-testid="menu-perhitungan-tpp"]');
  await page.waitForSelector('[data-testid="tpp-opd"]');
  await page.click('[data-testid="tpp-opd"] [role="combobox"]');
  await page.locator('li[role="option"]', { hasText: 'Komunikasi dan Informatika' }).first().click();
  await page.click('[data-testid="tpp-hitung"]');
  await page.waitForSelector('[data-testid="tpp-hasil"]', { timeout: 30_000 });
  expect(await page.locator('[data-testid="tpp-hasil"]').innerText()).toMatch(/Rp \d/);
  await page.waitForSelector('[data-testid="tpp-status-kunci"]');
  await page.waitForSelector('td:has-text("199004042015031004")', { timeout: 30_000 });
  await tangkapLayar(page, '70-perhitungan-tpp');
  await page.context().close();

  const staf = await e2e.masuk('199004042015031004');
  await staf.click('[data-testid="menu-tpp-saya"]');
  await staf.waitForSelector('[data-testid="tpp-ditransfer"]', { timeout: 30_000 });
  expect(await staf.locator('[data-testid="tpp-ditransfer"]').innerText()).toMatch(/Rp \d{1,3}(\.\d{3})*/);
  expect(await staf.locator('[data-testid="tpp-alasan"] li').count()).toBeGreaterThan(0);
  await staf.waitForSelector('[data-testid="grafik-tpp"]');
  await tangkapLayar(staf, '71-tpp-saya');
  await staf.context().close();
}, 180_000);
