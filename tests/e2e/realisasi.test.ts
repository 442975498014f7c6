/**
 * Realisasi journey (a realisasi needs evidence before it can be submitted). Setup through the API: the staff
 * reopens one RHK UTAMA of his approved SKP, adds a renaksi with a target in every month (RTP), resubmits; the
 * Kabid approves (so the journey does not depend on what the demo seed filled). Then in the browser: the staff
 * opens Rencana Aksi Saya, is refused without evidence, fills this month's realisasi with a PDF and sees
 * "Menunggu pemeriksaan"; the Kabid opens Pemeriksaan Realisasi, downloads the evidence and checks it with an
 * umpan balik; the staff reads the umpan balik. BKPSDM sees the RHK statistics. Screenshots in artifacts/e2e/.
 */
import type { Page } from 'playwright-core';
import { siapkanE2e, tangkapLayar } from './server';

const STAF = '199004042015031004';
const KABID = '198003032005011003';
const URAIAN = `Memeriksa kelengkapan data layanan aplikasi (uji e2e ${Date.now()})`;
const UMPAN_BALIK = 'Bukti sudah lengkap; lanjutkan pemantauan bulan depan.';

const e2e = siapkanE2e();
let renaksiId = '';
let bulanTerbuka: number[] = [];

/** A one-page PDF: the server recognises evidence by its content (%PDF-). */
const pdfKecil = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  );

