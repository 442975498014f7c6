/**
 * The DPA & Perjanjian Kinerja screen in the browser (one server for the file; the tests run in order):
 * 0. Before sign-in the login page names the region (policy `daerah`, public GET /api/daerah).
 * 1. Admin BKPSDM picks the year and Diskominfo, downloads the DPA template, uploads a small SIPD-like
 *    xlsx (built here with exceljs) with one bad row: the preview shows the rejected row with its row
 *    number and reason and saves nothing; he applies it; the PK program table then shows exactly the
 *    file's budget (per program and in total) with the source file and the import date; "Cetak PK"
 *    opens the print dialog with the region's place (policy `daerah` via /api/users/me) and the
 *    downloaded PDF, read back with pdftotext, holds the title, the region's kop and the total.
 * 2. The Admin OPD of Diskominfo sees only his own OPD (the OPD field is fixed to it) and the DPA that
 *    BKPSDM imported; the API refuses him another OPD's PK.
 * Screenshots in artifacts/e2e/ (80–89).
 */
import fs from 'fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { siapkanE2e, tangkapLayar } from './server';
import { teks } from '../helpers/pdf';

const ADMIN_OPD = '199308082019031008';
const OPD = 'Dinas Komunikasi dan Informatika';
const e2e = siapkanE2e();

