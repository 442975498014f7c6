/**
 * Evaluation journey (predikat from the 3×3 matrix: Sesuai × Sesuai → Baik). The Kabid Aplikasi opens Penilaian
 * Kinerja, finds his staff for last month, opens the evaluation form (capaian, RHK with renaksi, the advisory
 * rating, the 7 BerAKHLAK values); when the persiapan lists unchecked realisasi he checks them from the form's
 * own button; he chooses Sesuai/Sesuai, sees the matrix's "Baik" live, saves and sees the server's "Baik"
 * stored, and the list shows the predikat. The staff opens Evaluasi Saya and reads "Baik". Admin BKPSDM sees
 * the evaluation in the back-office list and runs Sinkron PLT. Screenshots artifacts/e2e/70-*.
 *
 * The evaluation is given for last month of the current year (the API accepts only begun months and the
 * persiapan is read for them): in January there is none.
 */
import type { Page } from 'playwright-core';
import { siapkanE2e, tangkapLayar } from './server';

const STAF = '199004042015031004';
const KABID = '198003032005011003';
const UMPAN_BALIK = 'Kinerja bulan ini sesuai ekspektasi; pertahankan ketepatan laporan.';

const e2e = siapkanE2e();

/** Asia/Jakarta date parts of today (the server's and the panel's calendar). */
const hariIni = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());
const tahun = Number(hariIni.slice(0, 4));
const bulan = Number(hariIni.slice(5, 7)) - 1;
const adaBulanLalu = bulan >= 1;
const uji = adaBulanLalu ? test : test.skip;
const SKIP = adaBulanLalu ? '' : ' (dilewati: Januari tidak punya bulan lalu dalam tahun berjalan)';

const login = (identifier: string) => e2e.jwt(identifier);

async function api(jwt: string, path: string) {
  const r = await fetch(e2e.url + path, { headers: { Authorization: `Bearer ${jwt}`, Accept: 'application/json' } });
  const json: any = await r.json().catch(() => null);
  if (r.status >= 300) throw new Error(`GET ${path} → ${r.status} ${JSON.stringify(json)}`);
  return json;
}

const barisStaf = (page: Page) =>
  page.locator(`[data-testid="penilaian-baris"][data-nip="${STAF}"][data-konteks="DEFINITIF"]`);

