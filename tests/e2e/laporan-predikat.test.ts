/**
 * Laporan Predikat Kinerja in the browser: Admin BKPSDM opens it from the menu, picks Diskominfo and the
 * month, sets the organisation predikat with a reason, sees the distribution chart and the finalise
 * button with its reason, downloads the Excel; the Kepala Dinas opens it by URL for his own OPD; the
 * demo city's quota violation (an OPD and month left in draft) is shown in red with finalising blocked.
 * Screenshots in artifacts/e2e/.
 */
import { siapkanE2e, tangkapLayar } from './server';

const e2e = siapkanE2e();

test('Admin BKPSDM: OPD and month, predikat set with a reason, chart, Excel download', async () => {
  const page = await e2e.masuk('admin');
  await page.click('[data-testid="menu-laporan-predikat"]');
  await page.waitForSelector('[data-testid="predikat-pilih-opd"]');
  const kode = await page
    .locator('[data-testid="predikat-opd"] option', { hasText: 'Komunikasi dan Informatika' })
    .first()
    .getAttribute('value');
  await page.selectOption('[data-testid="predikat-opd"]', kode!);
  await page.waitForSelector('[data-testid="predikat-organisasi"]');
  expect(await page.locator('[data-testid="predikat-jumlah"]').count()).toBe(5);
  await page.waitForSelector('[data-testid="predikat-grafik"]');

  await page.click('[data-testid="predikat-tetapkan"]');
  await page.selectOption('[data-testid="predikat-pilih"]', 'BAIK');
  await page.fill('[data-testid="predikat-alasan"]', 'Capaian OPD sesuai target bulan ini');
  await page.click('[data-testid="predikat-kirim"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="predikat-nilai"]')?.textContent === 'Baik');
  expect(await page.locator('[data-testid="predikat-status"]').innerText()).toBe('Draf');
  await page.waitForSelector('[data-testid="predikat-aturan"] li');
  await tangkapLayar(page, '60-laporan-predikat-admin');
  // fewer than 5 rated: violations only warn, so the period can be finalised
  await page.waitForSelector('[data-testid="predikat-finalkan"]:not([disabled])');

  const [unduhan] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="predikat-excel"]')]);
  expect(unduhan.suggestedFilename()).toMatch(
    new RegExp(`^laporan-predikat_${kode!.replace(/\./g, '\\.')}_\\d{4}-\\d{2}\\.xlsx$`),
  );
  await page.click('[data-testid="predikat-finalkan"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="predikat-status"]')?.textContent === 'Final');
  expect(await page.locator('[data-testid="predikat-alasan-tidak-final"]').innerText()).toMatch(/sudah final/);
  await page.context().close();
}, 120_000);

test('Kepala Dinas opens the report of his own OPD by URL', async () => {
  const page = await e2e.masuk('197001012000031001');
  await page.goto(e2e.url + '/panel/#/laporan-predikat');
  await page.waitForSelector('[data-testid="predikat-organisasi"]', { timeout: 30_000 });
  expect(await page.locator('[data-testid="predikat-opd"]').isDisabled()).toBe(true);
  // another month than the one the admin finalised: the head may still set it, never override
  const bulan = Number(await page.locator('[data-testid="periode-bulan"]').inputValue());
  await page.selectOption('[data-testid="periode-bulan"]', String(bulan === 1 ? 2 : bulan - 1));
  await page.waitForSelector('[data-testid="predikat-status"]:has-text("Draf")');
  expect(await page.locator('[data-testid="predikat-tetapkan"]').count()).toBe(1);
  expect(await page.locator('[data-testid="predikat-override"]').count()).toBe(0);
  await tangkapLayar(page, '61-laporan-predikat-kepala');
  await page.context().close();
}, 120_000);

test('Admin BKPSDM sees the demo quota violation highlighted and finalising blocked', async () => {
  // the demo city leaves one OPD-month in draft with a blocking kurva violation: find it through the report itself
  const jwt = await e2e.jwt('admin');
  const tahun = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()),
  );
  let cari: { kode: string; bulan: number } | null = null;
  for (let bulan = 1; bulan <= 12 && !cari; bulan++) {
    const r = await fetch(`${e2e.url}/api/laporan/predikat?tahun=${tahun}&bulan=${bulan}`, {
      headers: { Authorization: `Bearer ${jwt}` },
    });
    const opd = ((await r.json()) as any)?.data?.opd ?? [];
    const x = opd.find((o: any) => o.blokir);
    if (x) cari = { kode: x.opd.kode_opd, bulan };
  }
  expect(cari).not.toBeNull();
  const page = await e2e.masuk('admin');
  await page.click('[data-testid="menu-laporan-predikat"]');
  await page.waitForSelector('[data-testid="predikat-pilih-opd"]');
  await page.selectOption('[data-testid="periode-bulan"]', String(cari!.bulan));
  await page.selectOption('[data-testid="predikat-opd"]', cari!.kode);
  await page.waitForSelector('[data-testid="predikat-pelanggaran"]');
  expect(await page.locator('[data-testid="predikat-pelanggaran"]').getAttribute('class')).toMatch(/Error/);
  expect(await page.locator('[data-testid="predikat-pelanggaran-butir"]').count()).toBeGreaterThan(0);
  expect(await page.locator('[data-testid="predikat-finalkan"]').isDisabled()).toBe(true);
  await tangkapLayar(page, '62-laporan-predikat-pelanggaran');
  await page.context().close();
}, 120_000);
