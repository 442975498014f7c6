/**
 * TPP screens in the browser (one server for the whole file; the tests run in this order on purpose):
 * 1. BKAD runs last month for Diskominfo from the menu (totals, lines, quarter state); the staff sees
 *    TPP Saya in rupiah with reasons and the chart.
 * 2. Admin BKPSDM imports a small attendance CSV with one bad row on the Impor Presensi screen: the
 *    template downloads, the rejected row shows its row number and reason, Terapkan writes the good row
 *    and shows the summary.
 * 3. The journey: BKAD computes an open month of a quarter the demo seed leaves open, downloads
 *    the SIPD Excel (beban kerja) with the button and it equals the API's lines, then opens the lock
 *    dialog of that quarter: it lists what will be refused and, the quarter's last input deadline not
 *    having passed (issue 10 Rule 4), names the date BKAD may lock and that only Admin BKPSDM may lock
 *    earlier, with a reason (the button stays disabled); Admin BKPSDM locks it with a written reason and
 *    a new run of the month is refused; the staff's Rencana Aksi Saya shows the month locked and the API
 *    refuses his realisasi with 423 PERIODE_TERKUNCI; Admin BKPSDM's attendance import of that month is
 *    refused with the lock message, and he unlocks the quarter with a reason (the button waits for it),
 *    which leaves the quarter open again for anything after this file.
 * Screenshots in artifacts/e2e/.
 */
import fs from 'fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { siapkanE2e, tangkapLayar } from './server';
import { KOLOM_SIPD } from '../helpers/sipd';

const STAF = '199004042015031004';
const ADMIN_OPD = '199308082019031008';
const ALASAN_BUKA = 'Uji e2e: kunci dibuka kembali setelah pemeriksaan jurnal TPP.';
const ALASAN_KUNCI = 'Uji e2e: TPP prestasi triwulan ini dibayar lebih awal.';

const e2e = siapkanE2e();

/** Today in Jakarta: {tahun, bulan}. */
const kiniWib = () => {
  const d = new Date(Date.now() + 7 * 3600_000);
  return { tahun: d.getUTCFullYear(), bulan: d.getUTCMonth() + 1 };
};
/**
 * The journey's month: a past month of the current quarter, else (first month of a quarter) the
 * current month. The demo seed never locks the current quarter, and these months have attendance rows
 * and lines (a past month) or at least a running month.
 */
const { tahun: TAHUN, bulan: BULAN_INI } = kiniWib();
const BULAN = (BULAN_INI - 1) % 3 === 0 ? BULAN_INI : BULAN_INI - 1;
const TRIWULAN = Math.ceil(BULAN / 3);

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
  return { status: r.status, json };
}

/** Picks an option of a MUI select (the options carry data-bulan). */
async function pilihBulan(page: Page, testId: string, bulan: number) {
  await page.click(`[data-testid="${testId}"] [role="combobox"]`);
  await page.locator(`li[role="option"][data-bulan="${bulan}"]`).click();
  await page.locator('li[role="option"]').first().waitFor({ state: 'detached' });
}

async function pilihOpd(page: Page, nama: string) {
  await page.click('[data-testid="tpp-opd"] [role="combobox"]');
  await page.locator('li[role="option"]', { hasText: nama }).first().click();
}

