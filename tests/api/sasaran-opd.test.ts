/**
 * OPD-level sasaran/PK through the panel resource `sasaran-opd` (domain.md §3): who may write (Admin
 * BKPSDM any OPD, Admin OPD his own, nobody else), validation naming the field, audit, and the
 * cross-check with the Kepala OPD's SKP: an IKI equal to a PK indicator is hidden when they agree and
 * a blocking conflict warning when target or satuan differ, re-marked after every sasaran write.
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';

const t = mulaiStrapi();
/** Next year: the demo city already holds approved SKP of the named accounts for the current year. */
const tahun = Number(hariIniKota().slice(0, 4)) + 1;
const URAIAN = 'Indeks kepuasan pengguna layanan TIK';

const jwt: Record<string, string> = {};
let skpKadis: string;
let ikiKadis: string;

const indikator = (target: string, satuan = 'indeks', uraian = URAIAN) => [{ indikator: uraian, target, satuan }];
const buat = (jw: string, body: Record<string, unknown>) => t.as(jw).post('/api/panel/sasaran-opd').send(body);
const detail = async (id: string) => (await t.as(jwt.admin).get(`/api/skp/${id}`)).body.data;
const ikiDari = (d: any, id: string) => d.rhk.flatMap((r: any) => r.iki).find((i: any) => i.id === id);
const setujuiAdmin = (id: string) =>
  t.as(jwt.admin).post(`/api/skp/${id}/setujui`).send({ alasan: 'Pejabat penilai sedang dinas luar' });

beforeAll(async () => {
  for (const k of ['kadis', 'staf'] as const) jwt[k] = await t.token(NIP[k]);
  jwt.admin = await t.token('admin');
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);

  const r = await t.as(jwt.kadis).post('/api/skp').send({ tahun });
  expect(r.status).toBe(201);
  skpKadis = r.body.data.id;
  const a = await t
    .as(jwt.kadis)
    .post(`/api/skp/${skpKadis}/rhk`)
    .send({ jenis: 'UTAMA', perspektif: 'PENERIMA_LAYANAN', uraian: 'Meningkatnya kepuasan pengguna layanan TIK' });
  expect(a.status).toBe(201);
  const i = await t
    .as(jwt.kadis)
    .post(`/api/rhk/${a.body.data.id}/iki`)
    .send({ uraian: URAIAN, target: '3,5', satuan: 'indeks' });
  expect(i.status).toBe(201);
  ikiKadis = i.body.data.id;
  expect((await t.as(jwt.kadis).post(`/api/skp/${skpKadis}/ajukan`)).status).toBe(200);
});