async function api(jwt: string, method: string, path: string, body?: unknown) {
  const r = await fetch(e2e.url + path, {
    method,
    headers: {
      Authorization: `Bearer ${jwt}`,
      Accept: 'application/json',
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: any = await r.json().catch(() => null);
  if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(json)}`);
  return json;
}

const login = (identifier: string) => e2e.jwt(identifier);

beforeAll(async () => {
  const tahun = new Date().getFullYear();
  const staf = await login(STAF);
  const kabid = await login(KABID);
  const filter = encodeURIComponent(JSON.stringify({ tahun, status: 'DISETUJUI' }));
  const daftar = await api(staf, 'GET', `/api/panel/skp?filter=${filter}`);
  const milik = (daftar as any[]).find((s) => s.pegawai_nip === STAF);
  if (!milik) throw new Error('SKP staf tahun ini belum disetujui pada data demo');
  const skp = (await api(staf, 'GET', `/api/skp/${milik.id}`)).data;
  const rhk = skp.rhk.find((r: any) => r.jenis === 'UTAMA');
  await api(staf, 'POST', `/api/rhk/${rhk.id}/revisi`, {});
  // only months of open quarters: the demo city locks a paid quarter
  const kunci = (await api(staf, 'GET', `/api/tpp/kunci?tahun=${tahun}`)).data as {
    triwulan: number;
    terkunci: boolean;
  }[];
  bulanTerbuka = Array.from({ length: 12 }, (_, i) => i + 1).filter(
    (b) => !kunci.find((k) => k.triwulan === Math.ceil(b / 3))?.terkunci,
  );
  const baru = await api(staf, 'POST', `/api/rhk/${rhk.id}/rencana-aksi`, {
    uraian: URAIAN,
    satuan: 'laporan',
    sebagai_rtp: true,
    target: bulanTerbuka.map((b) => ({ bulan: b, nilai: 2 })),
  });
  renaksiId = baru.data.id;
  await api(staf, 'POST', `/api/rhk/${rhk.id}/ajukan`, {});
  await api(kabid, 'POST', `/api/rhk/${rhk.id}/setujui`, {});
}, 120_000);

const baris = (page: Page) => page.locator(`[data-testid="renaksi-baris"][data-id="${renaksiId}"]`);

test('staf mengisi realisasi bulan ini dengan bukti PDF', async () => {
  const page = await e2e.masuk(STAF);
  await page.click('[data-testid="menu-rencana-aksi-saya"]');
  await page.waitForSelector('[data-testid="kartu-capaian"] [data-testid="capaian-batas"]', { timeout: 30_000 });
  await baris(page).waitFor({ timeout: 30_000 });
  expect(await baris(page).locator('[data-testid="realisasi-status"]').getAttribute('data-status')).toBe('BELUM');
  expect(await baris(page).locator('[data-testid="rtp"]').count()).toBe(1);
  await tangkapLayar(page, '60-staf-rencana-aksi-saya');

  await baris(page).locator('[data-testid="renaksi-isi"]').click();
  await page.waitForSelector('[data-testid="realisasi-dialog"]');
  await page.fill('[data-testid="realisasi-nilai"]', '1,5');
  await page.fill('[data-testid="realisasi-penunjang"]', 'Data dari semua bidang masuk tepat waktu.');
  // without evidence the form refuses before asking the server
  await page.click('[data-testid="realisasi-simpan"]');
  await page.waitForSelector('[data-testid="realisasi-galat-bukti"]');
  expect(await page.locator('[data-testid="realisasi-galat-bukti"]').innerText()).toContain(
    'sekurang-kurangnya satu berkas',
  );

  await page.setInputFiles('[data-testid="realisasi-berkas"]', {
    name: 'bukti-pemantauan.pdf',
    mimeType: 'application/pdf',
    buffer: pdfKecil(),
  });
  await page.waitForSelector('[data-testid="realisasi-berkas-baru"]');
  await tangkapLayar(page, '61-staf-realisasi-dialog');
  const [jawaban] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().includes(`/api/rencana-aksi/${renaksiId}/realisasi`),
    ),
    page.click('[data-testid="realisasi-simpan"]'),
  ]);
  expect(jawaban.status()).toBe(201);
  await page.waitForSelector('[data-testid="realisasi-dialog"]', { state: 'detached' });
  await page.waitForFunction(
    (id) =>
      document
        .querySelector(`[data-testid="renaksi-baris"][data-id="${id}"] [data-testid="realisasi-status"]`)
        ?.getAttribute('data-status') === 'MENUNGGU',
    renaksiId,
    { timeout: 20_000 },
  );
  expect(await baris(page).locator('[data-testid="realisasi-status"]').innerText()).toBe('Menunggu pemeriksaan');
  expect(await baris(page).locator('[data-testid="renaksi-realisasi"]').innerText()).toBe('1,5');
  expect(await baris(page).locator('[data-testid="bukti-berkas"]').innerText()).toContain('bukti-pemantauan.pdf');
  await tangkapLayar(page, '62-staf-realisasi-menunggu');

  // the yearly view: RTP months coloured and labelled
  await page.click('[data-testid="tampilan-tahunan"]');
  await page.waitForSelector('[data-testid="grid-tahunan"]');
  const bulanIni = new Date().getMonth() + 1;
  const sel = page.locator(
    `[data-testid="grid-baris"][data-id="${renaksiId}"] [data-testid="grid-sel"][data-bulan="${bulanIni}"]`,
  );
  expect(await sel.getAttribute('data-rtp')).toBe('true');
  expect(await sel.innerText()).toContain('1,5 / 2');
  await tangkapLayar(page, '63-staf-rencana-aksi-tahunan');
  await page.context().close();
});

test('Kabid memeriksa realisasi dengan umpan balik', async () => {
  const page = await e2e.masuk(KABID);
  await page.click('[data-testid="menu-pemeriksaan-realisasi"]');
  const row = page.locator('[data-testid="pemeriksaan-baris"]', { hasText: URAIAN });
  await row.waitFor({ timeout: 30_000 });
  expect(await row.getAttribute('data-nip')).toBe(STAF);

  // the evidence downloads with the bearer token
  const [unduhan] = await Promise.all([
    page.waitForEvent('download'),
    row.locator('[data-testid="bukti-unduh"]').click(),
  ]);
  expect(unduhan.suggestedFilename()).toBe('bukti-pemantauan.pdf');
  await tangkapLayar(page, '64-kabid-pemeriksaan-realisasi');

  await row.locator('[data-testid="periksa-satu"]').click();
  await page.waitForSelector('[data-testid="dialog-periksa"]');
  await page.fill('[data-testid="dialog-periksa-teks"]', UMPAN_BALIK);
  const [jawaban] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/api\/realisasi\/[^/]+\/periksa$/.test(new URL(r.url()).pathname),
    ),
    page.click('[data-testid="dialog-periksa-kirim"]'),
  ]);
  expect(jawaban.status()).toBe(200);
  // unchecked is the default filter: the checked row leaves the list
  await row.waitFor({ state: 'detached', timeout: 20_000 });
  await page.selectOption('[data-testid="filter-status"]', 'CHECKED');
  const diperiksa = page.locator('[data-testid="pemeriksaan-baris"]', { hasText: URAIAN });
  await diperiksa.waitFor({ timeout: 20_000 });
  expect(await diperiksa.locator('[data-testid="pemeriksaan-umpan-balik"]').innerText()).toBe(UMPAN_BALIK);
  await tangkapLayar(page, '65-kabid-realisasi-diperiksa');
  await page.context().close();
});

test('staf membaca umpan balik; realisasi yang diperiksa tidak dapat diubah', async () => {
  const page = await e2e.masuk(STAF);
  await page.click('[data-testid="menu-rencana-aksi-saya"]');
  await baris(page).waitFor({ timeout: 30_000 });
  expect(await baris(page).locator('[data-testid="realisasi-status"]').getAttribute('data-status')).toBe('DIPERIKSA');
  expect(await baris(page).locator('[data-testid="renaksi-umpan-balik"]').innerText()).toContain(UMPAN_BALIK);
  expect(await baris(page).locator('[data-testid="renaksi-isi"]').isDisabled()).toBe(true);
  expect(await baris(page).locator('[data-testid="renaksi-alasan"]').getAttribute('data-alasan')).toBe('diperiksa');
  await tangkapLayar(page, '66-staf-umpan-balik');

  // the SKP screen lists the renaksi with monthly targets; approved and not reopened: read-only
  await page.click('[data-testid="menu-skp-saya"]');
  await page.locator(`[data-testid="skp-saya-item"][data-tahun="${new Date().getFullYear()}"]`).first().click();
  await page.click('[data-testid="tab-renaksi"]');
  const grid = page.locator(`[data-testid="renaksi-grid"] [data-testid="grid-baris"][data-id="${renaksiId}"]`);
  await grid.waitFor({ timeout: 20_000 });
  expect(await grid.locator('[data-testid="grid-sel"][data-rtp="true"]').count()).toBe(bulanTerbuka.length);
  expect(await page.locator('[data-testid="renaksi-tambah"]').count()).toBe(0);
  await tangkapLayar(page, '68-staf-skp-tab-rencana-aksi');
  await page.context().close();
});

test('BKPSDM melihat statistik RHK dan rencana aksi per OPD dengan total kota', async () => {
  const page = await e2e.masuk('admin');
  await page.click('[data-testid="menu-statistik-rhk"]');
  await page.waitForSelector('[data-testid="statistik-total"]', { timeout: 30_000 });
  expect(await page.locator('[data-testid="statistik-baris"]').count()).toBeGreaterThan(0);
  await page.waitForSelector('[data-testid="grafik-renaksi-opd"]');
  await tangkapLayar(page, '67-bkpsdm-statistik-rhk');
  await page.context().close();
});
