/**
 * SKP journey (issue: SKP screens). The staff drafts next year's SKP (so the journey works whether or
 * not the demo city already holds an approved SKP for this year), submits it; the Kabid rejects it
 * with a note; the staff reads the note, fixes and resubmits; the Kabid approves; the validation
 * history tab shows every step. Then the BKPSDM list with its progress counts.
 * Screenshots in artifacts/e2e/.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { ARTEFAK, siapkanE2e, tangkapLayar } from './server';

const STAF = '199004042015031004';
const KABID = '198003032005011003';
const KADIS = '197001012000031001';
const TAHUN = new Date().getFullYear() + 1;
const CATATAN = 'Target indikator terlalu rendah; naikkan menjadi 12 dokumen.';

const e2e = siapkanE2e();
const masuk = (identifier: string) => e2e.masuk(identifier);

const tungguStatus = (page: Page, status: string) =>
  page.waitForSelector(`[data-testid="skp-status"][data-status="${status}"]`, { timeout: 20_000 });

/** Opens the staff's SKP of TAHUN from the penilai's inbox. */
async function bukaDariKotakMasuk(page: Page) {
  await page.click('[data-testid="menu-persetujuan-skp"]');
  const item = page.locator(`[data-testid="persetujuan-item"][data-nip="${STAF}"][data-tahun="${TAHUN}"]`);
  await item.waitFor({ timeout: 20_000 });
  await item.click();
  await tungguStatus(page, 'DIAJUKAN');
}

let skpUrl = '';

test('staf menyusun SKP tahun depan lalu mengajukannya', async () => {
  const page = await masuk(STAF);
  await page.click('[data-testid="menu-skp-saya"]');
  await page.waitForSelector('[data-testid="skp-saya"] [data-testid="skp-buat"]');
  // the year defaults to this year; planning next year is chosen explicitly
  expect(await page.locator('[data-testid="skp-tahun"]').inputValue()).toBe(String(TAHUN - 1));
  await page.selectOption('[data-testid="skp-tahun"]', String(TAHUN));
  await page.click('[data-testid="skp-buat"]');
  await tungguStatus(page, 'DRAFT');
  expect(await page.locator('[data-testid="skp-judul"]').innerText()).toContain(String(TAHUN));
  skpUrl = page.url();

  // JA: an RHK UTAMA needs the penilai's RHK; an RHK TAMBAHAN needs none
  await page.click('[data-testid="rhk-tambah"]');
  await page.waitForSelector('[data-testid="rhk-dialog"] [data-testid="rhk-uraian"]');
  await page.waitForTimeout(400); // let the dialog finish fading in for the screenshot
  await tangkapLayar(page, '40-staf-skp-rhk-dialog');
  await page.selectOption('[data-testid="rhk-jenis"]', 'TAMBAHAN');
  await page.fill('[data-testid="rhk-uraian"]', 'Tersusunnya dokumentasi teknis aplikasi layanan publik');
  await page.click('[data-testid="rhk-simpan"]');
  await page.waitForSelector('[data-testid="rhk-tambahan"] [data-testid="rhk-item"]');

  await page.click('[data-testid="iki-tambah"]');
  await page.waitForSelector('[data-testid="iki-dialog"]');
  await page.fill('[data-testid="iki-uraian"]', 'Jumlah dokumen teknis aplikasi yang diselesaikan');
  await page.selectOption('[data-testid="iki-aspek"]', 'KUANTITAS');
  await page.fill('[data-testid="iki-target"]', '10');
  await page.fill('[data-testid="iki-satuan"]', 'dokumen');
  await page.click('[data-testid="iki-simpan"]');
  await page.waitForSelector('[data-testid="iki-item"]');
  expect(await page.locator('[data-testid="iki-target-teks"]').first().innerText()).toBe('10');
  await tangkapLayar(page, '41-staf-skp-draf');

  // attachments: one item per line, kept after a reload
  await page.click('[data-testid="tab-lampiran"]');
  await page.fill(
    '[data-testid="lampiran-konsekuensi"]',
    'Teguran tertulis bila dokumen terlambat\nEvaluasi bersama Kabid',
  );
  const [jawaban] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'PUT' && /\/api\/skp\/[^/]+$/.test(new URL(r.url()).pathname)),
    page.click('[data-testid="lampiran-simpan"]'),
  ]);
  expect(jawaban.status()).toBe(200);
  await page.reload();
  await tungguStatus(page, 'DRAFT');
  await page.click('[data-testid="tab-lampiran"]');
  await page.waitForFunction(() =>
    (document.querySelector('[data-testid="lampiran-konsekuensi"]') as HTMLTextAreaElement | null)?.value.includes(
      'Evaluasi bersama Kabid',
    ),
  );
  await tangkapLayar(page, '41b-staf-skp-lampiran');
  await page.click('[data-testid="tab-rencana"]');

  await page.click('[data-testid="skp-ajukan"]');
  await tungguStatus(page, 'DIAJUKAN');
  await page.waitForSelector('[data-testid="skp-menunggu"]');
  await tangkapLayar(page, '42-staf-skp-diajukan');
  await page.context().close();
}, 180_000);

