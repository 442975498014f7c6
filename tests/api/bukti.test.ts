/**
 * Evidence files (bukti dukung) and the signed SKP document: private storage (never under public/),
 * content allow-list, size limit, authorised download with attachment + nosniff.
 * Fixtures: tests/fixtures/bukti (node tests/fixtures/buat-bukti.js).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { buatTokenApi } from '../helpers/token';
import { mulaiStrapi, NIP, AKAR } from '../helpers/strapi';

// Before boot: a low size limit (the >limit file is made at runtime), restored after this file. The
// private folder is the throw-away one the test helper gives every server (process.env.BUKTI_FOLDER).
const BATAS = 200_000;
const batasSemula = process.env.UPLOAD_BATAS_BYTE;
process.env.UPLOAD_BATAS_BYTE = String(BATAS);
afterAll(() => {
  if (batasSemula === undefined) delete process.env.UPLOAD_BATAS_BYTE;
  else process.env.UPLOAD_BATAS_BYTE = batasSemula;
});

const t = mulaiStrapi();
let FOLDER = '';
beforeAll(() => {
  FOLDER = process.env.BUKTI_FOLDER as string;
  expect(FOLDER.startsWith(os.tmpdir())).toBe(true);
});
const fixture = (nama: string) => fs.readFileSync(path.join(AKAR, 'tests', 'fixtures', 'bukti', nama));
const isiFolder = () => fs.readdirSync(FOLDER).sort();
const jumlahBerkas = () => t.strapi.db.query('plugin::upload.file').count();
const PUBLIK = path.join(AKAR, 'cms', 'public', 'uploads');

async function skpDisetujui(pegawaiId: number) {
  const s = await t.strapi.db.query('plugin::kinerja.skp').findOne({
    where: { pegawai: { id: pegawaiId }, status: 'DISETUJUI' },
    select: ['id', 'documentId'],
    orderBy: { tahun: 'desc' },
  });
  if (!s) throw new Error(`SKP DISETUJUI pegawai ${pegawaiId} tidak ada`);
  return s;
}

const unggah = async (nip: string, skpId: string, isi: Buffer, nama: string, tipe = 'application/pdf') =>
  t
    .as(await t.token(nip))
    .post(`/api/skp/${skpId}/dokumen`)
    .attach('dokumen', isi, { filename: nama, contentType: tipe });

describe('signed SKP document', () => {
  let skp: { id: number; documentId: string };
  let idPdf: number;

  beforeAll(async () => {
    skp = await skpDisetujui(t.demo.pegawai.staf.pegawaiId);
  });

  test('a valid PDF from the owner is stored privately; the SKP becomes final', async () => {
    const [sebelum, folderSebelum] = [await jumlahBerkas(), isiFolder()];
    const r = await unggah(NIP.staf, skp.documentId, fixture('contoh.pdf'), '../../SKP Dedi 2025 (ttd).pdf');
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({
      id: skp.documentId,
      dokumen: {
        id: expect.any(Number),
        nama: 'SKP Dedi 2025 (ttd).pdf',
        url: `/api/bukti/${r.body.data.dokumen.id}`,
        ukuran: fixture('contoh.pdf').length,
      },
      final: true,
    });
    idPdf = r.body.data.dokumen.id;
    expect(await jumlahBerkas()).toBe(sebelum + 1);

    const row = await t.strapi.db.query('plugin::upload.file').findOne({ where: { id: idPdf } });
    expect(row).toMatchObject({
      mime: 'application/pdf',
      ext: '.pdf',
      provider: '@m-skp/provider-upload-bukti',
      url: `/api/bukti/${idPdf}`,
    });
    expect(row.hash).toMatch(/^[0-9a-f]{32}$/); // generated, nothing of the user's name
    expect(isiFolder()).toEqual([...folderSebelum, `${row.hash}.pdf`].sort());
    expect(fs.readFileSync(path.join(FOLDER, `${row.hash}.pdf`))).toEqual(fixture('contoh.pdf'));
    expect(fs.existsSync(path.join(PUBLIK, `${row.hash}.pdf`))).toBe(false);
    expect((await t.http().get(`/uploads/${row.hash}.pdf`)).status).toBe(404);

    const d = await t.as(await t.token(NIP.staf)).get(`/api/skp/${skp.documentId}`);
    expect(d.body.data).toMatchObject({ final: true, dokumen: { id: idPdf, url: `/api/bukti/${idPdf}` } });
    const s = await t.strapi.db
      .query('plugin::kinerja.skp')
      .findOne({ where: { id: skp.id }, select: ['dokumen_diunggah_pada'] });
    expect(s.dokumen_diunggah_pada).toBeTruthy();
    const a = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findMany({ where: { aksi: 'SKP_DOKUMEN_DIUNGGAH', objek_id: skp.documentId } });
    expect(a).toHaveLength(1);
  });

  test.each([
    ['HTML named .pdf', 'palsu.pdf', 'application/pdf', 'JENIS_BERKAS_DITOLAK'],
    ['empty file', 'kosong.pdf', 'application/pdf', 'JENIS_BERKAS_DITOLAK'],
    [
      'Word document (only PDF/JPEG/PNG for the SKP)',
      'contoh.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'JENIS_BERKAS_DITOLAK',
    ],
  ])('%s → 400, nothing stored', async (_n, nama, tipe, kode) => {
    const [n, f] = [await jumlahBerkas(), isiFolder()];
    const r = await unggah(NIP.staf, skp.documentId, fixture(nama), nama, tipe);
    expect(r.status).toBe(400);
    expect(r.body.error.details).toMatchObject({ code: kode, field: 'dokumen' });
    expect(await jumlahBerkas()).toBe(n);
    expect(isiFolder()).toEqual(f);
  });

  test('a file over the size limit → 400 BERKAS_TERLALU_BESAR, nothing stored', async () => {
    const [n, f] = [await jumlahBerkas(), isiFolder()];
    const besar = Buffer.concat([fixture('contoh.pdf'), Buffer.alloc(BATAS + 1)]);
    const r = await unggah(NIP.staf, skp.documentId, besar, 'besar.pdf');
    expect(r.status).toBe(400);
    expect(r.body.error.details).toMatchObject({ code: 'BERKAS_TERLALU_BESAR', field: 'dokumen' });
    expect(await jumlahBerkas()).toBe(n);
    expect(isiFolder()).toEqual(f);
  });

  test('two files at once → 400 BUKTI_TERLALU_BANYAK; no file → 400 DOKUMEN_WAJIB', async () => {
    const jwt = await t.token(NIP.staf);
    const r = await t
      .as(jwt)
      .post(`/api/skp/${skp.documentId}/dokumen`)
      .attach('dokumen', fixture('contoh.pdf'), 'a.pdf')
      .attach('dokumen', fixture('contoh.png'), 'b.png');
    expect(r.status).toBe(400);
    expect(r.body.error.details.code).toBe('BUKTI_TERLALU_BANYAK');
    const k = await t.as(jwt).post(`/api/skp/${skp.documentId}/dokumen`).field('x', '1');
    expect(k.status).toBe(400);
    expect(k.body.error.details).toMatchObject({ code: 'DOKUMEN_WAJIB', field: 'dokumen' });
  });

  test('not the owner → 403 BUKAN_PEMILIK (even his penilai); SKP not approved → 409', async () => {
    const r = await unggah(NIP.kabidAplikasi, skp.documentId, fixture('contoh.pdf'), 'a.pdf');
    expect(r.status).toBe(403);
    expect(r.body.error.details.code).toBe('BUKAN_PEMILIK');
    await t.strapi.db.query('plugin::kinerja.skp').update({ where: { id: skp.id }, data: { status: 'DIAJUKAN' } });
    try {
      const n = await jumlahBerkas();
      const s = await unggah(NIP.staf, skp.documentId, fixture('contoh.pdf'), 'a.pdf');
      expect(s.status).toBe(409);
      expect(s.body.error.details).toMatchObject({ code: 'SKP_STATUS_TIDAK_SESUAI', status_sekarang: 'DIAJUKAN' });
      expect(await jumlahBerkas()).toBe(n);
    } finally {
      await t.strapi.db.query('plugin::kinerja.skp').update({ where: { id: skp.id }, data: { status: 'DISETUJUI' } });
    }
  });

  test('a new document replaces the old one: old row and bytes removed', async () => {
    const lama = await t.strapi.db.query('plugin::upload.file').findOne({ where: { id: idPdf } });
    const lain = isiFolder().filter((f) => f !== `${lama.hash}.pdf`);
    const r = await unggah(NIP.staf, skp.documentId, fixture('contoh.png'), 'scan.png', 'image/png');
    expect(r.status).toBe(200);
    const baru = r.body.data.dokumen.id;
    expect(baru).not.toBe(idPdf);
    expect(await t.strapi.db.query('plugin::upload.file').findOne({ where: { id: idPdf } })).toBeNull();
    expect(fs.existsSync(path.join(FOLDER, `${lama.hash}.pdf`))).toBe(false);
    const row = await t.strapi.db.query('plugin::upload.file').findOne({ where: { id: baru } });
    expect(isiFolder()).toEqual([...lain, `${row.hash}.png`].sort());
    idPdf = baru;
  });

  describe('download GET /api/bukti/:id', () => {
    test.each([
      ['owner', NIP.staf],
      ['penilai', NIP.kabidAplikasi],
      ['Kepala Dinas (atasan)', NIP.kadis],
    ])('%s → 200, attachment, nosniff, sniffed type, same bytes', async (_n, nip) => {
      const r = await t
        .as(await t.token(nip))
        .get(`/api/bukti/${idPdf}`)
        .buffer(true)
        .parse((res, cb) => {
          const c: Buffer[] = [];
          res.on('data', (x: Buffer) => c.push(x));
          res.on('end', () => cb(null, Buffer.concat(c)));
        });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('image/png');
      expect(r.headers['content-disposition']).toBe(`attachment; filename="scan.png"; filename*=UTF-8''scan.png`);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['cache-control']).toMatch(/no-store/);
      expect(Buffer.compare(r.body, fixture('contoh.png'))).toBe(0);
    });

    test('admin OPD of the OPD and BKPSDM → 200', async () => {
      expect((await t.as(await t.token(t.demo.adminOpd.username)).get(`/api/bukti/${idPdf}`)).status).toBe(200);
      expect((await t.as(await t.token('admin')).get(`/api/bukti/${idPdf}`)).status).toBe(200);
    });

    test('a pegawai of another OPD → 403; a colleague who is not his superior → 403', async () => {
      const r = await t.as(await t.token(t.demo.lainOpd.username)).get(`/api/bukti/${idPdf}`);
      expect(r.status).toBe(403);
      expect(r.body.error.details.code).toBe('AKSES_DITOLAK');
      expect((await t.as(await t.token(NIP.jf)).get(`/api/bukti/${idPdf}`)).status).toBe(403);
    });

    test('unknown, unreferenced or malformed id → 404; no login → refused', async () => {
      const jwt = await t.token('admin');
      expect((await t.as(jwt).get('/api/bukti/999999')).status).toBe(404);
      expect((await t.as(jwt).get('/api/bukti/abc')).status).toBe(404);
      const lepas = await t.strapi
        .plugin('kinerja')
        .service('bukti')
        .simpanBuffer({ buffer: fixture('contoh.pdf'), nama: 'lepas.pdf' });
      expect((await t.as(jwt).get(`/api/bukti/${lepas.id}`)).status).toBe(404);
      await t.strapi.plugin('kinerja').service('bukti').hapus([lepas.id]);
      expect([401, 403]).toContain((await t.http().get(`/api/bukti/${idPdf}`)).status);
    });

    test('an API token with rencana-aksi:read may download; one without that scope may not', async () => {
      const baca = await buatTokenApi(t, `uji-bukti-${Date.now()}`, ['rencana-aksi:read']);
      const r = await t.http().get(`/api/bukti/${idPdf}`).set('Authorization', `Bearer ${baca}`);
      expect(r.status).toBe(200);
      const lain = await buatTokenApi(t, `uji-bukti-lain-${Date.now()}`, ['rencana-aksi:write', 'presensi:write']);
      const ditolak = await t.http().get(`/api/bukti/${idPdf}`).set('Authorization', `Bearer ${lain}`);
      expect([ditolak.status, ditolak.body.error?.details?.code]).toEqual([403, 'CAKUPAN_TOKEN_KURANG']);
    });
  });
});

describe('evidence of a realisasi (service used by the realisasi endpoint)', () => {
  const svc = () => t.strapi.plugin('kinerja').service('bukti');
  const files = (...nama: string[]) =>
    nama.map((n) => {
      const p = path.join(FOLDER, '..', `mskp-uji-${process.pid}-${Math.random().toString(16).slice(2)}-${n}`);
      fs.writeFileSync(p, fixture(n));
      return { filepath: p, originalFilename: n, size: fixture(n).length, mimetype: 'application/pdf' };
    });

  test('simpan checks the whole batch first: one bad file, nothing stored', async () => {
    const [n, f] = [await jumlahBerkas(), isiFolder()];
    await expect(svc().simpan(files('contoh.pdf', 'contoh.docx', 'palsu.pdf'))).rejects.toMatchObject({
      status: 400,
      kode: 'JENIS_BERKAS_DITOLAK',
      field: 'bukti',
    });
    await expect(
      svc().simpan(files('contoh.pdf', 'contoh.png', 'contoh.jpg', 'contoh.xlsx', 'contoh.doc', 'contoh.odt')),
    ).rejects.toMatchObject({ kode: 'BUKTI_TERLALU_BANYAK' });
    await expect(svc().simpan(files('contoh.pdf', 'contoh.png'), { maks: 1 })).rejects.toMatchObject({
      kode: 'BUKTI_TERLALU_BANYAK',
    });
    expect(await jumlahBerkas()).toBe(n);
    expect(isiFolder()).toEqual(f);
  });

  test('a failure while storing removes what was stored', async () => {
    const [n, f] = [await jumlahBerkas(), isiFolder()];
    const prov = t.strapi.plugin('upload').provider;
    const asli = prov.upload;
    let k = 0;
    prov.upload = async (file: any) => {
      if (++k === 2) throw new Error('disk penuh');
      return asli(file);
    };
    try {
      await expect(svc().simpan(files('contoh.pdf', 'contoh.png'))).rejects.toThrow('disk penuh');
    } finally {
      prov.upload = asli;
    }
    expect(await jumlahBerkas()).toBe(n);
    expect(isiFolder()).toEqual(f);
  });

  test('download follows the scope of the realisasi owner', async () => {
    const stored = await svc().simpan(files('contoh.docx', 'contoh.pdf'));
    expect(stored.map((b: any) => b.mime)).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/pdf',
    ]);
    expect(stored[0]).toEqual({
      id: expect.any(Number),
      documentId: expect.any(String),
      name: 'contoh.docx',
      mime: expect.any(String),
      size: fixture('contoh.docx').length,
    });

    const staf = t.demo.pegawai.staf;
    const s = await skpDisetujui(staf.pegawaiId);
    const rhk = await t.strapi.db
      .query('plugin::kinerja.rhk')
      .findOne({ where: { skp: { id: s.id } }, select: ['id'] });
    const ra = await t.strapi.db.query('plugin::kinerja.rencana-aksi').create({
      data: {
        rhk: rhk.id,
        pegawai: staf.pegawaiId,
        tahun: 2025,
        uraian: 'Uji bukti dukung',
        urutan: 99,
        periode: 'BULANAN',
        satuan: 'dokumen',
        polaritas: 'NAIK',
        target: [{ bulan: 1, nilai: 1 }],
      },
    });
    await t.strapi.db.query('plugin::kinerja.realisasi').create({
      data: {
        rencana_aksi: ra.id,
        pegawai: staf.pegawaiId,
        tahun: 2025,
        bulan: 1,
        kunci_unik: `${ra.id}:1`,
        nilai: 1,
        status: 'UNCHECKED',
        bukti: stored.map((b: any) => b.id),
      },
    });
    const id = stored[0].id;
    for (const [nip, status] of [
      [NIP.staf, 200],
      [NIP.kabidAplikasi, 200],
      [t.demo.lainOpd.username, 403],
      [NIP.stafPersandian, 403],
    ] as const) {
      const r = await t.as(await t.token(nip)).get(`/api/bukti/${id}`);
      expect([nip, r.status]).toEqual([nip, status]);
    }
    const r = await t.as(await t.token(NIP.staf)).get(`/api/bukti/${id}`);
    expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="contoh\.docx"/);

    await svc().hapus(stored.map((b: any) => b.id));
    expect(await t.strapi.db.query('plugin::upload.file').findOne({ where: { id } })).toBeNull();
  });

  test('simpanBuffer (demo seed) applies the same checks', async () => {
    await expect(svc().simpanBuffer({ buffer: fixture('palsu.pdf'), nama: 'palsu.pdf' })).rejects.toMatchObject({
      kode: 'JENIS_BERKAS_DITOLAK',
    });
    const b = await svc().simpanBuffer({ buffer: fixture('contoh.xls'), nama: 'rekap.xls' });
    expect(b).toMatchObject({
      name: 'rekap.xls',
      mime: 'application/vnd.ms-excel',
      size: fixture('contoh.xls').length,
    });
    await svc().hapus([b.id]);
  });
});

describe("Strapi's own upload routes are closed", () => {
  test('no role holds a plugin::upload permission', async () => {
    const p = await t.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { action: { $startsWith: 'plugin::upload.' } }, select: ['action'] });
    expect(p).toEqual([]);
  });

  test('/api/upload and /api/upload/files refuse pegawai, admin and anonymous callers', async () => {
    for (const jwt of [await t.token(NIP.staf), await t.token('admin')]) {
      expect((await t.as(jwt).get('/api/upload/files')).status).toBe(403);
      expect((await t.as(jwt).post('/api/upload').attach('files', fixture('contoh.pdf'), 'a.pdf')).status).toBe(403);
    }
    expect((await t.http().get('/api/upload/files')).status).toBe(403);
  });
});