/** Today in Jakarta. */
const kiniWib = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const TAHUN = Number(kiniWib().slice(0, 4));
const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const tanggalTeks = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${NAMA_BULAN[m - 1]} ${y}`;
};
/** "Rp 1.250.000.000" as the screen and the print write whole rupiah. */
const rp = (n: bigint) => `Rp ${n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;

const P1 = [
  '2.16.03',
  'Program Aplikasi Informatika',
  '2.16.03.1.02',
  'Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota',
];
const P2 = [
  '2.16.02',
  'Program Informasi dan Komunikasi Publik',
  '2.16.02.1.01',
  'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota',
];
// rows 2–5 of the sheet (row 1 is the header); row 4 is bad (the pagu is not a number)
const BARIS: unknown[][] = [
  [...P1, '2.16.03.1.02.0001', 'Pengelolaan Pusat Data Pemerintahan Daerah', 1_175_000_000],
  [...P1, '2.16.03.1.02.0002', 'Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah', 'Rp 2.450.000.000,00'],
  [...P2, '2.16.02.1.01.0003', 'Layanan Hubungan Media', 'tiga ratus juta'],
  [...P2, '2.16.02.1.01.0002', 'Pengelolaan Media Komunikasi Publik', 640_000_000],
];
const PROGRAM_1 = 1_175_000_000n + 2_450_000_000n;
const PROGRAM_2 = 640_000_000n;
const TOTAL = PROGRAM_1 + PROGRAM_2;
const NAMA_BERKAS = 'DPA-SKPD-Diskominfo-uji.xlsx';

async function api(jwt: string, path: string) {
  const r = await fetch(e2e.url + path, { headers: { Authorization: `Bearer ${jwt}`, Accept: 'application/json' } });
  return { status: r.status, json: (await r.json().catch(() => null)) as any };
}

async function bukaLayar(page: Page) {
  await page.click('[data-testid="menu-dpa-pk"]');
  await page.waitForSelector('[data-testid="dpa-pk"]');
}

test('the login page names the region of policy daerah (public GET /api/daerah)', async () => {
  const context = await e2e.browser.newContext({ locale: 'id-ID', viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  await page.goto(e2e.url + '/');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="login-subjudul"]')?.textContent ===
      'Manajemen Kinerja ASN Pemerintah Kota Madiun',
    null,
    { timeout: 30_000 },
  );
  expect(await page.locator('h1').innerText()).toBe('M-SKP Kota Madiun');
  await context.close();
}, 60_000);

test('Admin BKPSDM: template, upload with a bad row, preview, apply, the PK budget equals the file, print', async () => {
  const page = await e2e.masuk('admin');
  await bukaLayar(page);
  // no OPD yet: the screen asks for one and the upload waits
  await page.waitForSelector('text=Pilih OPD terlebih dahulu.');
  await page.fill('[data-testid="dpa-tahun"]', String(TAHUN));
  await page.click('[data-testid="dpa-opd"] [role="combobox"]');
  await page.locator('li[role="option"]', { hasText: OPD }).first().click();
  await page.locator('li[role="option"]').first().waitFor({ state: 'detached' });
  await page.waitForSelector('[data-testid="pk"]', { timeout: 30_000 });
  // both parties: the Kepala OPD, and the kepala daerah of policy daerah
  expect(await page.locator('[data-testid="pk-pihak-pertama"]').innerText()).toMatch(
    /^Pihak Pertama: .+ \(Kepala Dinas Komunikasi dan Informatika\)$/,
  );
  expect(await page.locator('[data-testid="pk-pihak-kedua"]').innerText()).toBe('Pihak Kedua: Wali Kota Madiun');
  await tangkapLayar(page, '80-dpa-pk-awal');

  // the template: sheet DPA with the SIPD columns, and the instructions
  const [templat] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="dpa-templat"]')]);
  expect(templat.suggestedFilename()).toBe('templat-dpa.xlsx');
  const wbTemplat = new ExcelJS.Workbook();
  await wbTemplat.xlsx.readFile((await templat.path())!);
  const kepala = (wbTemplat.getWorksheet('DPA')!.getRow(1).values as unknown[]).slice(1) as string[];
  expect(kepala).toEqual([
    'kode_program',
    'nama_program',
    'kode_kegiatan',
    'nama_kegiatan',
    'kode_sub_kegiatan',
    'nama_sub_kegiatan',
    'pagu',
  ]);
  expect(wbTemplat.getWorksheet('Petunjuk')).toBeDefined();

  // the file, filled the way the template says (header from the template itself)
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DPA');
  ws.addRow(kepala);
  for (const b of BARIS) ws.addRow(b);
  const berkas = Buffer.from(await wb.xlsx.writeBuffer());
  await page.setInputFiles('[data-testid="dpa-berkas"]', {
    name: NAMA_BERKAS,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: berkas,
  });
  expect(await page.locator('[data-testid="dpa-nama-berkas"]').innerText()).toBe(NAMA_BERKAS);
  await page.click('[data-testid="dpa-unggah"]');
  await page.waitForSelector('[data-testid="dpa-pratinjau"]', { timeout: 30_000 });

  expect(await page.locator('[data-testid="dpa-jumlah-diterima"]').getAttribute('data-n')).toBe('3');
  expect(await page.locator('[data-testid="dpa-jumlah-ditolak"]').getAttribute('data-n')).toBe('1');
  const ditolak = page.locator('[data-testid="dpa-ditolak-baris"]');
  expect(await ditolak.count()).toBe(1);
  expect(await ditolak.getAttribute('data-baris')).toBe('4');
  expect(await ditolak.innerText()).toContain('2.16.02.1.01.0003');
  expect(await ditolak.locator('[data-testid="dpa-ditolak-alasan"]').innerText()).toContain(
    'pagu "tiga ratus juta" bukan angka rupiah',
  );
  expect(
    await page
      .locator('[data-testid="dpa-diterima-baris"]')
      .evaluateAll((xs) => xs.map((x) => x.getAttribute('data-baris'))),
  ).toEqual(['2', '3', '5']);
  expect(await page.locator('[data-testid="dpa-pratinjau"]').innerText()).toContain(rp(TOTAL));
  // nothing is saved by the preview: the PK still shows the DPA from before
  expect(await page.locator('[data-testid="pk-total"]').innerText()).not.toBe(rp(TOTAL));
  await tangkapLayar(page, '81-dpa-pratinjau');

  await page.click('[data-testid="dpa-terapkan"]');
  await page.waitForSelector('[data-testid="dpa-hasil"]', { timeout: 30_000 });
  expect(await page.locator('[data-testid="dpa-hasil"]').innerText()).toContain(
    `3 sub kegiatan, total pagu ${rp(TOTAL)}`,
  );
  expect(await page.locator('[data-testid="dpa-pratinjau"]').count()).toBe(0);

  // the PK program table: the file's budget per program and in total, with its source and date
  await page.waitForFunction((t) => document.querySelector('[data-testid="pk-total"]')?.textContent === t, rp(TOTAL), {
    timeout: 30_000,
  });
  const program = await page
    .locator('[data-testid="pk-program-baris"]')
    .evaluateAll((xs) =>
      xs.map((x) => [x.getAttribute('data-kode'), x.querySelector('[data-testid="pk-program-anggaran"]')?.textContent]),
    );
  expect(program).toEqual([
    ['2.16.02', rp(PROGRAM_2)],
    ['2.16.03', rp(PROGRAM_1)],
  ]);
  const sumber = await page.locator('[data-testid="pk-sumber"]').innerText();
  expect(sumber).toContain(NAMA_BERKAS);
  expect(sumber).toContain(tanggalTeks(kiniWib()));
  await tangkapLayar(page, '82-dpa-pk-setelah-impor');

  // the print: the dialog's place comes from the region (policy daerah → /api/users/me)
  await page.click('[data-testid="cetak-pk"]');
  await page.waitForSelector('[data-testid="dialog-cetak-pk"]');
  expect(await page.locator('[data-testid="cetak-pk-tempat"]').inputValue()).toBe('Madiun');
  expect(await page.locator('[data-testid="cetak-pk-tanggal"]').inputValue()).toBe(kiniWib());
  await tangkapLayar(page, '83-cetak-pk-dialog');
  const [pdf] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click('[data-testid="cetak-pk-unduh"]'),
  ]);
  expect(pdf.suggestedFilename()).toMatch(new RegExp(`^perjanjian-kinerja_.+_${TAHUN}\\.pdf$`));
  const isi = teks(fs.readFileSync((await pdf.path())!)).replace(/[ \t]+/g, ' ');
  expect(isi).toContain('PEMERINTAH KOTA MADIUN');
  expect(isi).toContain(`PERJANJIAN KINERJA TAHUN ${TAHUN}`);
  expect(isi).toContain(OPD.toUpperCase());
  expect(isi).toContain(`JUMLAH ${rp(TOTAL)}`);
  expect(isi).toContain(`Sumber anggaran: DPA SIPD (${NAMA_BERKAS}), diimpor ${tanggalTeks(kiniWib())}`);
  expect(isi).toContain('Wali Kota Madiun');
  expect(isi).toContain(`Madiun, ${tanggalTeks(kiniWib())}`);
  await page.context().close();
}, 180_000);

