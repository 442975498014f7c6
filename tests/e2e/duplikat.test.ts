/**
 * Duplicate indicators in the Rencana tab: a repeated IKI (same uraian, target and satuan) is hidden
 * and shown greyed behind the toggle, never editable; a repeat with another target raises the
 * blocking warning with "Abaikan dengan alasan" (reason of at least 10 characters).
 * The owner's waiver is refused by the server (403, shown in the dialog); the Kepala Dinas (Kepala OPD)
 * waives it with a reason and the SKP then shows who waived it and why.
 */
import type { Page } from 'playwright-core';
import { siapkanE2e, tangkapLayar } from './server';

const STAF = '199004042015031004';
const KEPALA_DINAS = '197001012000031001';
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
  await page.waitForFunction(() =>
    /\(2\)/.test(document.querySelector('[data-testid="toggle-duplikat"]')?.textContent ?? ''),
  );
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

  // the owner is not the Kepala OPD: the server refuses, the dialog says so, nothing changes
  await page.click('[data-testid="duplikat-kirim"]');
  const galat = page.locator('[data-testid="duplikat-galat"]');
  await galat.waitFor({ timeout: 20_000 });
  expect((await galat.innerText()).length).toBeGreaterThan(10);
  expect(await page.locator('[data-testid="skp-konflik-diabaikan"]').count()).toBe(0);
  const alamatSkp = page.url();
  await page.context().close();

  // the Kepala Dinas (Kepala OPD of Diskominfo) waives the conflict with a reason
  const kadis = await e2e.masuk(KEPALA_DINAS);
  await kadis.goto(alamatSkp);
  await kadis.waitForSelector('[data-testid="skp-peringatan"]', { timeout: 20_000 });
  await kadis.click('[data-testid="duplikat-abaikan"]');
  await kadis.waitForSelector('[data-testid="dialog-abaikan"]');
  const ALASAN = 'Target berbeda disengaja untuk dua lokasi layanan.';
  await kadis.fill('[data-testid="duplikat-alasan"]', ALASAN);
  await kadis.click('[data-testid="duplikat-kirim"]');
  const diabaikan = kadis.locator('[data-testid="skp-konflik-diabaikan"]');
  await diabaikan.waitFor({ timeout: 20_000 });
  expect(await diabaikan.innerText()).toContain(ALASAN);
  expect(await kadis.locator('[data-testid="skp-peringatan"]').count()).toBe(0);
  await tangkapLayar(kadis, '57-kadis-konflik-diabaikan');
  await kadis.context().close();
}, 240_000);