test('Kepala Dinas: SKP staf yang diajukan tidak masuk kotak persetujuannya dan tanpa tombol setujui/tolak (penilainya Kabid)', async () => {
  const page = await masuk(KADIS);
  await page.click('[data-testid="menu-persetujuan-skp"]');
  await page.waitForSelector('[data-testid="persetujuan-kosong"], [data-testid="persetujuan-item"]', {
    timeout: 20_000,
  });
  expect(
    await page.locator(`[data-testid="persetujuan-item"][data-nip="${STAF}"][data-tahun="${TAHUN}"]`).count(),
  ).toBe(0);
  // he may still open it (his subordinate's), read only
  await page.goto(skpUrl);
  await tungguStatus(page, 'DIAJUKAN');
  expect(await page.locator('[data-testid="skp-setujui"], [data-testid="skp-tolak"]').count()).toBe(0);
  await page.context().close();
}, 120_000);

test('Kabid menolak SKP bawahan dengan catatan', async () => {
  const page = await masuk(KABID);
  await bukaDariKotakMasuk(page);
  await tangkapLayar(page, '43-kabid-skp-masuk');
  await page.click('[data-testid="skp-tolak"]');
  await page.waitForSelector('[data-testid="skp-tolak-dialog"]');
  // rejecting needs a note
  expect(await page.locator('[data-testid="skp-tolak-dialog-kirim"]').isDisabled()).toBe(true);
  await page.fill('[data-testid="skp-tolak-dialog-catatan"]', CATATAN);
  await page.waitForTimeout(300);
  await tangkapLayar(page, '44-kabid-tolak-dialog');
  await page.click('[data-testid="skp-tolak-dialog-kirim"]');
  await tungguStatus(page, 'DITOLAK');
  await page.context().close();
}, 180_000);

test('staf membaca catatan, memperbaiki, dan mengajukan kembali', async () => {
  const page = await masuk(STAF);
  await page.click('[data-testid="menu-skp-saya"]');
  const item = page.locator(`[data-testid="skp-saya-item"][data-tahun="${TAHUN}"]`);
  await item.waitFor({ timeout: 20_000 });
  expect(await item.getAttribute('data-status')).toBe('DITOLAK');
  await item.click();
  await tungguStatus(page, 'DITOLAK');
  expect(page.url()).toBe(skpUrl);
  expect(await page.locator('[data-testid="skp-catatan-teks"]').innerText()).toBe(CATATAN);
  await tangkapLayar(page, '45-staf-skp-ditolak');

  await page.click('[data-testid="iki-ubah"]');
  await page.waitForSelector('[data-testid="iki-dialog"]');
  await page.fill('[data-testid="iki-target"]', '12');
  await page.click('[data-testid="iki-simpan"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="iki-target-teks"]')?.textContent === '12');

  await page.click('[data-testid="skp-ajukan"]');
  await tungguStatus(page, 'DIAJUKAN');
  await page.context().close();
}, 180_000);

test('Kabid menyetujui; tab riwayat validasi memuat setiap langkah', async () => {
  const page = await masuk(KABID);
  await bukaDariKotakMasuk(page);
  await page.click('[data-testid="skp-setujui"]');
  await page.waitForSelector('[data-testid="skp-setujui-dialog"]');
  await page.click('[data-testid="skp-setujui-dialog-kirim"]');
  await tungguStatus(page, 'DISETUJUI');

  // the history is a tab of the SKP screen, not behind a button
  await page.click('[data-testid="tab-riwayat"]');
  await page.waitForSelector('[data-testid="riwayat-baris"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="riwayat-baris"]').length >= 5);
  const aksi = await page
    .locator('[data-testid="riwayat-baris"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-aksi')));
  // newest first
  expect(aksi.filter((a) => a !== 'BUAT')).toEqual(['SETUJUI', 'AJUKAN', 'TOLAK', 'AJUKAN']);
  expect(aksi[aksi.length - 1]).toBe('BUAT');
  const catatan = await page
    .locator('[data-testid="riwayat-baris"][data-aksi="TOLAK"] [data-testid="riwayat-catatan"]')
    .innerText();
  expect(catatan).toContain(CATATAN);
  await tangkapLayar(page, '46-kabid-skp-riwayat');

  await page.click('[data-testid="tab-perilaku"]');
  await page.waitForSelector('[data-testid="perilaku-item"]');
  expect(await page.locator('[data-testid="perilaku-item"]').count()).toBe(7);
  await page.context().close();
}, 180_000);