test('BKAD runs last month for Diskominfo; the staff sees his TPP', async () => {
  const page = await e2e.masuk('bkad');
  await page.click('[data-testid="menu-perhitungan-tpp"]');
  await page.waitForSelector('[data-testid="tpp-opd"]');
  await pilihOpd(page, 'Komunikasi dan Informatika');
  await page.click('[data-testid="tpp-hitung"]');
  await page.waitForSelector('[data-testid="tpp-hasil"]', { timeout: 30_000 });
  expect(await page.locator('[data-testid="tpp-hasil"]').innerText()).toMatch(/Rp \d/);
  await page.waitForSelector('[data-testid="tpp-status-kunci"]');
  await page.waitForSelector('td:has-text("199004042015031004")', { timeout: 30_000 });
  // the month's totals, in rupiah
  await page.waitForSelector('[data-testid="tpp-total-jumlah_ditransfer"]', { timeout: 30_000 });
  expect(await page.locator('[data-testid="tpp-total-jumlah_ditransfer"]').innerText()).toMatch(
    /^Rp \d{1,3}(\.\d{3})*$/,
  );
  // all four quarters of the year are listed with their state
  await page.waitForSelector('[data-testid="tpp-kunci-baris"]');
  expect(await page.locator('[data-testid="tpp-kunci-baris"]').count()).toBe(4);
  await tangkapLayar(page, '70-perhitungan-tpp');
  await page.context().close();

  const staf = await e2e.masuk(STAF);
  await staf.click('[data-testid="menu-tpp-saya"]');
  await staf.waitForSelector('[data-testid="tpp-ditransfer"]', { timeout: 30_000 });
  expect(await staf.locator('[data-testid="tpp-ditransfer"]').innerText()).toMatch(/Rp \d{1,3}(\.\d{3})*/);
  expect(await staf.locator('[data-testid="tpp-alasan"] li').count()).toBeGreaterThan(0);
  await staf.waitForSelector('[data-testid="grafik-tpp"]');
  await tangkapLayar(staf, '71-tpp-saya');
  await staf.context().close();
}, 180_000);

test('Admin OPD reads his own OPD and downloads the Daftar Nominatif PDF; no run button', async () => {
  const page = await e2e.masuk(ADMIN_OPD);
  await page.click('[data-testid="menu-perhitungan-tpp"]');
  await page.waitForSelector('td:has-text("199004042015031004")', { timeout: 30_000 });
  expect(await page.locator('[data-testid="tpp-hitung"]').count()).toBe(0);
  expect(await page.locator('[data-testid="tpp-opd"]').innerText()).toContain('Komunikasi dan Informatika');
  const pdf = page.locator('[data-testid="tpp-ekspor-prestasi-pdf"]');
  await expect(pdf.isEnabled()).resolves.toBe(true);
  const [unduhan] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), pdf.click()]);
  expect(unduhan.suggestedFilename()).toMatch(/^tpp-prestasi_.+_\d{4}-\d{2}\.pdf$/);
  expect(
    fs
      .readFileSync((await unduhan.path())!)
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  // the year's history (BKAD format) of his OPD
  const [riwayat] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click('[data-testid="tpp-ekspor-riwayat"]'),
  ]);
  expect(riwayat.suggestedFilename()).toMatch(/^riwayat-tpp_.+_\d{4}\.xlsx$/);
  const wbRiwayat = new ExcelJS.Workbook();
  await wbRiwayat.xlsx.readFile((await riwayat.path())!);
  expect((wbRiwayat.getWorksheet('Riwayat TPP')!.getRow(1).values as unknown[]).slice(1, 7)).toEqual([
    'No',
    'NIP',
    'Nama',
    'Jabatan',
    'Golongan',
    'OPD',
  ]);
  // every OPD line listed is his own OPD's
  const opd = await page.locator('td.column-opd_nama').allInnerTexts();
  expect(opd.length).toBeGreaterThan(0);
  expect(new Set(opd)).toEqual(new Set(['Dinas Komunikasi dan Informatika']));
  await page.context().close();
}, 180_000);

