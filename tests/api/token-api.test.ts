/**
 * Issue 10 item 10, "API tokens without Strapi's admin" (api.md "API tokens for external systems"):
 * BKPSDM manages tokens at /api/panel/token-api (list without secret or hash, create with the secret
 * shown once, rotate, revoke); a token reaches only the routes its scopes name (403 elsewhere), expiry
 * and revocation answer 401, and create/rotate/revoke are audited. Writes by a token are audited as
 * token:<nama> (tests/api/rencana-aksi.test.ts and presensi.test.ts cover those routes).
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const URL = '/api/panel/token-api';
const kode = (r: any) => [r.status, r.body?.error?.details?.code];
const unik = (s: string) => `${s}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

async function buat(body: Record<string, unknown>) {
  const r = await t.as(jwt.admin).post(URL).send(body);
  expect(r.status).toBe(201);
  return r.body as { id: string; nama: string; cakupan: string[]; token: string };
}

beforeAll(async () => {
  jwt.admin = await t.token('admin');
  jwt.bkad = await t.token('bkad');
  jwt.staf = await t.token(NIP.staf);
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
});

describe('managing tokens: Admin BKPSDM only', () => {
  test('every other role gets 403 on list, read, create, rotate and revoke', async () => {
    const tok = await buat({ nama: unik('hanya-bkpsdm'), cakupan: ['spip:read'] });
    for (const siapa of ['bkad', 'staf', 'adminOpd']) {
      const as = t.as(jwt[siapa]);
      expect({ siapa, r: kode(await as.get(URL)) }).toEqual({ siapa, r: [403, 'AKSES_DITOLAK'] });
      expect({ siapa, r: kode(await as.get(`${URL}/${tok.id}`)) }).toEqual({ siapa, r: [403, 'AKSES_DITOLAK'] });
      expect({ siapa, r: kode(await as.post(URL).send({ nama: unik('x'), cakupan: ['spip:read'] })) }).toEqual({
        siapa,
        r: [403, 'AKSES_DITOLAK'],
      });
      expect({ siapa, r: kode(await as.post(`${URL}/${tok.id}/putar`)) }).toEqual({ siapa, r: [403, 'AKSES_DITOLAK'] });
      expect({ siapa, r: kode(await as.delete(`${URL}/${tok.id}`)) }).toEqual({ siapa, r: [403, 'AKSES_DITOLAK'] });
    }
    // the token still works: nobody above changed it
    expect((await t.http().get('/api/rencana-aksi').set('Authorization', `Bearer ${tok.token}`)).status).toBe(403);
    const l = await t.as(jwt.admin).get(`${URL}/${tok.id}`);
    expect(l.body.status).toBe('AKTIF');
  });

  test('create answers the secret once; the list and the record never show the secret or its hash; audited without them', async () => {
    const nama = unik('ekak');
    const r = await t
      .as(jwt.admin)
      .post(URL)
      .send({ nama, cakupan: ['rencana-aksi:write', 'rencana-aksi:read'], kode_opd: '', berlaku_sampai: null });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      id: expect.any(String),
      nama,
      cakupan: ['rencana-aksi:read', 'rencana-aksi:write'],
      kode_opd: null,
      berlaku_sampai: null,
      status: 'AKTIF',
      dibuat_oleh: 'admin',
    });
    expect(r.body.token).toMatch(/^mskp_[A-Za-z0-9_-]{43}$/);
    const baris = await t.strapi.db.query('plugin::inti.token-api').findOne({ where: { nama } });
    expect(baris.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(baris.hash).not.toContain(r.body.token);

    const daftar = await t.as(jwt.admin).get(`${URL}?filter=${encodeURIComponent(JSON.stringify({ q: nama }))}`);
    expect(daftar.status).toBe(200);
    expect(daftar.body).toHaveLength(1);
    expect(daftar.body[0]).toMatchObject({
      id: r.body.id,
      nama,
      cakupan: ['rencana-aksi:read', 'rencana-aksi:write'],
      kode_opd: null,
      berlaku_sampai: null,
      dibuat_oleh: 'admin',
      dibuat_pada: expect.any(String),
      terakhir_dipakai: null,
      status: 'AKTIF',
    });
    const satu = await t.as(jwt.admin).get(`${URL}/${r.body.id}`);
    for (const body of [daftar.body, satu.body]) {
      const teks = JSON.stringify(body);
      expect(teks).not.toContain(r.body.token);
      expect(teks).not.toContain(baris.hash);
      expect(teks).not.toMatch(/"(token|hash)"/);
    }
    const jejak = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findMany({ where: { aksi: 'TOKEN_API_DIBUAT', objek_id: r.body.id } });
    expect(jejak.map((j: any) => j.aktor)).toEqual(['admin']);
    expect(JSON.stringify(jejak)).not.toContain(r.body.token);
    expect(JSON.stringify(jejak)).not.toContain(baris.hash);

    // the token is used: terakhir_dipakai is set
    expect(
      (
        await t
          .http()
          .get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=2026`)
          .set('Authorization', `Bearer ${r.body.token}`)
      ).status,
    ).toBe(200);
    expect((await t.as(jwt.admin).get(`${URL}/${r.body.id}`)).body.terakhir_dipakai).toEqual(expect.any(String));
  });

  test('validation names the field', async () => {
    const ada = await buat({ nama: unik('ganda'), cakupan: ['legacy:read'] });
    const kasus: [Record<string, unknown>, string, string][] = [
      [{ nama: 'x', cakupan: ['spip:read', 'semua:write'] }, 'CAKUPAN_TIDAK_DIKENAL', 'cakupan'],
      [{ nama: 'x', cakupan: [] }, 'CAKUPAN_WAJIB', 'cakupan'],
      [{ cakupan: ['spip:read'] }, 'NAMA_WAJIB', 'nama'],
      [{ nama: ada.nama, cakupan: ['spip:read'] }, 'NAMA_GANDA', 'nama'],
      [{ nama: unik('x'), cakupan: ['spip:read'], kode_opd: '9.99.99' }, 'OPD_TIDAK_DIKENAL', 'kode_opd'],
      [{ nama: unik('x'), cakupan: ['spip:read'], berlaku_sampai: '2020-01-01' }, 'TANGGAL_LAMPAU', 'berlaku_sampai'],
      [{ nama: unik('x'), cakupan: ['spip:read'], berlaku_sampai: 'besok' }, 'TANGGAL_TIDAK_VALID', 'berlaku_sampai'],
    ];
    for (const [body, k, field] of kasus) {
      const r = await t.as(jwt.admin).post(URL).send(body);
      expect({ body, hasil: [r.status, r.body.error?.details] }).toEqual({ body, hasil: [400, { code: k, field }] });
    }
    // the panel's generic PUT cannot change a token (scopes and OPD are fixed at creation; rotate instead)
    expect(
      (
        await t
          .as(jwt.admin)
          .put(`${URL}/${ada.id}`)
          .send({ cakupan: ['presensi:write'] })
      ).status,
    ).toBe(403);
  });
});

describe('a token reaches only what its scopes name', () => {
  const renaksiPalsu = 'tidak-ada';
  const minta = (tok: string) => ({
    baca: () => t.http().get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=2026`).set('Authorization', `Bearer ${tok}`),
    tulis: () =>
      t
        .http()
        .post(`/api/rencana-aksi/${renaksiPalsu}/realisasi`)
        .set('Authorization', `Bearer ${tok}`)
        .send({ bulan: 1, nilai: 1, bukti_url: ['https://a.b/c'] }),
    presensi: () =>
      t
        .http()
        .post('/api/tpp/presensi')
        .set('Authorization', `Bearer ${tok}`)
        .send({ tahun: 2026, bulan: 1, data: [] }),
  });

  test('a token with only spip:read gets 403 on the rencana-aksi routes and the presensi push', async () => {
    const { token } = await buat({ nama: unik('spip'), cakupan: ['spip:read'] });
    const m = minta(token);
    for (const [nama, f] of Object.entries(m))
      expect({ nama, r: kode(await f()) }).toEqual({ nama, r: [403, 'CAKUPAN_TOKEN_KURANG'] });
  });

  test('each scope opens its own route and not the others', async () => {
    const baca = minta((await buat({ nama: unik('baca'), cakupan: ['rencana-aksi:read'] })).token);
    expect((await baca.baca()).status).toBe(200);
    expect(kode(await baca.tulis())).toEqual([403, 'CAKUPAN_TOKEN_KURANG']);
    expect(kode(await baca.presensi())).toEqual([403, 'CAKUPAN_TOKEN_KURANG']);
    const tulis = minta((await buat({ nama: unik('tulis'), cakupan: ['rencana-aksi:write'] })).token);
    expect(kode(await tulis.baca())).toEqual([403, 'CAKUPAN_TOKEN_KURANG']);
    expect((await tulis.tulis()).status).not.toBe(403); // past the scope: the handler answers (unknown renaksi)
    expect(kode(await tulis.presensi())).toEqual([403, 'CAKUPAN_TOKEN_KURANG']);
    const presensi = minta((await buat({ nama: unik('presensi'), cakupan: ['presensi:write'] })).token);
    expect(kode(await presensi.baca())).toEqual([403, 'CAKUPAN_TOKEN_KURANG']);
    expect(kode(await presensi.tulis())).toEqual([403, 'CAKUPAN_TOKEN_KURANG']);
    expect((await presensi.presensi()).status).not.toBe(403);
  });

  test('a token with every scope gets 403 everywhere else (panel, users/me, SKP, evaluasi, capaian, TPP, token management)', async () => {
    const { token } = await buat({
      nama: unik('semua'),
      cakupan: ['rencana-aksi:read', 'rencana-aksi:write', 'presensi:write', 'spip:read', 'legacy:read'],
    });
    const h = () => t.http();
    const b = `Bearer ${token}`;
    const tahun = Number(hariIniKota().slice(0, 4));
    const lain: [string, () => any][] = [
      ['GET /api/panel/pegawai', () => h().get('/api/panel/pegawai').set('Authorization', b)],
      ['GET /api/panel/token-api', () => h().get(URL).set('Authorization', b)],
      [
        'POST /api/panel/token-api',
        () =>
          h()
            .post(URL)
            .set('Authorization', b)
            .send({ nama: unik('x'), cakupan: ['spip:read'] }),
      ],
      ['GET /api/users/me', () => h().get('/api/users/me').set('Authorization', b)],
      ['POST /api/skp', () => h().post('/api/skp').set('Authorization', b).send({ tahun })],
      ['GET /api/skp/x', () => h().get('/api/skp/x').set('Authorization', b)],
      ['GET /api/evaluasi', () => h().get(`/api/evaluasi?nip=${NIP.staf}&tahun=${tahun}`).set('Authorization', b)],
      ['POST /api/evaluasi', () => h().post('/api/evaluasi').set('Authorization', b).send({})],
      [
        'GET /api/capaian',
        () => h().get(`/api/capaian?nip=${NIP.staf}&tahun=${tahun}&bulan=1`).set('Authorization', b),
      ],
      ['POST /api/realisasi/x/periksa', () => h().post('/api/realisasi/x/periksa').set('Authorization', b).send({})],
      ['POST /api/tpp/hitung', () => h().post('/api/tpp/hitung').set('Authorization', b).send({ tahun, bulan: 1 })],
      ['GET /api/tpp', () => h().get(`/api/tpp?nip=${NIP.staf}&tahun=${tahun}&bulan=1`).set('Authorization', b)],
      ['POST /api/tpp/presensi/impor', () => h().post('/api/tpp/presensi/impor').set('Authorization', b)],
      ['POST /api/auth/change-password', () => h().post('/api/auth/change-password').set('Authorization', b).send({})],
    ];
    for (const [nama, f] of lain) {
      const r = await f();
      expect({ nama, r: kode(r) }).toEqual({ nama, r: [403, 'CAKUPAN_TOKEN_KURANG'] });
    }
  });
});

describe('rotate, revoke, expiry', () => {
  test('rotate: the new secret is shown once and works, the old one gets 401 at once; audited', async () => {
    const awal = await buat({ nama: unik('putar'), cakupan: ['rencana-aksi:read'] });
    const pakai = (tok: string) =>
      t.http().get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=2026`).set('Authorization', `Bearer ${tok}`);
    expect((await pakai(awal.token)).status).toBe(200);
    const r = await t.as(jwt.admin).post(`${URL}/${awal.id}/putar`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: awal.id, nama: awal.nama, status: 'AKTIF', diputar_pada: expect.any(String) });
    expect(r.body.token).toMatch(/^mskp_/);
    expect(r.body.token).not.toBe(awal.token);
    expect(kode(await pakai(awal.token))).toEqual([401, 'TOKEN_TIDAK_DIKENAL']);
    expect((await pakai(r.body.token)).status).toBe(200);
    expect(JSON.stringify((await t.as(jwt.admin).get(`${URL}/${awal.id}`)).body)).not.toContain(r.body.token);
    expect(
      await t.strapi.db
        .query('plugin::inti.audit-log')
        .count({ where: { aksi: 'TOKEN_API_DIPUTAR', objek_id: awal.id, aktor: 'admin' } }),
    ).toBe(1);
  });

  test('revoke: DELETE → the token gets 401 on its next request; it stays listed as DICABUT; cannot be rotated back; audited', async () => {
    const tok = await buat({ nama: unik('cabut'), cakupan: ['rencana-aksi:read'] });
    const pakai = () =>
      t.http().get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=2026`).set('Authorization', `Bearer ${tok.token}`);
    expect((await pakai()).status).toBe(200);
    const r = await t.as(jwt.admin).delete(`${URL}/${tok.id}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: tok.id,
      status: 'DICABUT',
      dicabut_oleh: 'admin',
      dicabut_pada: expect.any(String),
    });
    expect(kode(await pakai())).toEqual([401, 'TOKEN_DICABUT']);
    const daftar = await t
      .as(jwt.admin)
      .get(`${URL}?filter=${encodeURIComponent(JSON.stringify({ status: 'DICABUT', q: tok.nama }))}`);
    expect(daftar.body.map((x: any) => [x.id, x.status])).toEqual([[tok.id, 'DICABUT']]);
    expect(kode(await t.as(jwt.admin).post(`${URL}/${tok.id}/putar`))).toEqual([409, 'TOKEN_DICABUT']);
    expect(
      await t.strapi.db
        .query('plugin::inti.audit-log')
        .count({ where: { aksi: 'TOKEN_API_DICABUT', objek_id: tok.id, aktor: 'admin' } }),
    ).toBe(1);
  });

  test('expiry: valid through its last day, 401 after; listed as KEDALUWARSA', async () => {
    const hari = hariIniKota();
    const tok = await buat({ nama: unik('kedaluwarsa'), cakupan: ['rencana-aksi:read'], berlaku_sampai: hari });
    const pakai = () =>
      t.http().get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=2026`).set('Authorization', `Bearer ${tok.token}`);
    expect((await pakai()).status).toBe(200);
    const kemarin = new Date(Date.parse(hari + 'T00:00:00Z') - 86_400_000).toISOString().slice(0, 10);
    await t.strapi.db
      .query('plugin::inti.token-api')
      .update({ where: { documentId: tok.id }, data: { berlaku_sampai: kemarin } });
    expect(kode(await pakai())).toEqual([401, 'TOKEN_KEDALUWARSA']);
    expect((await t.as(jwt.admin).get(`${URL}/${tok.id}`)).body).toMatchObject({
      status: 'KEDALUWARSA',
      berlaku_sampai: kemarin,
    });
  });

  test("a token made in Strapi's own admin (admin::api-token) reaches nothing of ours", async () => {
    const strapiTok = await t.strapi.service('admin::api-token').create({
      name: unik('strapi'),
      description: '',
      type: 'custom',
      permissions: ['plugin::kinerja.rencana-aksi.daftar'],
      lifespan: null,
    });
    const r = await t
      .http()
      .get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=2026`)
      .set('Authorization', `Bearer ${strapiTok.accessKey}`);
    expect(kode(r)).toEqual([403, 'AKSES_DITOLAK']);
  });

  test('an unknown token with our prefix is a 401; a JWT is still a JWT', async () => {
    expect(
      kode(
        await t
          .http()
          .get('/api/rencana-aksi')
          .set('Authorization', `Bearer mskp_${'x'.repeat(43)}`),
      ),
    ).toEqual([401, 'TOKEN_TIDAK_DIKENAL']);
    expect((await t.as(jwt.staf).get('/api/users/me')).status).toBe(200);
  });
});

describe('kode_opd limits a token to one OPD', () => {
  test("a token of another OPD is refused Diskominfo's pegawai; a Diskominfo token reads them", async () => {
    const opdLain = await t.strapi.db
      .query('plugin::inti.opd')
      .findOne({ where: { id: t.demo.opdLain.id }, select: ['kode_opd'] });
    const kominfo = await t.strapi.db
      .query('plugin::inti.opd')
      .findOne({ where: { id: t.demo.opdDiskominfo.id }, select: ['kode_opd'] });
    const lain = await buat({ nama: unik('opd-lain'), cakupan: ['rencana-aksi:read'], kode_opd: opdLain.kode_opd });
    const sendiri = await buat({
      nama: unik('opd-kominfo'),
      cakupan: ['rencana-aksi:read'],
      kode_opd: kominfo.kode_opd,
    });
    const url = `/api/rencana-aksi?nip=${NIP.staf}&tahun=2026`;
    expect((await t.http().get(url).set('Authorization', `Bearer ${lain.token}`)).status).toBe(403);
    expect((await t.http().get(url).set('Authorization', `Bearer ${sendiri.token}`)).status).toBe(200);
    expect((await t.as(jwt.admin).get(`${URL}/${lain.id}`)).body.kode_opd).toBe(opdLain.kode_opd);
  });
});