test('staf mencetak Rencana SKP yang disetujui: tempat dan tanggal pilihan tercetak di PDF', async () => {
  const page = await masuk(STAF);
  await page.click('[data-testid="menu-skp-saya"]');
  const item = page.locator(`[data-testid="skp-saya-item"][data-tahun="${TAHUN}"]`);
  await item.waitFor({ timeout: 20_000 });
  await item.click();
  await tungguStatus(page, 'DISETUJUI');

  await page.click('[data-testid="skp-cetak"]');
  await page.waitForSelector('[data-testid="dialog-cetak"] [data-testid="cetak-unduh"]');
  // defaults: Rencana SKP, Madiun, today in Jakarta, A4
  expect(await page.locator('[data-testid="cetak-tempat"]').inputValue()).toBe('Madiun');
  const hariIni = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
  expect(await page.locator('[data-testid="cetak-tanggal"]').inputValue()).toBe(hariIni);
  expect(await page.locator('[data-testid="cetak-jenis"]').inputValue()).toBe('rencana-skp');
  expect(await page.locator('[data-testid="cetak-kertas"]').inputValue()).toBe('A4');

  await page.fill('[data-testid="cetak-tempat"]', 'Surabaya');
  await page.fill('[data-testid="cetak-tanggal"]', `${TAHUN}-03-09`);
  await page.selectOption('[data-testid="cetak-kertas"]', 'F4');
  await page.waitForTimeout(400);
  await tangkapLayar(page, '48-staf-cetak-dialog');

  const [unduhan] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.click('[data-testid="cetak-unduh"]'),
  ]);
  expect(unduhan.suggestedFilename()).toMatch(new RegExp(`^rencana-skp_${STAF}_${TAHUN}\\.pdf$`));
  fs.mkdirSync(ARTEFAK, { recursive: true });
  const berkas = path.join(ARTEFAK, `48-rencana-skp-${TAHUN}.pdf`);
  await unduhan.saveAs(berkas);
  expect(fs.readFileSync(berkas).subarray(0, 4).toString('latin1')).toBe('%PDF');
  const teks = execFileSync('pdftotext', ['-layout', berkas, '-'], { encoding: 'utf8' });
  expect(teks).toContain('Surabaya,');
  expect(teks.replace(/\s+/g, ' ')).toContain(`Surabaya, 9 Maret ${TAHUN}`);
  expect(teks).toContain('SASARAN KINERJA PEGAWAI');
  expect(teks).toContain('B. TAMBAHAN');

  // a server refusal is shown with its Indonesian message, in the dialog
  await page.fill('[data-testid="cetak-tempat"]', 'Surabaya <script>');
  await page.click('[data-testid="cetak-unduh"]');
  await page.waitForSelector('[data-testid="cetak-galat"][data-field="tempat"]', { timeout: 20_000 });
  await tangkapLayar(page, '49-staf-cetak-galat');
  await page.context().close();
}, 180_000);