uji(
  `Kabid menilai staf untuk bulan lalu: Sesuai/Sesuai → Baik${SKIP}`,
  async () => {
    const kabid = await login(KABID);
    const persiapan = (await api(kabid, `/api/evaluasi/persiapan?nip=${STAF}&tahun=${tahun}&bulan=${bulan}`)).data;
    expect(persiapan.skp).toMatchObject({ konteks: 'DEFINITIF', status: 'DISETUJUI' });

    const page = await e2e.masuk(KABID);
    await page.click('[data-testid="menu-penilaian-kinerja"]');
    await page.waitForSelector('[data-testid="penilaian-kinerja"]');
    // the default period is last month
    expect(await page.inputValue('[data-testid="periode-bulan"]')).toBe(String(bulan));
    await barisStaf(page).waitFor({ timeout: 30_000 });
    await tangkapLayar(page, '70-kabid-penilaian-kinerja');

    await barisStaf(page).locator('[data-testid="penilaian-buka"]').click();
    await page.waitForSelector(`[data-testid="form-evaluasi"][data-nip="${STAF}"]`, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="evaluasi-rhk"]', { timeout: 30_000 });
    expect(await page.locator('[data-testid="perilaku-nilai"]').count()).toBe(7);
    expect(await page.locator('[data-testid="kartu-capaian"]').count()).toBe(1);
    if (persiapan.saran_rating_hasil) {
      expect(await page.locator('[data-testid="rating-hasil-petunjuk"]').innerText()).toMatch(/^Saran: /);
    }

    // realisasi still unchecked: the form refuses with the server's reason until the penilai checks them
    if (persiapan.realisasi.belum_diperiksa.length) {
      expect(await page.locator('[data-testid="evaluasi-tidak-boleh"]').getAttribute('data-code')).toBe(
        'REALISASI_BELUM_DIPERIKSA',
      );
      expect(await page.locator('[data-testid="evaluasi-simpan"]').isDisabled()).toBe(true);
      await tangkapLayar(page, '71-kabid-evaluasi-belum-diperiksa');
      const [periksa] = await Promise.all([
        page.waitForResponse(
          (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/realisasi/periksa',
        ),
        page.click('[data-testid="periksa-semua"]'),
      ]);
      expect(periksa.status()).toBe(200);
      await page.waitForSelector('[data-testid="blok-belum-diperiksa"]', { state: 'detached', timeout: 20_000 });
    }
    await page.waitForSelector('[data-testid="evaluasi-tidak-boleh"]', { state: 'detached', timeout: 20_000 });

    await page.check('[data-testid="rating-hasil-2"]');
    await page.check('[data-testid="rating-perilaku-2"]');
    expect(await page.locator('[data-testid="predikat-matriks"]').innerText()).toBe('Baik');
    await page.fill('[data-testid="umpan-balik-umum"]', UMPAN_BALIK);
    await page.fill('[data-testid="umpan-balik-perilaku-AKUNTABEL"]', 'Laporan selalu tepat waktu.');
    await tangkapLayar(page, '72-kabid-evaluasi-form');

    const [simpan] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/evaluasi'),
      page.click('[data-testid="evaluasi-simpan"]'),
    ]);
    expect([200, 201]).toContain(simpan.status());
    const body: any = await simpan.json();
    expect(body.data).toMatchObject({ rating_hasil: 2, rating_perilaku: 2, predikat: { kode: 2, nama: 'Baik' } });
    // the server's answer, once the persiapan is read again
    await page.waitForFunction(
      () => document.querySelector('[data-testid="predikat-server"]')?.textContent === 'Baik',
      null,
      { timeout: 20_000 },
    );
    await tangkapLayar(page, '73-kabid-evaluasi-tersimpan');

    // back to the list: the staff carries his predikat
    await page.click('[data-testid="evaluasi-kembali"]');
    await barisStaf(page).waitFor({ timeout: 20_000 });
    await page.waitForFunction(
      (nip) =>
        document.querySelector(
          `[data-testid="penilaian-baris"][data-nip="${nip}"][data-konteks="DEFINITIF"] [data-testid="predikat-chip"]`,
        )?.textContent === 'Baik',
      STAF,
      { timeout: 20_000 },
    );
    expect(await barisStaf(page).locator('[data-testid="predikat-chip"]').getAttribute('data-kode')).toBe('2');
    await tangkapLayar(page, '74-kabid-penilaian-kinerja-dinilai');
    await page.context().close();
  },
  120_000,
);

uji(
  `staf membaca predikat Baik di Evaluasi Saya${SKIP}`,
  async () => {
    const page = await e2e.masuk(STAF);
    await page.click('[data-testid="menu-evaluasi-saya"]');
    const kartu = page.locator(`[data-testid="evaluasi-saya-baris"][data-jenis="BULANAN"][data-bulan="${bulan}"]`);
    await kartu.waitFor({ timeout: 30_000 });
    expect(await kartu.locator('[data-testid="predikat-chip"]').innerText()).toBe('Baik');
    expect(await kartu.locator('[data-testid="saya-rating-hasil"]').innerText()).toContain('Sesuai Ekspektasi');
    expect(await kartu.locator('[data-testid="saya-umpan-balik"]').innerText()).toBe(UMPAN_BALIK);
    expect(await kartu.locator('[data-testid="saya-umpan-balik-perilaku"]').innerText()).toContain(
      'Laporan selalu tepat waktu.',
    );
    await tangkapLayar(page, '75-staf-evaluasi-saya');
    await page.context().close();
  },
  120_000,
);

uji(
  `Admin BKPSDM melihat evaluasi di daftar dan menjalankan Sinkron PLT${SKIP}`,
  async () => {
    const page = await e2e.masuk('admin');
    await page.click('[data-testid="menu-evaluasi"]');
    await page.waitForSelector('text=Evaluasi Kinerja', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="predikat-chip"]', { timeout: 30_000 });
    await page.click('[data-testid="sinkron-plt"]');
    await page.waitForSelector('[data-testid="dialog-sinkron-plt"]');
    const [sinkron] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/evaluasi/sinkron-plt',
      ),
      page.click('[data-testid="sinkron-jalankan"]'),
    ]);
    expect(sinkron.status()).toBe(200);
    await page.waitForSelector('[data-testid="sinkron-laporan"]', { timeout: 20_000 });
    await tangkapLayar(page, '76-admin-evaluasi-sinkron-plt');
    await page.context().close();
  },
  120_000,
);
