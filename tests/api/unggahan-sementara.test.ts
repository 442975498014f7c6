/**
 * Hardening 10 item 4 ("multipart uploads are left in the OS temp folder forever") and the multipart
 * "4xx, never 500" items: multipart is parsed only on the routes that take files, after authorisation,
 * and every temp file is gone when the request ends, whatever the outcome; oversized multipart bodies
 * are 413 with the API's error body (Strapi's shape with details.code and details.field).
 *
 * The server runs with a private OS temp folder (os.tmpdir() before boot, restored after this file) so that
 * its content can be compared before and after; the test helper's own SQLite file and evidence folder
 * live there too and are left out of the comparison.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { mulaiStrapi, NIP, AKAR } from '../helpers/strapi';

// os.tmpdir() reads the real process environment, not jest's copy: the core module's function is replaced
// for this file (the body parser and the server read it at boot and per request).
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'mskp-uji-tmp-'));
const spion = jest.spyOn(os, 'tmpdir').mockReturnValue(TMP);
afterAll(() => {
  spion.mockRestore();
  fs.rmSync(TMP, { recursive: true, force: true });
});

const t = mulaiStrapi();
const N = 3;
const MiB = 1024 * 1024;
const pdf = fs.readFileSync(path.join(AKAR, 'tests', 'fixtures', 'bukti', 'contoh.pdf'));
const sampah = (n: number) => Buffer.alloc(n, 0x41);

/** The temp folder's entries (recursively), without the test helper's own database and evidence folder. */
function isiTmp(): string[] {
  const hasil: string[] = [];
  const jalan = (dir: string, awal: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = path.join(awal, e.name);
      if (!awal && (e.name.startsWith('mskp-test-') || e.name.startsWith('mskp-bukti-'))) continue;
      hasil.push(rel);
      if (e.isDirectory()) jalan(path.join(dir, e.name), rel);
    }
  };
  jalan(TMP, '');
  return hasil.sort();
}

/** Runs the requests N times and checks that the temp folder is as before; returns the statuses. */
async function tanpaSisa(kirim: () => Promise<any>): Promise<any[]> {
  const sebelum = isiTmp();
  const hasil: any[] = [];
  for (let i = 0; i < N; i++) hasil.push(await kirim());
  expect(isiTmp()).toEqual(sebelum);
  return hasil;
}

const status = (r: any) => [r.status, r.body?.error?.details?.code ?? null];

let jwt: Record<string, string> = {};
let skpDisetujui = '';
let renaksi = '';

beforeAll(async () => {
  expect(os.tmpdir()).toBe(TMP);
  jwt = { staf: await t.token(NIP.staf), admin: await t.token('admin') };
  const s = await t.strapi.db.query('plugin::kinerja.skp').findOne({
    where: { pegawai: { id: t.demo.pegawai.staf.pegawaiId }, status: 'DISETUJUI' },
    select: ['documentId'],
    orderBy: { tahun: 'desc' },
  });
  skpDisetujui = s.documentId;
  const r = await t.strapi.db
    .query('plugin::kinerja.rencana-aksi')
    .findOne({ where: { pegawai: { id: t.demo.pegawai.staf.pegawaiId } }, select: ['documentId'] });
  renaksi = r.documentId;
});

