/**
 * Duplicate indicators in the Rencana tab: a repeated IKI (same uraian, target and satuan) is hidden
 * and shown greyed behind the toggle, never editable; a repeat with another target raises the
 * blocking warning with "Abaikan dengan alasan" (reason of at least 10 characters).
 * The waiver call itself is not sent here (its endpoint is covered by the kinerja API tests).
 */
import type { Page } from 'playwright-core';
import { siapkanE2e, tangkapLayar } from './server';

const STAF = '199004042015031004';
const TAHUN = new Date().getFullYear() + 1;
const URAIAN = 'Jumlah laporan monitoring jaringan yang diselesaikan';

const e2e = siapkanE2e();

async function tambahIki(page: Page, target: string) {
  await page.click('[data-testid="iki-tambah"]');
  await page.waitForSelector('[data-testid="iki-dialog"]');
  await page.fill('[data-testid="iki-uraian"]', URAIAN);
  await page.selectOption('[data-testid="iki-aspek"]', 'KUANTITAS');
  await page.fill('[data-testid="iki-target"]', target);
  await page.fill('[data-testid="iki-satuan"]', 'laporan');
  await page.click('[data-testid="iki-simpan"]');
  await page.waitForSelector('[data-testid="iki-dialog"]', { state: 'detached' });
}

test('indikator ganda: toggle menampilkan duplikat tersembunyi; konflik menawarkan abaikan dengan alasan', async () => {
  const page = await e2e.masuk(STAF);
  await page.click('[data-testid="menu-skp-saya"]');
  await page.waitForSelector('[data-testid="skp-saya"] [data-testid="skp-buat"]');
  await page.selectOption('[data-testid="skp-tahun"]', String(TAHUN));
  await page.click('[data-testid="skp-buat"]');
  await page.waitForSelector('[data-testid="skp-status"][data-status="DRAFT"]', { timeout: 20_000 });

  await page.click('[data-testid="rhk-tambah"]');
  await page.waitForSelector('[data-testid="rhk-dialog"] [data-testid="rhk-uraian"]');
  await page.selectOption('[data-testid="rhk-jenis"]', 'TAMBAHAN');
  await page.fill('[data-testid="rhk-uraian"]', 'Terpantaunya jaringan kantor');
  await page.click('[data-testid="rhk-simpan"]');
  await page.waitForSelector('[data-testid="rhk-tambahan"] [data-testid="rhk-item"]');

  await tambahIki(page, '10');
  await page.waitForSelector('[data-testid="iki-item"]');
  await tambahIki(page, '10');
  // the agreeing repeat is hidden: still one visible row, a toggle with the count
  await page.waitForSelector('[data-testid="toggle-duplikat"]', { timeout: 20_000 });
  expect(await page.locator('[data-testid="iki-item"]').count()).toBe(1);
  expect(await page.locator('[data-testid="toggle-duplikat"]').innerText()).toContain('(1)');
  expect(await page.locator('[data-testid="skp-peringatan"]').count()).toBe(0);

  await page.click('[data-testid="toggle-duplikat"]');
  const ganda = page.locator('[data-testid="iki-duplikat"]');
  await ganda.waitFor();
  expect(await ganda.locator('[data-testid="iki-duplikat-dari"]').innerText()).toBe(`Duplikat dari: ${URAIAN}`);
  expect(await ganda.locator('[data-testid="iki-ubah"], [data-testid="iki-hapus"]').count()).toBe(0);

  // a repeat with another target conflicts: the blocking warning and the waiver button
  await tambahIki(page, '12');
  await page.waitForSelector('[data-testid="skp-peringatan"]', { timeout: 20_000 });
  await page.waitForFunction(() => /\(2\)/.test(document.querySelector('[data-testid="toggle-duplikat"]')?.textContent ?? ''));
  expect(await page.locator('[data-testid="iki-duplikat"]').count()).toBe(2);
  await tangkapLayar(page, '55-staf-duplikat-konflik');

  await page.click('[data-testid="duplikat-abaikan"]');
  await page.waitForSelector('[data-testid="dialog-abaikan"]');
  await page.fill('[data-testid="duplikat-alasan"]', 'terlalu');
  expect(await page.locator('[data-testid="duplikat-kirim"]').isDisabled()).toBe(true);
  await page.fill('[data-testid="duplikat-alasan"]', 'Target berbeda disengaja untuk dua lokasi.');
  expect(await page.locator('[data-testid="duplikat-kirim"]').isDisabled()).toBe(false);
  await page.waitForTimeout(300);
  await tangkapLayar(page, '56-duplikat-abaikan-dialog');
  await page.context().close();
}, 180_000);
