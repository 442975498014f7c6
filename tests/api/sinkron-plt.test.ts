/**
 * The plt plugin's run log: every manual PLT sync (`POST /api/evaluasi/sinkron-plt`) writes a run with what
 * it changed; the panel resource `sinkron-plt` lists the runs (newest first) and shows one, read-only, for the
 * Admin BKPSDM and the Inspektorat; a pegawai, the BKAD and an Admin OPD get 403.
 */
import { mulaiStrapi, NIP } from '../helpers/strapi';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const UID_EVALUASI = 'plugin::kinerja.evaluasi';
const kode = (r: any) => [r.status, r.body?.error?.details?.code];
const daftar = (token: string, o: Record<string, unknown> = {}) =>
  t.as(token).get(
    `/api/panel/sinkron-plt?${Object.entries({ range: [0, 49], ...o })
      .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
      .join('&')}`,
  );

/** A monthly definitive evaluation of Kabid Statistik carrying his Plt rating (the seed applies the rule). */
let ev: any;

beforeAll(async () => {
  jwt.staf = await t.token(NIP.staf);
  for (const u of ['admin', 'bkad', 'inspektorat']) jwt[u] = await t.token(u);
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  const rows = await t.strapi.db.query(UID_EVALUASI).findMany({
    where: {
      pegawai: { nip: NIP.kabidStatistik },
      periode_jenis: 'BULANAN',
      perilaku_source: 'PLT',
      rating_perilaku_asli: { $notNull: true },
    },
    orderBy: [{ tahun: 'desc' }, { periode: 'desc' }],
  });
  // a month whose quarter is not locked (a locked quarter's changes are withheld)
  for (const r of rows) {
    const terkunci = await t.strapi.plugin('inti').service('periode').triwulanTerkunci(r.tahun);
    if (!terkunci.has(Math.ceil(r.periode / 3))) {
      ev = r;
      break;
    }
  }
});

