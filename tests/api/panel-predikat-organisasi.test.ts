/**
 * Issue 10, Rule 5: the panel resource `predikat-organisasi` (api.md "Panel") exists. Read (list and
 * one) for the Admin BKPSDM (every OPD) and the Admin OPD (his own OPD only); set (PUT/POST) by the
 * Admin BKPSDM only and always with a reason, through the predikat-organisasi service (its FINAL rule,
 * its override, its audit, the period lock); everyone else → 403; no delete.
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const hari = hariIniKota();
const tahun = Number(hari.slice(0, 4));
const bulan = Number(hari.slice(5, 7));
const UID = 'plugin::kinerja.predikat-organisasi';
const ALASAN = 'Capaian OPD bulan ini sesuai laporan kinerja.';
const kode = (r: any) => [r.status, r.body?.error?.details?.code];
let kodeOpd: string;
let kodeOpdLain: string;
/** documentIds of this month's rows: Diskominfo's and the other OPD's */
let milik: string;
let lain: string;

const daftar = (token: string, o: Record<string, unknown> = {}) =>
  t.as(token).get(
    `/api/panel/predikat-organisasi?${Object.entries({ range: [0, 999], ...o })
      .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
      .join('&')}`,
  );

beforeAll(async () => {
  for (const k of ['kadis', 'staf'] as const) jwt[k] = await t.token(NIP[k]);
  for (const u of ['admin', 'bkad', 'inspektorat']) jwt[u] = await t.token(u);
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  const opd = (id: number) => t.strapi.db.query('plugin::inti.opd').findOne({ where: { id }, select: ['kode_opd'] });
  kodeOpd = (await opd(t.demo.opdDiskominfo.id)).kode_opd;
  kodeOpdLain = (await opd(t.demo.opdLain.id)).kode_opd;
  // this month's predikat of both OPD, set through the engine's own endpoint (the current quarter is never locked by the demo)
  for (const k of [kodeOpd, kodeOpdLain]) {
    const r = await t
      .as(jwt.admin)
      .put('/api/predikat-organisasi')
      .send({ kode_opd: k, tahun, bulan, predikat: 'BAIK', alasan: ALASAN });
    expect([k, r.status]).toEqual([k, 200]);
  }
  const row = async (opdId: number) =>
    (
      await t.strapi.db
        .query(UID)
        .findOne({ where: { opd: { id: opdId }, tahun, periode_jenis: 'BULANAN', periode: bulan } })
    ).documentId;
  milik = await row(t.demo.opdDiskominfo.id);
  lain = await row(t.demo.opdLain.id);
});