test('revisi satu RHK setelah SKP tahun ini disetujui: staf membuka, mengubah, mengajukan; Kabid menyetujui', async () => {
  const tahunIni = TAHUN - 1;
  const page = await masuk(STAF);
  await page.click('[data-testid="menu-skp-saya"]');
  await page.waitForSelector(`[data-testid="skp-saya-item"][data-tahun="${TAHUN}"]`, { timeout: 20_000 });
  const disetujui = page.locator(`[data-testid="skp-saya-item"][data-tahun="${tahunIni}"][data-status="DISETUJUI"]`);
  // api.md: every named demo pegawai has an approved SKP for the current year
  expect(await disetujui.count()).toBe(1);
  await disetujui.first().click();
  await tungguStatus(page, 'DISETUJUI');
  // no SKP-level edit once approved: only per-RHK revision
  expect(await page.locator('[data-testid="rhk-tambah"]').count()).toBe(0);
  expect(await page.locator('[data-testid="skp-ajukan"]').count()).toBe(0);
  const rhk = page
    .locator('[data-testid="rhk-item"]')
    .filter({ has: page.locator('[data-testid="rhk-revisi"]') })
    .first();
  const rhkId = await rhk.getAttribute('data-rhk-id');
  const item = page.locator(`[data-testid="rhk-item"][data-rhk-id="${rhkId}"]`);
  const uraianLama = await item.locator('[data-testid="rhk-uraian-teks"]').innerText();
  await item.locator('[data-testid="rhk-revisi"]').click();
  await item.locator('[data-testid="rhk-status-revisi"]').waitFor();

  await item.locator('[data-testid="rhk-ubah"]').click();
  await page.waitForSelector('[data-testid="rhk-dialog"] [data-testid="rhk-uraian"]');
  await page.waitForTimeout(400);
  await tangkapLayar(page, '50-staf-revisi-rhk-dialog');
  const uraianBaru = `${uraianLama.replace(/ \(revisi\)$/, '')} (revisi)`;
  await page.fill('[data-testid="rhk-uraian"]', uraianBaru);
  await page.click('[data-testid="rhk-simpan"]');
  await page.waitForFunction(
    ([id, teks]) =>
      document.querySelector(`[data-rhk-id="${id}"] [data-testid="rhk-uraian-teks"]`)?.textContent === teks,
    [rhkId, uraianBaru] as const,
  );
  await item.locator('[data-testid="rhk-ajukan"]').click();
  await page.waitForFunction(
    (id) => !document.querySelector(`[data-rhk-id="${id}"] [data-testid="rhk-ajukan"]`),
    rhkId,
  );
  await tangkapLayar(page, '51-staf-revisi-rhk-diajukan');
  await page.context().close();

  const kabid = await masuk(KABID);
  await kabid.click('[data-testid="menu-persetujuan-skp"]');
  const revisi = kabid.locator('[data-testid="persetujuan-rhk-item"]').filter({ hasText: uraianBaru });
  await revisi.waitFor({ timeout: 20_000 });
  await tangkapLayar(kabid, '52-kabid-kotak-masuk');
  await revisi.click();
  const rhkKabid = kabid.locator(`[data-testid="rhk-item"][data-rhk-id="${rhkId}"]`);
  // the penilai reviews old → new per changed field before deciding (issue 10 item 3)
  const perubahan = rhkKabid.locator('[data-testid="rhk-perubahan-baris"]');
  await perubahan.first().waitFor({ timeout: 20_000 });
  const teksPerubahan = await perubahan.allInnerTexts();
  expect(teksPerubahan.some((x) => x.includes(uraianLama) && x.includes(uraianBaru))).toBe(true);
  await rhkKabid.locator('[data-testid="rhk-setujui"]').click();
  await kabid.click('[data-testid="rhk-setujui-dialog-kirim"]');
  await rhkKabid.locator('[data-testid="rhk-status-revisi"]').waitFor({ state: 'detached', timeout: 20_000 });
  await tungguStatus(kabid, 'DISETUJUI');

  await kabid.click('[data-testid="tab-riwayat"]');
  await kabid.waitForSelector('[data-testid="riwayat-baris"]');
  const aksi = await kabid
    .locator('[data-testid="riwayat-baris"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-aksi')));
  expect(aksi.slice(0, 3)).toEqual(['SETUJUI_RHK', 'AJUKAN_RHK', 'REVISI_RHK']);
  await tangkapLayar(kabid, '53-kabid-riwayat-revisi');
  await kabid.context().close();
}, 180_000);

test('Plt Kepala Bidang Persandian melihat SKP pelaksana di bidang yang di-Plt-kan', async () => {
  const page = await masuk('198506062010011006');
  await page.click('[data-testid="menu-persetujuan-skp"]');
  await page.waitForSelector('[data-testid="persetujuan-skp"]');
  const bawahan = page.locator(
    '[data-testid="bawahan-skp-item"][data-nip="199207072020122007"], [data-testid="persetujuan-item"][data-nip="199207072020122007"]',
  );
  await bawahan.first().waitFor({ timeout: 20_000 });
  await tangkapLayar(page, '54-plt-kotak-masuk');
  await page.context().close();
}, 120_000);

test('Admin BKPSDM melihat daftar SKP dengan progres per status', async () => {
  const page = await masuk('admin');
  await page.click('[data-testid="menu-skp"]');
  await page.waitForSelector('[data-testid="skp-progres"]');
  await page.waitForFunction(() =>
    /\d/.test(document.querySelector('[data-testid="progres-total-jumlah"]')?.textContent ?? ''),
  );
  await tangkapLayar(page, '47-admin-skp-daftar');
  await page.context().close();
}, 120_000);