describe('who may write', () => {
  test('Admin OPD creates a sasaran for his own OPD → 201, audited, row shape', async () => {
    const r = await buat(jwt.adminOpd, {
      opd_id: t.demo.opdDiskominfo.documentId,
      tahun,
      sasaran: 'Meningkatnya tata kelola data',
      indikator: indikator('100', 'persen', 'Persentase data sektoral terpublikasi'),
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      opd_id: t.demo.opdDiskominfo.documentId,
      tahun,
      sumber: 'MANUAL',
      jumlah_indikator: 1,
      indikator: [{ indikator: 'Persentase data sektoral terpublikasi', target: '100', satuan: 'persen' }],
    });
    const audit = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findMany({ where: { aksi: 'SASARAN_OPD_DIBUAT', objek_id: r.body.id } });
    expect(audit).toHaveLength(1);
  });

  test('Admin OPD for another OPD → 403 naming opd_id, nothing written', async () => {
    const sebelum = await t.strapi.db.query('plugin::kinerja.sasaran-opd').count();
    const r = await buat(jwt.adminOpd, {
      opd_id: t.demo.opdLain.documentId,
      tahun,
      sasaran: 'Sasaran OPD lain',
      indikator: indikator('1'),
    });
    expect(r.status).toBe(403);
    expect(r.body.error.details).toMatchObject({ code: 'AKSES_DITOLAK', field: 'opd_id' });
    expect(await t.strapi.db.query('plugin::kinerja.sasaran-opd').count()).toBe(sebelum);
  });

  test('Admin BKPSDM writes for any OPD; Admin OPD neither sees nor edits it', async () => {
    const r = await buat(jwt.admin, {
      opd_id: t.demo.opdLain.documentId,
      tahun,
      sasaran: 'Sasaran OPD lain',
      indikator: indikator('1'),
    });
    expect(r.status).toBe(201);
    expect((await t.as(jwt.adminOpd).get(`/api/panel/sasaran-opd/${r.body.id}`)).status).toBe(403);
    expect((await t.as(jwt.adminOpd).put(`/api/panel/sasaran-opd/${r.body.id}`).send({ sasaran: 'x' })).status).toBe(
      403,
    );
    expect((await t.as(jwt.adminOpd).delete(`/api/panel/sasaran-opd/${r.body.id}`)).status).toBe(403);
    const daftar = await t
      .as(jwt.adminOpd)
      .get(`/api/panel/sasaran-opd?filter=${encodeURIComponent(JSON.stringify({ tahun }))}`);
    expect(daftar.status).toBe(200);
    expect(daftar.body.every((s: any) => s.opd_id === t.demo.opdDiskominfo.documentId)).toBe(true);
  });

  test('a pegawai reads his own OPD but cannot write → 403', async () => {
    const r = await buat(jwt.staf, {
      opd_id: t.demo.opdDiskominfo.documentId,
      tahun,
      sasaran: 'x',
      indikator: indikator('1'),
    });
    expect(r.status).toBe(403);
    const daftar = await t
      .as(jwt.staf)
      .get(`/api/panel/sasaran-opd?filter=${encodeURIComponent(JSON.stringify({ tahun }))}`);
    expect(daftar.status).toBe(200);
    expect(daftar.body.length).toBeGreaterThan(0);
    expect(daftar.body.every((s: any) => s.opd_id === t.demo.opdDiskominfo.documentId)).toBe(true);
  });

  test.each([
    ['bad target', { indikator: indikator('banyak') }, 'indikator[0].target', 'TARGET_TIDAK_VALID'],
    ['no indikator', { indikator: [] }, 'indikator', 'ISIAN_TIDAK_VALID'],
    ['satuan missing', { indikator: [{ indikator: 'A', target: '1' }] }, 'indikator[0].satuan', 'ISIAN_TIDAK_VALID'],
    ['sasaran missing', { sasaran: '' }, 'sasaran', 'ISIAN_TIDAK_VALID'],
  ])('%s → 400', async (_n, ubah, field, code) => {
    const r = await buat(jwt.admin, {
      opd_id: t.demo.opdDiskominfo.documentId,
      tahun,
      sasaran: 'Sasaran',
      indikator: indikator('1'),
      ...ubah,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toMatchObject({ code, field });
  });
});

describe("cross-check with the Kepala OPD's SKP", () => {
  let sasaran: string;

  test('a PK indicator equal to the Kepala IKI with another target → conflict warning, setujui refused 409', async () => {
    const r = await buat(jwt.adminOpd, {
      opd_id: t.demo.opdDiskominfo.documentId,
      tahun,
      sasaran: 'Meningkatnya kepuasan layanan TIK',
      indikator: indikator('3,8', 'Indeks', 'INDEKS kepuasan pengguna layanan TIK.'),
    });
    expect(r.status).toBe(201);
    sasaran = r.body.id;
    const d = await detail(skpKadis);
    expect(d.status).toBe('DIAJUKAN');
    expect(d.peringatan).toEqual([
      expect.objectContaining({ kode: 'INDIKATOR_DUPLIKAT_BERKONFLIK', indikator: [ikiKadis] }),
    ]);
    expect(d.konflik_terbuka).toBe(true);
    expect(ikiDari(d, ikiKadis).disembunyikan).toBe(false);
    const s = await setujuiAdmin(skpKadis);
    expect(s.status).toBe(409);
    expect(s.body.error.details.code).toBe('INDIKATOR_DUPLIKAT_BERKONFLIK');
  });

  test('agreeing target after an update → the IKI is hidden behind the PK, no warning', async () => {
    const r = await t
      .as(jwt.adminOpd)
      .put(`/api/panel/sasaran-opd/${sasaran}`)
      .send({ indikator: indikator('3,5', 'indeks', 'Indeks kepuasan pengguna layanan TIK') });
    expect(r.status).toBe(200);
    const d = await detail(skpKadis);
    expect(d.peringatan).toEqual([]);
    expect(d.konflik_terbuka).toBe(false);
    expect(ikiDari(d, ikiKadis)).toMatchObject({ disembunyikan: true, duplikat_dari: `opd:${sasaran}:0` });
  });

  test('deleting the sasaran shows the IKI again', async () => {
    const r = await t.as(jwt.adminOpd).delete(`/api/panel/sasaran-opd/${sasaran}`);
    expect(r.status).toBe(200);
    const d = await detail(skpKadis);
    expect(ikiDari(d, ikiKadis)).toMatchObject({ disembunyikan: false, duplikat_dari: null });
    expect(d.peringatan).toEqual([]);
  });

  test("another pegawai's SKP is never checked against the PK", async () => {
    const r = await t.as(jwt.staf).post('/api/skp').send({ tahun });
    expect(r.status).toBe(201);
    const a = await t
      .as(jwt.staf)
      .post(`/api/skp/${r.body.data.id}/rhk`)
      .send({ jenis: 'TAMBAHAN', uraian: 'Terpantaunya kepuasan layanan' });
    expect(a.status).toBe(201);
    const i = await t
      .as(jwt.staf)
      .post(`/api/rhk/${a.body.data.id}/iki`)
      .send({ uraian: URAIAN, target: '1', satuan: 'indeks' });
    expect(i.status).toBe(201);
    expect(
      (
        await buat(jwt.admin, {
          opd_id: t.demo.opdDiskominfo.documentId,
          tahun,
          sasaran: 'Sasaran',
          indikator: indikator('9'),
        })
      ).status,
    ).toBe(201);
    const d = await detail(r.body.data.id);
    expect(d.peringatan).toEqual([]);
    expect(ikiDari(d, i.body.data.id).disembunyikan).toBe(false);
    // ... while the Kepala's SKP is in conflict with it again
    expect((await detail(skpKadis)).konflik_terbuka).toBe(true);
  });
});

describe('demo data', () => {
  test("Diskominfo's sasaran of the demo year: the Kepala Dinas's equal IKI is hidden, his SKP stays approved", async () => {
    if (!t.demo.dariSeed) return; // the helper's fallback city has no demo SKP (nothing to check)
    const tahunDemo = tahun - 1;
    const daftar = await t
      .as(jwt.admin)
      .get(
        `/api/panel/sasaran-opd?filter=${encodeURIComponent(JSON.stringify({ tahun: tahunDemo, opd_id: t.demo.opdDiskominfo.documentId }))}`,
      );
    expect(daftar.status).toBe(200);
    expect(daftar.body.length).toBeGreaterThanOrEqual(3);
    const skp = await t.strapi.db
      .query('plugin::kinerja.skp')
      .findOne({ where: { tahun: tahunDemo, pegawai: { nip: NIP.kadis } }, select: ['documentId'] });
    const d = await detail(skp.documentId);
    expect(d).toMatchObject({ status: 'DISETUJUI', peringatan: [], konflik_terbuka: false });
    const tersembunyi = d.rhk
      .flatMap((r: any) => r.iki)
      .filter((i: any) => String(i.duplikat_dari ?? '').startsWith('opd:'));
    expect(tersembunyi.map((i: any) => [i.uraian, i.disembunyikan])).toEqual([
      ['Persentase perangkat daerah yang menerapkan prinsip Satu Data Indonesia', true],
    ]);
  });
});