describe('plt run log', () => {
  test('a manual sync that re-applies a Plt rating writes a run naming the evaluation it changed', async () => {
    expect(ev).toBeTruthy();
    // undo the rule on one evaluation: the definitive penilai's own rating back in place
    await t.strapi.db.query(UID_EVALUASI).update({
      where: { id: ev.id },
      data: { rating_perilaku: ev.rating_perilaku_asli, rating_perilaku_asli: null, perilaku_source: 'DEFINITIF' },
    });
    const s = await t.as(jwt.admin).post('/api/evaluasi/sinkron-plt').send({ tahun: ev.tahun, bulan: ev.periode });
    expect(s.status).toBe(200);
    expect(s.body.data.diubah).toEqual([
      expect.objectContaining({
        nip: NIP.kabidStatistik,
        evaluasi: ev.documentId,
        sumber: 'PLT',
        ke: ev.rating_perilaku,
      }),
    ]);

    const r = await daftar(jwt.admin, { filter: { tahun: ev.tahun, bulan: ev.periode, pemicu: 'MANUAL' } });
    expect(r.status).toBe(200);
    expect(r.headers['content-range']).toMatch(/^sinkron-plt \d+-\d+\/\d+$/);
    const run = r.body[0];
    expect(run).toMatchObject({
      pemicu: 'MANUAL',
      tahun: ev.tahun,
      bulan: ev.periode,
      oleh: 'admin',
      status: 'SELESAI',
      jumlah_diterapkan: 1,
      jumlah_dikembalikan: 0,
      diubah: [
        expect.objectContaining({
          nip: NIP.kabidStatistik,
          evaluasi: ev.documentId,
          aksi: 'TERAPKAN',
          dari: ev.rating_perilaku_asli,
          ke: ev.rating_perilaku,
        }),
      ],
    });
    expect(run.diperiksa).toBeGreaterThanOrEqual(1);
    expect(Date.parse(run.selesai)).toBeGreaterThanOrEqual(Date.parse(run.mulai));
    const satu = await t.as(jwt.admin).get(`/api/panel/sinkron-plt/${run.id}`);
    expect(satu.status).toBe(200);
    expect(satu.body).toMatchObject({ id: run.id, jumlah_diterapkan: 1, diubah: run.diubah });

    // a second run changes nothing and is logged too, newest first
    const s2 = await t.as(jwt.admin).post('/api/evaluasi/sinkron-plt').send({ tahun: ev.tahun, bulan: ev.periode });
    expect(s2.body.data.diubah).toEqual([]);
    const r2 = await daftar(jwt.admin, { filter: { tahun: ev.tahun, bulan: ev.periode, pemicu: 'MANUAL' } });
    expect(r2.body[0]).toMatchObject({ jumlah_diterapkan: 0, jumlah_dikembalikan: 0, diubah: [] });
    expect(r2.body[1].id).toBe(run.id);
  });

  test('the Inspektorat reads the runs; a pegawai, the BKAD and an Admin OPD get 403; nobody writes', async () => {
    expect((await daftar(jwt.inspektorat)).status).toBe(200);
    for (const token of [jwt.staf, jwt.bkad, jwt.adminOpd]) {
      expect(kode(await daftar(token))[0]).toBe(403);
    }
    expect(kode(await daftar(jwt.staf))).toEqual([403, 'AKSES_DITOLAK']);
    const r = await daftar(jwt.admin);
    const id = r.body[0].id;
    expect((await t.as(jwt.admin).post('/api/panel/sinkron-plt').send({ tahun: 2026 })).status).toBeGreaterThanOrEqual(
      400,
    );
    expect(
      (await t.as(jwt.admin).put(`/api/panel/sinkron-plt/${id}`).send({ status: 'GAGAL' })).status,
    ).toBeGreaterThanOrEqual(400);
    expect((await t.as(jwt.admin).delete(`/api/panel/sinkron-plt/${id}`)).status).toBeGreaterThanOrEqual(400);
    expect((await t.as(jwt.admin).get(`/api/panel/sinkron-plt/${id}`)).body.status).toBe('SELESAI');
  });

  test.each([
    ['sort by a prototype key', `sort=${encodeURIComponent('["constructor","ASC"]')}`],
    ['filter on __proto__', `filter=${encodeURIComponent('{"__proto__":"x"}')}`],
    ['a non-numeric year', `filter=${encodeURIComponent('{"tahun":"dua ribu"}')}`],
    ['an unknown trigger', `filter=${encodeURIComponent('{"pemicu":"LAIN"}')}`],
    ['q with SQL and LIKE wildcards', `filter=${encodeURIComponent(JSON.stringify({ q: "%' OR 1=1 --_\\" }))}`],
  ])('odd input (%s) → 200 or 400, never 500', async (_n, qs) => {
    const r = await t.as(jwt.admin).get(`/api/panel/sinkron-plt?${qs}`);
    expect([200, 400]).toContain(r.status);
  });

  test('the nightly job logs its run as JADWAL', async () => {
    const j = await t.strapi.plugin('plt').service('sinkron').sinkronTerjadwal();
    expect(j.dijalankan).toBe(true);
    const r = await daftar(jwt.admin, { filter: { pemicu: 'JADWAL' } });
    expect(r.body[0]).toMatchObject({ pemicu: 'JADWAL', oleh: null, status: 'SELESAI' });
  });

  test('a penugasan change made through the Document Service is followed by a run logged as PENUGASAN', async () => {
    const sebelum = (await daftar(jwt.admin, { filter: { pemicu: 'PENUGASAN' } })).body.length;
    const pen = await t.strapi.db
      .query('plugin::inti.penugasan')
      .findOne({ where: { pegawai: { nip: NIP.kabidStatistik }, jenis: 'PLT' } });
    await t.strapi
      .documents('plugin::inti.penugasan')
      .update({ documentId: pen.documentId, data: { nomor_sk: pen.nomor_sk } });
    await new Promise((r) => setTimeout(r, 100));
    await t.strapi.plugin('plt').service('otomatis').tenang();
    const r = await daftar(jwt.admin, { filter: { pemicu: 'PENUGASAN' } });
    expect(r.body.length).toBe(sebelum + 1);
    expect(r.body[0]).toMatchObject({
      pemicu: 'PENUGASAN',
      oleh: null,
      status: 'SELESAI',
      jumlah_diterapkan: 0,
      jumlah_dikembalikan: 0,
    });
  });
});