test('Admin OPD sees only his own OPD and the DPA BKPSDM imported; another OPD is refused', async () => {
  const page = await e2e.masuk(ADMIN_OPD);
  await bukaLayar(page);
  await page.fill('[data-testid="dpa-tahun"]', String(TAHUN));
  // the OPD field is fixed to his own OPD
  const opd = page.locator('[data-testid="dpa-opd"] [role="combobox"]');
  await page.waitForFunction(
    () =>
      /Komunikasi dan Informatika/.test(
        document.querySelector('[data-testid="dpa-opd"] [role="combobox"]')?.textContent ?? '',
      ),
    null,
    { timeout: 30_000 },
  );
  expect(await opd.getAttribute('aria-disabled')).toBe('true');
  await page.waitForFunction((t) => document.querySelector('[data-testid="pk-total"]')?.textContent === t, rp(TOTAL), {
    timeout: 30_000,
  });
  expect(await page.locator('[data-testid="pk"]').innerText()).toContain(OPD);
  // he may import for his own OPD
  expect(await page.locator('[data-testid="dpa-templat"]').count()).toBe(1);
  await tangkapLayar(page, '84-dpa-pk-admin-opd');

  const jwt = await e2e.jwt(ADMIN_OPD);
  const sendiri = await api(jwt, `/api/pk?tahun=${TAHUN}&kode_opd=1.11.01`);
  expect(sendiri.status).toBe(200);
  expect(sendiri.json.data.total_anggaran).toBe(TOTAL.toString());
  const lain = await api(jwt, `/api/pk?tahun=${TAHUN}&kode_opd=1.21.01`);
  expect(lain.status).toBe(403);
  expect(lain.json?.error?.details?.code).toBe('AKSES_DITOLAK');
  await page.context().close();
}, 180_000);