describe('Rule 5: panel resource predikat-organisasi', () => {
  test('Admin BKPSDM lists every OPD’s rows (Content-Range), filters by year and month, and reads one', async () => {
    const r = await daftar(jwt.admin, { filter: { tahun, bulan } });
    expect(r.status).toBe(200);
    expect(r.headers['content-range']).toMatch(/^predikat-organisasi \d+-\d+\/\d+$/);
    const ids = r.body.map((x: any) => x.id);
    expect(ids).toEqual(expect.arrayContaining([milik, lain]));
    expect(r.body.every((x: any) => x.tahun === tahun && x.bulan === bulan)).toBe(true);
    const satu = await t.as(jwt.admin).get(`/api/panel/predikat-organisasi/${milik}`);
    expect(satu.status).toBe(200);
    expect(satu.body).toMatchObject({
      id: milik,
      kode_opd: kodeOpd,
      tahun,
      periode_jenis: 'BULANAN',
      bulan,
      predikat: 'BAIK',
      alasan: ALASAN,
      status: 'DRAFT',
    });
  });

  test('Admin OPD sees only his own OPD’s rows; another OPD’s row → 403', async () => {
    const r = await daftar(jwt.adminOpd);
    expect(r.status).toBe(200);
    expect(r.body.length).toBeGreaterThan(0);
    expect(new Set(r.body.map((x: any) => x.kode_opd))).toEqual(new Set([kodeOpd]));
    expect(r.body.map((x: any) => x.id)).toContain(milik);
    expect((await t.as(jwt.adminOpd).get(`/api/panel/predikat-organisasi/${milik}`)).status).toBe(200);
    expect(kode(await t.as(jwt.adminOpd).get(`/api/panel/predikat-organisasi/${lain}`))).toEqual([
      403,
      'AKSES_DITOLAK',
    ]);
  });

  test('every other role gets 403 on list and read; anonymous is refused', async () => {
    for (const k of ['kadis', 'staf', 'bkad', 'inspektorat']) {
      expect([k, ...kode(await daftar(jwt[k]))]).toEqual([k, 403, 'AKSES_DITOLAK']);
      expect([k, ...kode(await t.as(jwt[k]).get(`/api/panel/predikat-organisasi/${milik}`))]).toEqual([
        k,
        403,
        'AKSES_DITOLAK',
      ]);
    }
    expect([401, 403]).toContain((await t.http().get('/api/panel/predikat-organisasi')).status);
  });

  test('only the Admin BKPSDM sets it, and only with a reason (audited by the service)', async () => {
    for (const k of ['adminOpd', 'kadis', 'bkad', 'inspektorat']) {
      const r = await t
        .as(jwt[k])
        .put(`/api/panel/predikat-organisasi/${milik}`)
        .send({ predikat: 'ISTIMEWA', alasan: ALASAN });
      expect([k, ...kode(r)]).toEqual([k, 403, 'AKSES_DITOLAK']);
    }
    for (const body of [{ predikat: 'ISTIMEWA' }, { predikat: 'ISTIMEWA', alasan: 'pendek' }]) {
      const r = await t.as(jwt.admin).put(`/api/panel/predikat-organisasi/${milik}`).send(body);
      expect([r.status, r.body.error.details.field]).toEqual([400, 'alasan']);
    }
    expect(
      (
        await t
          .as(jwt.admin)
          .put(`/api/panel/predikat-organisasi/${milik}`)
          .send({ predikat: 'LUAR_BIASA', alasan: ALASAN })
      ).status,
    ).toBe(400);
    expect((await t.strapi.db.query(UID).findOne({ where: { documentId: milik } })).predikat).toBe('BAIK');

    const alasan = 'Dinaikkan setelah verifikasi capaian oleh BKPSDM.';
    const r = await t
      .as(jwt.admin)
      .put(`/api/panel/predikat-organisasi/${milik}`)
      .send({ predikat: 'ISTIMEWA', alasan });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: milik,
      predikat: 'ISTIMEWA',
      alasan,
      status: 'DRAFT',
      ditetapkan_oleh: { sebagai: 'ADMIN' },
    });
    const log = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findMany({ where: { aksi: 'PREDIKAT_ORGANISASI_DITETAPKAN', keterangan: alasan } });
    expect(log.map((x: any) => [x.aktor, x.sesudah?.predikat])).toEqual([['admin', 'ISTIMEWA']]);
    // audited once, by the service: the panel adds no generic record of its own beside it
    const semua = await t.strapi.db.query('plugin::inti.audit-log').findMany({ where: { objek_id: { $in: [milik] } } });
    expect(semua.filter((x: any) => /^PREDIKAT_ORGANISASI_(DIUBAH|DIBUAT)$/.test(x.aksi))).toEqual([]);
  });

  test('the service’s rules hold: a FINAL period is not changed; the period lock answers 423', async () => {
    await t.strapi.db.query(UID).update({ where: { documentId: lain }, data: { status: 'FINAL' } });
    expect(
      kode(
        await t
          .as(jwt.admin)
          .put(`/api/panel/predikat-organisasi/${lain}`)
          .send({ predikat: 'KURANG', alasan: ALASAN }),
      ),
    ).toEqual([409, 'PERIODE_SUDAH_FINAL']);
    expect((await t.strapi.db.query(UID).findOne({ where: { documentId: lain } })).predikat).toBe('BAIK');

    const tw = Math.ceil(bulan / 3);
    const kunci = await t.strapi.db
      .query('plugin::inti.kunci-periode')
      .create({ data: { tahun, triwulan: tw, kunci_unik: `${tahun}:${tw}`, terkunci: true } });
    try {
      expect(
        kode(
          await t
            .as(jwt.admin)
            .put(`/api/panel/predikat-organisasi/${milik}`)
            .send({ predikat: 'BAIK', alasan: ALASAN }),
        ),
      ).toEqual([423, 'PERIODE_TERKUNCI']);
    } finally {
      await t.strapi.db.query('plugin::inti.kunci-periode').delete({ where: { id: kunci.id } });
    }
    expect((await t.strapi.db.query(UID).findOne({ where: { documentId: milik } })).predikat).toBe('ISTIMEWA');
  });

  test('POST sets a month that has no predikat yet (Admin BKPSDM only); nobody deletes', async () => {
    const bulanLalu = bulan === 1 ? null : bulan - 1;
    const th = bulanLalu ? tahun : tahun - 1;
    const bl = bulanLalu ?? 12;
    await t.strapi.db.query(UID).deleteMany({
      where: { opd: { id: t.demo.opdDiskominfo.id }, tahun: th, periode_jenis: 'BULANAN', periode: bl },
    });
    const body = { kode_opd: kodeOpd, tahun: th, bulan: bl, predikat: 'BUTUH_PERBAIKAN', alasan: ALASAN };
    expect(kode(await t.as(jwt.adminOpd).post('/api/panel/predikat-organisasi').send(body))).toEqual([
      403,
      'AKSES_DITOLAK',
    ]);
    const r = await t.as(jwt.admin).post('/api/panel/predikat-organisasi').send(body);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      kode_opd: kodeOpd,
      tahun: th,
      bulan: bl,
      predikat: 'BUTUH_PERBAIKAN',
      alasan: ALASAN,
    });
    expect(kode(await t.as(jwt.admin).delete(`/api/panel/predikat-organisasi/${r.body.id}`))).toEqual([
      409,
      'HAPUS_TIDAK_DIIZINKAN',
    ]);
    expect(kode(await t.as(jwt.adminOpd).delete(`/api/panel/predikat-organisasi/${milik}`))).toEqual([
      403,
      'AKSES_DITOLAK',
    ]);
    expect(await t.strapi.db.query(UID).count({ where: { documentId: { $in: [r.body.id, milik] } } })).toBe(2);
  });
});