test('Admin BKPSDM imports attendance: a bad row is rejected with its reason, the good row is applied', async () => {
  const page = await e2e.masuk('admin');
  await page.click('[data-testid="menu-impor-presensi"]');
  await page.waitForSelector('[data-testid="presensi-kosong"]');

  // the template (CSV) downloads with the token
  const [templat] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid="presensi-templat-csv"]'),
  ]);
  expect(templat.suggestedFilename()).toBe('templat-presensi.csv');
  const isiTemplat = fs.readFileSync((await templat.path())!, 'utf8');
  expect(isiTemplat.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(
    /^nip,nama,tahun,bulan,hari_kerja,hadir,tk,tl_1_30/,
  );

  await page.fill('[data-testid="presensi-tahun"]', String(TAHUN));
  await pilihBulan(page, 'presensi-bulan', BULAN);
  const csv = [
    'nip,nama,hari_kerja,hadir,tk,tl_1_30,tl_31_60,tl_61_90,tl_91,psw_1_30,psw_31_60,psw_61_90,psw_91,cuti,dl,hukdis_aktif',
    `${STAF},Staf Diskominfo,,18,1,2,0,0,0,1,0,0,0,0,0,tidak`,
    '199901012020011999,Tidak Dikenal,,18,0,0,0,0,0,0,0,0,0,0,0,tidak',
  ].join('\r\n');
  await page.setInputFiles('[data-testid="presensi-berkas"]', {
    name: 'presensi-uji.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.click('[data-testid="presensi-unggah"]');
  await page.waitForSelector('[data-testid="presensi-pratinjau"]', { timeout: 30_000 });

  expect(await page.locator('[data-testid="presensi-jumlah-diterima"]').getAttribute('data-n')).toBe('1');
  expect(await page.locator('[data-testid="presensi-jumlah-ditolak"]').getAttribute('data-n')).toBe('1');
  const ditolak = page.locator('[data-testid="presensi-ditolak-baris"]');
  expect(await ditolak.count()).toBe(1);
  expect(await ditolak.getAttribute('data-baris')).toBe('3');
  expect(await ditolak.locator('[data-testid="presensi-ditolak-alasan"]').innerText()).toContain('NIP tidak dikenal');
  expect(await page.locator(`[data-testid="presensi-diterima-baris"][data-nip="${STAF}"]`).count()).toBe(1);
  expect(await page.locator('[data-testid="presensi-berlaku"]').innerText()).toMatch(
    /\d{1,2} \p{L}+ \d{4} \d{2}\.\d{2}/u,
  );
  await tangkapLayar(page, '72-impor-presensi-pratinjau');

  await page.click('[data-testid="presensi-terapkan"]');
  const hasil = page.locator('[data-testid="presensi-hasil"]');
  await hasil.waitFor({ timeout: 30_000 });
  const dibuat = Number(await hasil.getAttribute('data-dibuat'));
  const diperbarui = Number(await hasil.getAttribute('data-diperbarui'));
  expect(dibuat + diperbarui).toBe(1);
  expect(await hasil.getAttribute('data-ditolak')).toBe('1');
  expect(await hasil.innerText()).toMatch(/diterapkan: [01] baris baru, [01] diperbarui, 1 ditolak/);
  // the preview is gone after applying
  expect(await page.locator('[data-testid="presensi-pratinjau"]').count()).toBe(0);
  await tangkapLayar(page, '73-impor-presensi-hasil');
  await page.context().close();
}, 180_000);

test('journey: BKAD computes an open month, downloads the SIPD Excel, cannot lock the quarter yet; BKPSDM locks it with a reason; the staff is refused; BKPSDM unlocks', async () => {
  const jwtBkad = await e2e.jwt('bkad');
  const jwtStaf = await e2e.jwt(STAF);
  const jwtAdmin = await e2e.jwt('admin');
  const awal = await api(jwtBkad, 'GET', `/api/tpp/kunci?tahun=${TAHUN}`);
  expect(awal.json.data.find((k: any) => k.triwulan === TRIWULAN).terkunci).toBe(false);
  const milik = await api(jwtStaf, 'GET', `/api/tpp?nip=${STAF}&tahun=${TAHUN}&bulan=${BULAN}`);
  const kodeOpd: string | undefined = milik.json?.data?.[0]?.opd?.kode_opd;

  // --- BKAD: compute, export, lock
  const page = await e2e.masuk('bkad');
  await page.click('[data-testid="menu-perhitungan-tpp"]');
  await page.waitForSelector('[data-testid="tpp-opd"]');
  await page.fill('[data-testid="tpp-tahun"] input', String(TAHUN));
  await pilihBulan(page, 'tpp-bulan', BULAN);
  // no OPD chosen: the export buttons wait for one
  expect(await page.locator('[data-testid="tpp-ekspor-beban-xlsx"]').isDisabled()).toBe(true);
  await pilihOpd(page, 'Komunikasi dan Informatika');
  await page.click('[data-testid="tpp-hitung"]');
  await page.waitForSelector('[data-testid="tpp-hasil"]', { timeout: 30_000 });

  // the lines as the API holds them after the run
  const daftar = await api(jwtBkad, 'GET', `/api/tpp?nip=${STAF}&tahun=${TAHUN}&bulan=${BULAN}`);
  expect(daftar.status).toBe(200);
  const baris = daftar.json.data[0];
  expect(baris).toBeDefined();
  const opd = baris.opd.kode_opd as string;
  if (kodeOpd) expect(opd).toBe(kodeOpd);
  const semua = await api(
    jwtBkad,
    'GET',
    `/api/tpp?kode_opd=${encodeURIComponent(opd)}&tahun=${TAHUN}&bulan=${BULAN}&pageSize=200`,
  );
  const jumlahBaris = semua.json.meta.total as number;
  expect(jumlahBaris).toBeGreaterThan(0);

  const [unduhan] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click('[data-testid="tpp-ekspor-beban-xlsx"]'),
  ]);
  expect(unduhan.suggestedFilename()).toBe(`tpp-beban_${opd}_${TAHUN}-${String(BULAN).padStart(2, '0')}.xlsx`);
  await page.waitForSelector('[data-testid="tpp-ekspor-berhasil"]');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await unduhan.path())!);
  const ws = wb.getWorksheet('TPP')!;
  expect(ws).toBeDefined();
  const kepala = (ws.getRow(1).values as unknown[]).slice(1);
  expect(kepala).toEqual(KOLOM_SIPD);
  expect(ws.actualRowCount - 1).toBe(jumlahBaris);
  const kol = (nama: string) => KOLOM_SIPD.indexOf(nama) + 1;
  let sel: ExcelJS.Row | undefined;
  ws.eachRow((row, n) => {
    if (n > 1 && String(row.getCell(kol('nip')).value) === STAF) sel = row;
  });
  expect(sel).toBeDefined();
  const nilai = (nama: string) => sel!.getCell(kol(nama)).value;
  expect(nilai('nama_pegawai')).toBe(baris.nama);
  expect(nilai('nama_jabatan')).toBe(baris.nama_jabatan);
  // the beban kerja file: beban kerja and the monthly allowance/deductions; prestasi kerja goes to the other file
  expect(nilai('belanja_tpp_beban_kerja')).toBe(baris.belanja_tpp_beban_kerja);
  expect(nilai('belanja_tpp_prestasi_kerja')).toBe(0);
  expect(nilai('tunjangan_iuran_jaminan_kesehatan')).toBe(baris.tunjangan_iuran_jaminan_kesehatan);
  expect(nilai('iwp_1%')).toBe(baris['iwp_1%']);
  const pphPrestasi =
    baris.jumlah_tpp > 0 ? Math.round((baris.pph_21 * baris.belanja_tpp_prestasi_kerja) / baris.jumlah_tpp) : 0;
  expect(nilai('pph_21')).toBe(baris.pph_21 - pphPrestasi);
  expect(nilai('jumlah_ditransfer')).toBe(baris.jumlah_ditransfer - (baris.belanja_tpp_prestasi_kerja - pphPrestasi));

  // the lock dialog: what will be refused, and (the quarter's last input deadline not passed) the date BKAD may lock
  const mulai: string = awal.json.data.find((k: any) => k.triwulan === TRIWULAN).dapat_dikunci_mulai;
  const teksMulai = new Date(`${mulai}T00:00:00Z`).toLocaleDateString('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  await page.click(`[data-testid="tpp-kunci-${TRIWULAN}"]`);
  await page.waitForSelector('[data-testid="tpp-kunci-dialog"] [data-testid="tpp-kunci-akibat"]');
  const akibat = await page.locator('[data-testid="tpp-kunci-akibat"]').innerText();
  for (const kata of [/realisasi/, /evaluasi/, /TPP/, /presensi/]) expect(akibat).toMatch(kata);
  const dini = await page.locator('[data-testid="tpp-kunci-dini"]').innerText();
  expect(dini).toContain(teksMulai);
  expect(dini).toMatch(/hanya Admin BKPSDM/);
  expect(await page.locator('[data-testid="tpp-kunci-konfirmasi"]').isDisabled()).toBe(true);
  await tangkapLayar(page, '74-kunci-triwulan-konfirmasi');
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="tpp-kunci-dialog"]').waitFor({ state: 'detached' });
  await page.context().close();
  expect(
    (await api(jwtBkad, 'POST', '/api/tpp/kunci', { tahun: TAHUN, triwulan: TRIWULAN })).json.error.details,
  ).toMatchObject({ code: 'KUNCI_TERLALU_DINI', dapat_dikunci_mulai: mulai });

  // Admin BKPSDM locks it early with a written reason (the button waits for it)
  const pengunci = await e2e.masuk('admin');
  await pengunci.click('[data-testid="menu-perhitungan-tpp"]');
  await pengunci.waitForSelector('[data-testid="tpp-opd"]');
  await pengunci.fill('[data-testid="tpp-tahun"] input', String(TAHUN));
  await pilihBulan(pengunci, 'tpp-bulan', BULAN);
  await pilihOpd(pengunci, 'Komunikasi dan Informatika');
  await pengunci.click(`[data-testid="tpp-kunci-${TRIWULAN}"]`);
  const kunciOk = pengunci.locator('[data-testid="tpp-kunci-konfirmasi"]');
  await kunciOk.waitFor();
  expect(await kunciOk.isDisabled()).toBe(true);
  await pengunci.fill('[data-testid="tpp-kunci-alasan"]', ALASAN_KUNCI);
  expect(await kunciOk.isDisabled()).toBe(false);
  await kunciOk.click();
  await pengunci.waitForSelector(`[data-testid="tpp-kunci-baris"][data-triwulan="${TRIWULAN}"][data-terkunci="true"]`, {
    timeout: 30_000,
  });
  expect(await pengunci.locator(`[data-testid="tpp-kunci-baris"][data-triwulan="${TRIWULAN}"]`).innerText()).toContain(
    'admin',
  );
  // a new run of the locked month is refused with the server's message
  await pengunci.click('[data-testid="tpp-hitung"]');
  await pengunci.waitForSelector('[data-testid="tpp-galat"]', { timeout: 30_000 });
  expect(await pengunci.locator('[data-testid="tpp-galat"]').innerText()).toMatch(/kunci/i);
  await tangkapLayar(pengunci, '75-triwulan-terkunci');
  await pengunci.context().close();
  const sesudah = await api(jwtBkad, 'GET', `/api/tpp/kunci?tahun=${TAHUN}`);
  expect(sesudah.json.data.find((k: any) => k.triwulan === TRIWULAN)).toMatchObject({
    terkunci: true,
    dikunci_oleh: 'admin',
  });

  // --- the staff: the month is shown locked, and the API refuses the write
  const renaksi = await api(jwtStaf, 'GET', `/api/rencana-aksi?nip=${STAF}&tahun=${TAHUN}&bulan=${BULAN}&pageSize=500`);
  const bertarget = (renaksi.json.data as any[]).filter((r) => r.target != null && r.skp?.status === 'DISETUJUI');
  expect(bertarget.length).toBeGreaterThan(0);
  expect(bertarget.every((r) => r.terkunci === true)).toBe(true);
  const tulis = await api(jwtStaf, 'POST', `/api/rencana-aksi/${bertarget[0].id}/realisasi`, {
    bulan: BULAN,
    nilai: 1,
    bukti_url: ['https://intranet.madiunkota.go.id/bukti/uji-e2e-kunci'],
  });
  expect(tulis.status).toBe(423);
  expect(tulis.json.error.details.code).toBe('PERIODE_TERKUNCI');

  const staf = await e2e.masuk(STAF);
  await staf.click('[data-testid="menu-rencana-aksi-saya"]');
  await staf.waitForSelector('[data-testid="periode-bulan"]');
  await staf.selectOption('[data-testid="periode-tahun"]', String(TAHUN));
  await staf.selectOption('[data-testid="periode-bulan"]', String(BULAN));
  const barisStaf = staf.locator(`[data-testid="renaksi-baris"][data-id="${bertarget[0].id}"]`);
  await barisStaf.waitFor({ timeout: 30_000 });
  expect(await barisStaf.locator('[data-testid="renaksi-alasan"]').getAttribute('data-alasan')).toBe('terkunci');
  expect(await barisStaf.locator('[data-testid="renaksi-alasan"]').innerText()).toMatch(/dikunci/);
  expect(await barisStaf.locator('[data-testid="renaksi-isi"]').isDisabled()).toBe(true);
  await tangkapLayar(staf, '76-staf-bulan-terkunci');
  await staf.context().close();

  // --- Admin BKPSDM: the attendance import of the month is refused (423), then he unlocks with a reason
  const admin = await e2e.masuk('admin');
  await admin.click('[data-testid="menu-impor-presensi"]');
  await admin.waitForSelector('[data-testid="presensi-kosong"]');
  await admin.fill('[data-testid="presensi-tahun"]', String(TAHUN));
  await pilihBulan(admin, 'presensi-bulan', BULAN);
  await admin.setInputFiles('[data-testid="presensi-berkas"]', {
    name: 'presensi-terkunci.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`nip,hadir\r\n${STAF},18\r\n`, 'utf8'),
  });
  await admin.click('[data-testid="presensi-unggah"]');
  await admin.waitForSelector('[data-testid="presensi-terkunci"]', { timeout: 30_000 });
  expect(await admin.locator('[data-testid="presensi-terkunci"]').innerText()).toMatch(/dikunci BKAD/);
  await tangkapLayar(admin, '77-impor-presensi-terkunci');

  await admin.click('[data-testid="menu-perhitungan-tpp"]');
  await admin.fill('[data-testid="tpp-tahun"] input', String(TAHUN));
  await admin.click(`[data-testid="tpp-buka-${TRIWULAN}"]`);
  const konfirmasi = admin.locator('[data-testid="tpp-kunci-konfirmasi"]');
  await konfirmasi.waitFor();
  expect(await konfirmasi.isDisabled()).toBe(true);
  await admin.fill('[data-testid="tpp-buka-alasan"]', 'terlalu');
  expect(await konfirmasi.isDisabled()).toBe(true);
  await admin.fill('[data-testid="tpp-buka-alasan"]', ALASAN_BUKA);
  expect(await konfirmasi.isDisabled()).toBe(false);
  await konfirmasi.click();
  const tw = admin.locator(`[data-testid="tpp-kunci-baris"][data-triwulan="${TRIWULAN}"][data-terkunci="false"]`);
  await tw.waitFor({ timeout: 30_000 });
  expect(await tw.innerText()).toContain(ALASAN_BUKA);
  await tangkapLayar(admin, '78-kunci-dibuka');
  await admin.context().close();

  const akhir = await api(jwtAdmin, 'GET', `/api/tpp/kunci?tahun=${TAHUN}`);
  expect(akhir.json.data.find((k: any) => k.triwulan === TRIWULAN)).toMatchObject({
    terkunci: false,
    alasan_buka: ALASAN_BUKA,
  });
}, 300_000);