describe('Hardening 10 item 4: multipart uploads leave nothing in the temp folder', () => {
  test('anonymous: a file to /_health, to a route that takes files, to one that takes none → no temp file', async () => {
    const r = await tanpaSisa(async () => [
      await t.http().get('/_health').attach('x', sampah(MiB), 'x.bin'),
      await t.http().post('/_health').attach('x', sampah(MiB), 'x.bin'),
      await t.http().post(`/api/rencana-aksi/${renaksi}/realisasi`).field('bulan', '1').attach('bukti', pdf, 'a.pdf'),
      await t.http().post('/api/evaluasi').attach('x', sampah(MiB), 'x.bin'),
    ]);
    for (const [health, healthPost, realisasi, evaluasi] of r) {
      expect(health.status).toBe(204);
      expect(healthPost.status).toBeLessThan(500);
      expect([401, 403]).toContain(realisasi.status);
      expect([401, 403]).toContain(evaluasi.status);
    }
  });

  test('authenticated, to routes that take no files → 4xx, no temp file', async () => {
    const r = await tanpaSisa(async () => [
      await t.as(jwt.admin).post('/api/evaluasi').field('nip', NIP.staf).attach('x', sampah(MiB), 'x.bin'),
      await t.as(jwt.staf).put(`/api/skp/${skpDisetujui}`).attach('x', sampah(MiB), 'x.bin'),
      await t.as(jwt.admin).post('/api/panel/opd').attach('x', sampah(MiB), 'x.bin'),
    ]);
    for (const x of r.flat()) {
      expect(x.status).toBeGreaterThanOrEqual(400);
      expect(x.status).toBeLessThan(500);
      expect(x.body.error.details.code).toEqual(expect.any(String));
    }
  });

  test('refused uploads (role, content, size) → 4xx, nothing stored, no temp file', async () => {
    const berkas = () => t.strapi.db.query('plugin::upload.file').count();
    const n = await berkas();
    const r = await tanpaSisa(async () => [
      // a pegawai may not import attendance: refused after the parse
      await t
        .as(jwt.staf)
        .post('/api/tpp/presensi/impor')
        .field('tahun', '2026')
        .field('bulan', '1')
        .attach('berkas', sampah(MiB), 'p.xlsx'),
      // HTML named .pdf
      await t
        .as(jwt.staf)
        .post(`/api/skp/${skpDisetujui}/dokumen`)
        .attach('dokumen', Buffer.from('<html><script>1</script></html>'), {
          filename: 'x.pdf',
          contentType: 'application/pdf',
        }),
      // a file over twice the limit: the parser stops
      await t
        .as(jwt.staf)
        .post(`/api/skp/${skpDisetujui}/dokumen`)
        .attach('dokumen', sampah(21 * MiB), { filename: 'besar.pdf', contentType: 'application/pdf' }),
      // files on an unknown field
      await t
        .as(jwt.staf)
        .post(`/api/rencana-aksi/${renaksi}/realisasi`)
        .field('bulan', '1')
        .attach('lain', pdf, 'a.pdf'),
    ]);
    for (const [presensi, html, besar, lain] of r) {
      expect(status(presensi)).toEqual([403, 'AKSES_DITOLAK']);
      expect(status(html)).toEqual([400, 'JENIS_BERKAS_DITOLAK']);
      expect(status(besar)).toEqual([413, 'BERKAS_TERLALU_BESAR']);
      expect(lain.status).toBeGreaterThanOrEqual(400);
      expect(lain.status).toBeLessThan(500);
    }
    expect(await berkas()).toBe(n);
  });

  test('accepted uploads → stored, no temp file', async () => {
    const r = await tanpaSisa(() =>
      t
        .as(jwt.staf)
        .post(`/api/skp/${skpDisetujui}/dokumen`)
        .attach('dokumen', pdf, { filename: 'skp.pdf', contentType: 'application/pdf' }),
    );
    for (const x of r) expect(x.status).toBe(200);
    expect(r[N - 1].body.data.dokumen.ukuran).toBe(pdf.length);
  });
});

describe('Hardening 10: oversized multipart is 413 with the api.md error body, never 500', () => {
  test('two 12 MiB fields, to any route (anonymous or not) → 413 before anything is read', async () => {
    const dua = (req: any) => req.field('a', 'x'.repeat(12 * MiB)).field('b', 'y'.repeat(12 * MiB));
    const r = await tanpaSisa(async () => [
      await dua(t.http().post('/api/evaluasi')),
      await dua(t.as(jwt.admin).post('/api/panel/opd')),
      await dua(t.as(jwt.staf).post(`/api/rencana-aksi/${renaksi}/realisasi`)),
    ]);
    for (const x of r.flat()) {
      expect(x.status).toBe(413);
      expect(x.body).toEqual({
        data: null,
        error: {
          status: 413,
          name: 'PayloadTooLargeError',
          message: expect.stringMatching(/terlalu besar/),
          details: expect.objectContaining({ code: 'BERKAS_TERLALU_BESAR' }),
        },
      });
    }
  });

  test('text fields over 1 MB on a route that takes files → 413 ISIAN_TERLALU_BESAR', async () => {
    const r = await tanpaSisa(() =>
      t
        .as(jwt.staf)
        .post(`/api/rencana-aksi/${renaksi}/realisasi`)
        .field('faktor_penunjang', 'x'.repeat(2 * MiB))
        .attach('bukti', pdf, 'a.pdf'),
    );
    for (const x of r) {
      expect(x.status).toBe(413);
      expect(x.body.error).toMatchObject({
        status: 413,
        name: 'PayloadTooLargeError',
        details: { code: 'ISIAN_TERLALU_BESAR', field: 'body' },
      });
    }
  });

  test('more than 20 files in one request → 413, none stored', async () => {
    const n = await t.strapi.db.query('plugin::upload.file').count();
    const r = await tanpaSisa(() => {
      let q = t.as(jwt.staf).post(`/api/rencana-aksi/${renaksi}/realisasi`).field('bulan', '1').field('nilai', '1');
      for (let i = 0; i < 21; i++) q = q.attach('bukti', pdf, `b${i}.pdf`);
      return q;
    });
    for (const x of r) expect(status(x)).toEqual([413, 'BERKAS_TERLALU_BESAR']);
    expect(await t.strapi.db.query('plugin::upload.file').count()).toBe(n);
  });

  test('a malformed multipart body → 400 ISI_TIDAK_TERBACA', async () => {
    const r = await tanpaSisa(() =>
      t
        .as(jwt.staf)
        .post(`/api/skp/${skpDisetujui}/dokumen`)
        .set('Content-Type', 'multipart/form-data; boundary=XYZ')
        .send('--XYZ\r\nContent-Disposition: form-data; name="dokumen"; filename="a.pdf"\r\n\r\n%PDF-1.4 terpotong'),
    );
    for (const x of r) expect(status(x)).toEqual([400, 'ISI_TIDAK_TERBACA']);
  });
});
