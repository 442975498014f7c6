/**
 * The panel protocol (ra-data-simple-rest) on every resource of /api/panel: Content-Range, sort, range,
 * filters (equality, _gte/_lte, arrays = in, q), getMany, getOne, create/update/delete where allowed,
 * bad input (400 naming field and rule, never 500), unknown resource (404), stale writes (409), audit of
 * BKPSDM writes, write rights (403), scope (Admin OPD sees its OPD), and a constant query count per list.
 */
import { mulaiStrapi, pastikanJumlahPegawai, nipBaru, NIP, geserHari } from '../helpers/strapi';

const t = mulaiStrapi();

const SUMBER = ['opd', 'jabatan', 'pegawai', 'penugasan', 'users', 'riwayat-login', 'audit-log'] as const;
type Sumber = (typeof SUMBER)[number];
const UID: Record<Sumber, string> = {
  opd: 'plugin::inti.opd',
  jabatan: 'plugin::inti.jabatan',
  pegawai: 'plugin::inti.pegawai',
  penugasan: 'plugin::inti.penugasan',
  users: 'plugin::users-permissions.user',
  'riwayat-login': 'plugin::inti.riwayat-login',
  'audit-log': 'plugin::inti.audit-log',
};
/** sortable fields (panel names) of each resource */
const URUT: Record<Sumber, string[]> = {
  opd: ['kode_opd', 'nama', 'singkatan', 'jenis', 'id'],
  jabatan: ['kode', 'nama', 'jenis', 'jenjang', 'kelas_jabatan', 'unit_kerja', 'id'],
  pegawai: ['nip', 'nama', 'golongan', 'jenis_asn', 'tanggal_lahir', 'id', 'opd_nama'],
  penugasan: ['tmt_mulai', 'tmt_akhir', 'jenis', 'id', 'pegawai_nama', 'jabatan_nama'],
  users: ['username', 'email', 'lastLoginAt', 'createdAt', 'blocked', 'id', 'pegawai_nama'],
  'riwayat-login': ['waktu', 'identifier', 'berhasil', 'ip', 'id'],
  'audit-log': ['waktu', 'aksi', 'aktor', 'objek_tipe', 'id'],
};
/** fields whose values sort the same in JavaScript and in any SQL collation (digits, ISO dates, numbers) */
const URUT_JS: Partial<Record<Sumber, string[]>> = {
  pegawai: ['nip', 'tanggal_lahir'],
  penugasan: ['tmt_mulai'],
  jabatan: ['kelas_jabatan'],
  users: ['createdAt'],
  'riwayat-login': ['waktu'],
  'audit-log': ['waktu'],
};

let admin: string;
const q = (o: Record<string, unknown>) =>
  '?' +
  Object.entries(o)
    .map(([k, v]) => `${k}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`)
    .join('&');
const daftar = (jwt: string, res: string, o: Record<string, unknown> = {}) => t.as(jwt).get(`/api/panel/${res}${q(o)}`);
const semua = async (jwt: string, res: string, o: Record<string, unknown> = {}) => {
  const r = await daftar(jwt, res, { range: [0, 999], ...o });
  expect(r.status).toBe(200);
  return r.body as any[];
};
const total = (r: { headers: Record<string, string> }) => Number(/\/(\d+)$/.exec(r.headers['content-range'])![1]);
const docIdPegawai = (nip: string) =>
  t.strapi.db.query('plugin::inti.pegawai').findOne({ where: { nip }, select: ['documentId', 'id'] });

beforeAll(async () => {
  await pastikanJumlahPegawai(t.strapi, t.demo, 45);
  admin = await t.token('admin');
  // a few logins so that riwayat-login and audit-log hold rows of several kinds
  await t.token('bkad');
  await t.token('inspektorat');
  await t.http().post('/api/auth/local').send({ identifier: NIP.staf, password: 'salah-123' });
});

describe.each(SUMBER)('%s: list protocol (as Admin BKPSDM)', (res) => {
  test('GET list → 200, array, Content-Range "<resource> a-b/total" with the full total', async () => {
    const r = await daftar(admin, res);
    expect(r.status).toBe(200);
    expect(Array.isArray(r.body)).toBe(true);
    const m = new RegExp(`^${res} (\\d+)-(\\d+)/(\\d+)$`).exec(r.headers['content-range']);
    expect(m).not.toBeNull();
    const [, a, b, n] = m!.map(Number);
    expect(n).toBe(await t.strapi.db.query(UID[res]).count());
    expect(n).toBeGreaterThan(0);
    expect(a).toBe(0);
    expect(r.body.length).toBe(Math.min(25, n));
    expect(b).toBe(r.body.length - 1);
    for (const row of r.body) expect(typeof row.id).toBe('string'); // documentId
  });

  test('range pages are consecutive slices of the same order', async () => {
    const penuh = await semua(admin, res, { sort: ['id', 'ASC'] });
    const p1 = await daftar(admin, res, { sort: ['id', 'ASC'], range: [0, 1] });
    const p2 = await daftar(admin, res, { sort: ['id', 'ASC'], range: [2, 3] });
    expect(p1.body).toEqual(penuh.slice(0, 2));
    expect(p2.body).toEqual(penuh.slice(2, 4));
    expect(p1.headers['content-range']).toBe(`${res} 0-${Math.min(2, penuh.length) - 1}/${penuh.length}`);
    if (penuh.length >= 4) expect(p2.headers['content-range']).toBe(`${res} 2-3/${penuh.length}`);
    const lewat = await daftar(admin, res, { range: [penuh.length + 10, penuh.length + 20] });
    expect(lewat.status).toBe(200);
    expect(lewat.body).toEqual([]);
    expect(total(lewat)).toBe(penuh.length);
  });

  test.each(URUT[res])('sort by %s: ASC and DESC are mirror images', async (field) => {
    const asc = await semua(admin, res, { sort: [field, 'ASC'] });
    const desc = await semua(admin, res, { sort: [field, 'DESC'] });
    expect(asc.length).toBe(desc.length);
    const nilai = (rows: any[]) => rows.map((x) => (x[field] === undefined ? null : x[field]));
    expect(nilai(asc)).toEqual(nilai(desc).reverse());
    if (new Set(nilai(asc)).size > 1) expect(nilai(asc)).not.toEqual(nilai(desc));
    if (URUT_JS[res]?.includes(field)) {
      const v = nilai(asc).filter((x) => x != null);
      const terurut = [...v].sort((a, b) =>
        typeof a === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
      );
      expect(v).toEqual(terurut);
    }
  });

  test('the default sort works without a sort parameter and lowercase order is accepted', async () => {
    const r = await daftar(admin, res, { sort: [URUT[res][0], 'desc'] });
    expect(r.status).toBe(200);
  });

  test('getMany: filter {"id":[…]} returns exactly those records', async () => {
    const penuh = await semua(admin, res, { sort: ['id', 'ASC'] });
    const ids = penuh.slice(0, 3).map((x) => x.id);
    const r = await daftar(admin, res, { filter: { id: ids } });
    expect(r.status).toBe(200);
    expect(r.body.map((x: any) => x.id).sort()).toEqual([...ids].sort());
    expect(total(r)).toBe(ids.length);
    const satu = await daftar(admin, res, { filter: { id: ids[0] } });
    expect(satu.body.map((x: any) => x.id)).toEqual([ids[0]]);
    const tidakAda = await daftar(admin, res, { filter: { id: [ids[0], 'tidak-ada-sama-sekali'] } });
    expect(tidakAda.body.map((x: any) => x.id)).toEqual([ids[0]]);
  });

  test('getOne returns the same row as the list', async () => {
    const rows = (await daftar(admin, res, { sort: ['id', 'ASC'], range: [0, 2] })).body;
    for (const row of rows) {
      const r = await t.as(admin).get(`/api/panel/${res}/${row.id}`);
      expect(r.status).toBe(200);
      expect(r.body).toEqual(row);
    }
  });

  test('unknown id → 404 TIDAK_DITEMUKAN', async () => {
    const r = await t.as(admin).get(`/api/panel/${res}/tidakadasamasekali123`);
    expect(r.status).toBe(404);
    expect(r.body.error.details.code).toBe('TIDAK_DITEMUKAN');
  });

  test('unknown sort field → 400 SORT_TIDAK_VALID listing the choices', async () => {
    const r = await daftar(admin, res, { sort: ['password', 'ASC'] });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual({ code: 'SORT_TIDAK_VALID', field: 'sort' });
    expect(r.body.error.message).toContain(URUT[res][0]);
  });

  test('unknown filter field → 400 FILTER_TIDAK_DIKENAL naming it', async () => {
    const r = await daftar(admin, res, { filter: { password: 'x' } });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual({ code: 'FILTER_TIDAK_DIKENAL', field: 'filter' });
    expect(r.body.error.message).toContain('"password"');
  });

  test.each([
    ['sort not JSON', { sort: '["nama"' }, 'PARAMETER_TIDAK_VALID', 'sort'],
    ['sort wrong shape', { sort: '["nama","UP"]' }, 'SORT_TIDAK_VALID', 'sort'],
    ['range not JSON', { range: '0-9' }, 'PARAMETER_TIDAK_VALID', 'range'],
    ['range reversed', { range: '[9,0]' }, 'RANGE_TIDAK_VALID', 'range'],
    ['range negative', { range: '[-5,5]' }, 'RANGE_TIDAK_VALID', 'range'],
    ['range too large', { range: '[0,5000]' }, 'RANGE_TERLALU_BESAR', 'range'],
    ['filter not JSON', { filter: '{q:1}' }, 'PARAMETER_TIDAK_VALID', 'filter'],
    ['filter an array', { filter: '[1,2]' }, 'FILTER_TIDAK_VALID', 'filter'],
    ['filter value an operator object', { filter: '{"id":{"$ne":"x"}}' }, 'FILTER_TIDAK_VALID', 'filter'],
    ['q an object', { filter: '{"q":{"$containsi":"a"}}' }, 'FILTER_TIDAK_VALID', 'filter'],
  ])('malformed: %s → 400 %s', async (_n, o, kode, field) => {
    const r = await t.as(admin).get(`/api/panel/${res}${q(o)}`);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ status: 400, name: 'ValidationError', details: { code: kode, field } });
  });

  test('the same parameter twice → 400, not 500', async () => {
    const r = await t
      .as(admin)
      .get(`/api/panel/${res}?sort=${encodeURIComponent('["id","ASC"]')}&sort=${encodeURIComponent('["id","DESC"]')}`);
    expect(r.status).toBe(400);
    expect(r.body.error.details.field).toBe('sort');
  });

  test('without a token → 401/403; with a forged token → 401', async () => {
    expect([401, 403]).toContain((await t.http().get(`/api/panel/${res}`)).status);
    expect((await t.as('xxx.yyy.zzz').get(`/api/panel/${res}`)).status).toBe(401);
  });
});

test('pegawai: sorting by status is refused (400), not answered in a wrong order', async () => {
  // Strapi 5.54's orderBy turns any `status` key into the virtual draft/publish status, so the panel
  // does not offer that sort (see plugins/panel/server/src/sumber/pegawai.ts).
  const r = await daftar(admin, 'pegawai', { sort: ['status', 'ASC'] });
  expect(r.status).toBe(400);
  expect(r.body.error.details).toEqual({ code: 'SORT_TIDAK_VALID', field: 'sort' });
});

describe('filters', () => {
  test('opd: equality, q (case-insensitive contains), arrays = in, boolean', async () => {
    const dinas = await semua(admin, 'opd', { filter: { jenis: 'DINAS' } });
    expect(dinas.length).toBeGreaterThan(0);
    expect(dinas.every((x) => x.jenis === 'DINAS')).toBe(true);
    const kecil = await semua(admin, 'opd', { filter: { q: 'informatika' } });
    const besar = await semua(admin, 'opd', { filter: { q: 'INFORMATIKA' } });
    expect(kecil.map((x) => x.id)).toContain(t.demo.opdDiskominfo.documentId);
    expect(besar.map((x) => x.id)).toEqual(kecil.map((x) => x.id));
    const kode = dinas.slice(0, 2).map((x) => x.kode_opd);
    const di = await semua(admin, 'opd', { filter: { kode_opd: kode } });
    expect(di.map((x) => x.kode_opd).sort()).toEqual([...kode].sort());
    const aktif = await semua(admin, 'opd', { filter: { aktif: true } });
    expect(aktif.every((x) => x.aktif)).toBe(true);
    const tidak = await semua(admin, 'opd', { filter: { q: 'zzz-tidak-ada-zzz' } });
    expect(tidak).toEqual([]);
  });

  test('jabatan: arrays = in, relation, boolean, _gte/_lte on a number', async () => {
    const jenis = await semua(admin, 'jabatan', { filter: { jenis: ['JPT', 'JF'] } });
    expect(jenis.length).toBeGreaterThan(0);
    expect(jenis.every((x) => ['JPT', 'JF'].includes(x.jenis))).toBe(true);
    const opd = await semua(admin, 'jabatan', { filter: { opd_id: t.demo.opdDiskominfo.documentId } });
    expect(opd.length).toBeGreaterThan(3);
    expect(opd.every((x) => x.opd_id === t.demo.opdDiskominfo.documentId)).toBe(true);
    const kepala = await semua(admin, 'jabatan', { filter: { kepala_opd: true } });
    expect(kepala.length).toBeGreaterThan(0);
    expect(kepala.every((x) => x.kepala_opd)).toBe(true);
    const tinggi = await semua(admin, 'jabatan', { filter: { kelas_jabatan_gte: 10 } });
    const rendah = await semua(admin, 'jabatan', { filter: { kelas_jabatan_lte: 9 } });
    expect(tinggi.every((x) => x.kelas_jabatan >= 10)).toBe(true);
    expect(rendah.every((x) => x.kelas_jabatan <= 9)).toBe(true);
    const berkelas = (await semua(admin, 'jabatan')).filter((x) => x.kelas_jabatan != null);
    expect(tinggi.length + rendah.length).toBe(berkelas.length);
    const sandi = await semua(admin, 'jabatan', { filter: { q: 'persandian' } });
    expect(sandi.some((x) => /Persandian/i.test(x.nama))).toBe(true);
  });

  test('jabatan: the holder of each post today, a Plt shown as PLT', async () => {
    const rows = await semua(admin, 'jabatan', { filter: { opd_id: t.demo.opdDiskominfo.documentId } });
    const kabidApl = rows.find((x) => x.pemangku_nip === NIP.kabidAplikasi);
    expect(kabidApl).toMatchObject({ pemangku_sebagai: 'DEFINITIF' });
    const pltRow = rows.find((x) => x.pemangku_nip === NIP.kabidStatistik && x.pemangku_sebagai === 'PLT');
    expect(pltRow?.nama).toMatch(/Persandian/i);
  });

  test('pegawai: arrays = in, q on NIP and on name, relation, equality, _gte on a string', async () => {
    const nips = [NIP.staf, NIP.kadis];
    const di = await semua(admin, 'pegawai', { filter: { nip: nips } });
    expect(di.map((x) => x.nip).sort()).toEqual([...nips].sort());
    const qNip = await semua(admin, 'pegawai', { filter: { q: NIP.kabidAplikasi.slice(0, 8) } });
    expect(qNip.map((x) => x.nip)).toContain(NIP.kabidAplikasi);
    expect(
      qNip.every(
        (x) => x.nip.includes(NIP.kabidAplikasi.slice(0, 8)) || x.nama.includes(NIP.kabidAplikasi.slice(0, 8)),
      ),
    ).toBe(true);
    const contoh = di[0];
    const potongan = contoh.nama.slice(1, 5).toLowerCase();
    const qNama = await semua(admin, 'pegawai', { filter: { q: potongan } });
    expect(qNama.map((x) => x.id)).toContain(contoh.id);
    expect(qNama.every((x) => x.nama.toLowerCase().includes(potongan) || x.nip.includes(potongan))).toBe(true);
    const opd = await semua(admin, 'pegawai', { filter: { opd_id: t.demo.opdLain.documentId } });
    expect(opd.length).toBeGreaterThan(0);
    expect(opd.every((x) => x.opd_id === t.demo.opdLain.documentId)).toBe(true);
    const aktif = await semua(admin, 'pegawai', { filter: { status: 'AKTIF' } });
    expect(aktif.every((x) => x.status === 'AKTIF')).toBe(true);
    const bukanAktif = await semua(admin, 'pegawai', { filter: { status_neq: 'AKTIF' } });
    expect(bukanAktif.every((x) => x.status !== 'AKTIF')).toBe(true);
    expect(aktif.length + bukanAktif.length).toBe(await t.strapi.db.query('plugin::inti.pegawai').count());
    const muda = await semua(admin, 'pegawai', { filter: { nip_gte: '1990' } });
    expect(muda.length).toBeGreaterThan(0);
    expect(muda.every((x) => x.nip >= '1990')).toBe(true);
    const wanita = await semua(admin, 'pegawai', { filter: { jenis_kelamin: 'P' } });
    expect(wanita.map((x) => x.nip)).toContain(NIP.stafPersandian);
    expect(wanita.every((x) => x.jenis_kelamin === 'P')).toBe(true);
    const gabung = await semua(admin, 'pegawai', {
      filter: { opd_id: t.demo.opdDiskominfo.documentId, jenis_kelamin: 'P', q: NIP.stafPersandian },
    });
    expect(gabung.map((x) => x.nip)).toEqual([NIP.stafPersandian]);
  });

  test('penugasan: relation, kind, active at a date (before / on the Plt start)', async () => {
    const plt = t.demo.plt;
    const milik = await semua(admin, 'penugasan', { filter: { pegawai_id: t.demo.pegawai.kabidStatistik.documentId } });
    expect(milik.every((x) => x.pegawai_nip === NIP.kabidStatistik)).toBe(true);
    expect(milik.map((x) => x.jenis).sort()).toEqual(expect.arrayContaining(['PLT', 'UTAMA']));
    const semuaPlt = await semua(admin, 'penugasan', { filter: { jenis: 'PLT' } });
    expect(semuaPlt.length).toBeGreaterThan(0);
    expect(semuaPlt.every((x) => x.jenis === 'PLT')).toBe(true);
    const sebelum = await semua(admin, 'penugasan', {
      filter: { pegawai_id: t.demo.pegawai.kabidStatistik.documentId, aktif_pada: geserHari(plt.tmtMulai, -1) },
    });
    expect(sebelum.map((x) => x.jenis)).not.toContain('PLT');
    const mulai = await semua(admin, 'penugasan', {
      filter: { pegawai_id: t.demo.pegawai.kabidStatistik.documentId, aktif_pada: plt.tmtMulai },
    });
    expect(mulai.map((x) => x.jenis)).toContain('PLT');
    const q1 = await semua(admin, 'penugasan', { filter: { q: 'Persandian', jenis: 'PLT' } });
    expect(q1.some((x) => x.pegawai_nip === NIP.kabidStatistik)).toBe(true);
  });

  test('users: role (single and in), lastLoginAt_gte, never logged in, blocked, q', async () => {
    const pegawai = await semua(admin, 'users', { filter: { role: 'pegawai' } });
    expect(pegawai.length).toBeGreaterThan(5);
    expect(pegawai.every((x) => x.role === 'pegawai')).toBe(true);
    const dua = await semua(admin, 'users', { filter: { role: ['bkad', 'inspektorat'] } });
    expect(dua.map((x) => x.username)).toEqual(expect.arrayContaining(['bkad', 'inspektorat']));
    expect(dua.every((x) => ['bkad', 'inspektorat'].includes(x.role))).toBe(true);
    const batas = new Date(Date.now() - 10 * 60_000).toISOString();
    const baru = await semua(admin, 'users', { filter: { lastLoginAt_gte: batas } });
    expect(baru.map((x) => x.username)).toContain('admin');
    expect(baru.every((x) => x.lastLoginAt >= batas)).toBe(true);
    const belum = await semua(admin, 'users', { filter: { belum_pernah_login: true } });
    expect(belum.every((x) => x.lastLoginAt === null)).toBe(true);
    expect(belum.map((x) => x.username)).not.toContain('admin');
    const tidakBlok = await semua(admin, 'users', { filter: { blocked: false } });
    expect(tidakBlok.every((x) => x.blocked === false)).toBe(true);
    const cari = await semua(admin, 'users', { filter: { q: 'INSPEK' } });
    expect(cari.map((x) => x.username)).toContain('inspektorat');
    const opd = await semua(admin, 'users', { filter: { opd_id: t.demo.opdDiskominfo.documentId } });
    expect(opd.length).toBeGreaterThan(0);
    expect(opd.every((x) => x.opd_id === t.demo.opdDiskominfo.documentId)).toBe(true);
    const idle = await daftar(admin, 'users', { filter: { idle_hari: -1 } });
    expect(idle.status).toBe(400);
  });

  test('riwayat-login: boolean, identifier, time window (_gte/_lte), q', async () => {
    const gagal = await semua(admin, 'riwayat-login', { filter: { berhasil: false } });
    expect(gagal.length).toBeGreaterThan(0);
    expect(gagal.every((x) => x.berhasil === false)).toBe(true);
    const adm = await semua(admin, 'riwayat-login', { filter: { identifier: 'admin' } });
    expect(adm.length).toBeGreaterThan(0);
    expect(adm.every((x) => x.identifier === 'admin')).toBe(true);
    const dari = new Date(Date.now() - 60 * 60_000).toISOString();
    const sampai = new Date(Date.now() + 60_000).toISOString();
    const jendela = await semua(admin, 'riwayat-login', { filter: { waktu_gte: dari, waktu_lte: sampai } });
    expect(jendela.length).toBeGreaterThan(0);
    expect(jendela.every((x) => x.waktu >= dari && x.waktu <= sampai)).toBe(true);
    const masaDepan = await semua(admin, 'riwayat-login', { filter: { waktu_gte: '2999-01-01' } });
    expect(masaDepan).toEqual([]);
    const cari = await semua(admin, 'riwayat-login', { filter: { q: NIP.staf.slice(0, 10) } });
    expect(cari.some((x) => x.identifier === NIP.staf)).toBe(true);
  });

  test('audit-log: action, actor, time window, q', async () => {
    const login = await semua(admin, 'audit-log', { filter: { aksi: 'LOGIN' } });
    expect(login.length).toBeGreaterThan(0);
    expect(login.every((x) => x.aksi === 'LOGIN')).toBe(true);
    const dua = await semua(admin, 'audit-log', { filter: { aksi: ['LOGIN', 'LOGIN_GAGAL'] } });
    expect(new Set(dua.map((x) => x.aksi))).toEqual(new Set(['LOGIN', 'LOGIN_GAGAL']));
    const sampai = await semua(admin, 'audit-log', { filter: { waktu_lte: '2000-01-01' } });
    expect(sampai).toEqual([]);
    const cari = await semua(admin, 'audit-log', { filter: { q: 'login_gagal' } });
    expect(cari.length).toBeGreaterThan(0);
  });

  test.each([
    ['riwayat-login', { waktu_gte: 'kemarin' }],
    ['audit-log', { waktu_lte: '2026-02-30' }],
    ['users', { lastLoginAt_gte: 'abc' }],
    ['jabatan', { kelas_jabatan: 'sebelas' }],
    ['jabatan', { kelas_jabatan_gte: '1.5' }],
    ['penugasan', { aktif_pada: '2025-13-01' }],
    ['pegawai', { nip: { $gt: '' } }],
    ['pegawai', { status: [{ $ne: 'x' }] }],
    ['users', { role: { $ne: 'x' } }],
  ] as [string, Record<string, unknown>][])(
    'bad filter value on %s %j → 400 FILTER_TIDAK_VALID, not 500',
    async (res, filter) => {
      const r = await daftar(admin, res, { filter });
      expect(r.status).toBe(400);
      expect(r.body.error.details).toEqual({ code: 'FILTER_TIDAK_VALID', field: 'filter' });
    },
  );
});

describe('never a 500: odd input on every resource', () => {
  const ANEH: [string, string][] = [
    ['sort by a prototype key', `sort=${encodeURIComponent('["constructor","ASC"]')}`],
    ['sort by __proto__', `sort=${encodeURIComponent('["__proto__","DESC"]')}`],
    ['sort by toString', `sort=${encodeURIComponent('["toString","ASC"]')}`],
    ['filter on a prototype key', `filter=${encodeURIComponent('{"constructor":"x"}')}`],
    ['filter on toString', `filter=${encodeURIComponent('{"toString":"x"}')}`],
    ['filter on __proto__', `filter=${encodeURIComponent('{"__proto__":"x"}')}`],
    ['filter on hasOwnProperty_gte', `filter=${encodeURIComponent('{"hasOwnProperty_gte":"x"}')}`],
    ['a huge range start', `range=${encodeURIComponent('[99999999999,99999999999]')}`],
    ['range in scientific notation', `range=${encodeURIComponent('[1e300,1e300]')}`],
    ['a 5000-character q', `filter=${encodeURIComponent(JSON.stringify({ q: 'a'.repeat(5000) }))}`],
    ['q with SQL and LIKE wildcards', `filter=${encodeURIComponent(JSON.stringify({ q: "%' OR 1=1 --_\\" }))}`],
    [
      '500 ids in a getMany',
      `filter=${encodeURIComponent(JSON.stringify({ id: Array.from({ length: 500 }, (_, i) => `id${i}`) }))}`,
    ],
    ['an empty id list', `filter=${encodeURIComponent('{"id":[]}')}`],
    ['a percent sign alone', 'sort=%'],
  ];
  test.each(SUMBER.flatMap((res) => ANEH.map(([n, qs]) => [res, n, qs] as [string, string, string])))(
    '%s: %s → 200 or 400',
    async (res, _n, qs) => {
      const r = await t.as(admin).get(`/api/panel/${res}?${qs}`);
      expect([200, 400]).toContain(r.status);
      if (r.status === 400) expect(r.body.error.details.code).toMatch(/^[A-Z_]+$/);
    },
  );

  test.each(['opd', 'jabatan', 'pegawai', 'penugasan', 'users'])(
    '%s: odd bodies on POST and PUT → 4xx',
    async (res) => {
      const row = (await daftar(admin, res, { range: [0, 0] })).body[0];
      const dalam: any = {};
      let k = dalam;
      for (let i = 0; i < 200; i++) k = k.a = {};
      for (const body of [
        null,
        [],
        [{}],
        { nama: { $ne: null } },
        { nama: ['a', 'b'] },
        { nip: ['1'] },
        dalam,
        { nama: 'x'.repeat(100_000) },
        { updatedAt: 'bukan-tanggal' },
      ]) {
        const p = await t
          .as(admin)
          .post(`/api/panel/${res}`)
          .send(body as any);
        expect({ body: JSON.stringify(body).slice(0, 40), status: p.status < 500 && p.status >= 400 }).toEqual({
          body: JSON.stringify(body).slice(0, 40),
          status: true,
        });
        const u = await t
          .as(admin)
          .put(`/api/panel/${res}/${row.id}`)
          .send(body as any);
        expect({ body: JSON.stringify(body).slice(0, 40), status: u.status < 500 }).toEqual({
          body: JSON.stringify(body).slice(0, 40),
          status: true,
        });
      }
    },
  );
});

describe('unknown resource → 404', () => {
  test.each([
    ['GET', '/api/panel/tidak-ada'],
    ['GET', '/api/panel/tidak-ada/abc'],
    ['POST', '/api/panel/tidak-ada'],
    ['PUT', '/api/panel/tidak-ada/abc'],
    ['DELETE', '/api/panel/tidak-ada/abc'],
    ['GET', '/api/panel/__proto__'],
    ['GET', '/api/panel/constructor'],
    ['GET', '/api/panel/toString/1'],
  ])('%s %s', async (metode, url) => {
    const a = t.as(admin);
    const r = await (metode === 'GET'
      ? a.get(url)
      : metode === 'POST'
        ? a.post(url).send({})
        : metode === 'PUT'
          ? a.put(url).send({})
          : a.delete(url));
    expect(r.status).toBe(404);
    expect(r.body.error.details).toMatchObject({ code: 'SUMBER_TIDAK_DIKENAL', field: 'resource' });
  });
});

describe('writes by Admin BKPSDM', () => {
  test('opd: create, update, delete refused (409: referenced by history), bad input', async () => {
    const buat = await t
      .as(admin)
      .post('/api/panel/opd')
      .send({ kode_opd: '9.99.01', nama: 'Dinas Uji Coba', singkatan: 'DUC', jenis: 'DINAS' });
    expect(buat.status).toBe(201);
    expect(buat.body).toMatchObject({ kode_opd: '9.99.01', nama: 'Dinas Uji Coba', jumlah_pegawai: 0 });
    const ubah = await t
      .as(admin)
      .put(`/api/panel/opd/${buat.body.id}`)
      .send({ nama: 'Dinas Uji Coba Baru', induk_id: t.demo.opdDiskominfo.documentId });
    expect(ubah.status).toBe(200);
    expect(ubah.body).toMatchObject({ nama: 'Dinas Uji Coba Baru', induk_id: t.demo.opdDiskominfo.documentId });
    const hapus = await t.as(admin).delete(`/api/panel/opd/${buat.body.id}`);
    expect(hapus.status).toBe(409);
    expect(hapus.body.error.details.code).toBe('HAPUS_TIDAK_DIIZINKAN');

    const tanpaKode = await t.as(admin).post('/api/panel/opd').send({ nama: 'Tanpa Kode' });
    expect(tanpaKode.status).toBe(400);
    expect(tanpaKode.body.error.details).toEqual({ code: 'ISIAN_TIDAK_VALID', field: 'kode_opd' });
    expect(tanpaKode.body.error.message).toBe('kode_opd wajib diisi.');
    const jenis = await t.as(admin).post('/api/panel/opd').send({ kode_opd: '9.99.02', nama: 'X', jenis: 'PLANET' });
    expect(jenis.status).toBe(400);
    expect(jenis.body.error.details.field).toBe('jenis');
    const induk = await t
      .as(admin)
      .post('/api/panel/opd')
      .send({ kode_opd: '9.99.03', nama: 'X', induk_id: 'tidak-ada' });
    expect(induk.status).toBe(400);
    expect(induk.body.error.details).toEqual({ code: 'RELASI_TIDAK_DITEMUKAN', field: 'induk_id' });
  });

  test('opd: a duplicate kode_opd → 400 (not 500) and nothing is written', async () => {
    const sebelum = await t.strapi.db.query('plugin::inti.opd').count();
    const ada = await t.strapi.db
      .query('plugin::inti.opd')
      .findOne({ where: { id: t.demo.opdDiskominfo.id }, select: ['kode_opd'] });
    const r = await t.as(admin).post('/api/panel/opd').send({ kode_opd: ada.kode_opd, nama: 'Kembar' });
    expect(r.status).toBe(400);
    expect(await t.strapi.db.query('plugin::inti.opd').count()).toBe(sebelum);
  });

  test('jabatan: create, self as atasan (400), a cycle (400), out-of-range class (400)', async () => {
    const kadisJab = (await semua(admin, 'jabatan', { filter: { opd_id: t.demo.opdDiskominfo.documentId } })).find(
      (x) => x.pemangku_nip === NIP.kadis,
    )!;
    const buat = await t.as(admin).post('/api/panel/jabatan').send({
      kode: 'UJI.JAB.01',
      nama: 'Kepala Seksi Uji',
      opd_id: t.demo.opdDiskominfo.documentId,
      atasan_id: kadisJab.id,
      jenis: 'JA',
      jenjang: 'PENGAWAS',
      kelas_jabatan: 9,
    });
    expect(buat.status).toBe(201);
    expect(buat.body).toMatchObject({
      kode: 'UJI.JAB.01',
      atasan_id: kadisJab.id,
      jumlah_pemangku: 0,
      pemangku_nama: null,
    });
    const diri = await t.as(admin).put(`/api/panel/jabatan/${buat.body.id}`).send({ atasan_id: buat.body.id });
    expect(diri.status).toBe(400);
    expect(diri.body.error.details).toEqual({ code: 'ATASAN_DIRI_SENDIRI', field: 'atasan_id' });
    const siklus = await t.as(admin).put(`/api/panel/jabatan/${kadisJab.id}`).send({ atasan_id: buat.body.id });
    expect(siklus.status).toBe(400);
    expect(siklus.body.error.details).toEqual({ code: 'ATASAN_SIKLUS', field: 'atasan_id' });
    const kelas = await t.as(admin).put(`/api/panel/jabatan/${buat.body.id}`).send({ kelas_jabatan: 18 });
    expect(kelas.status).toBe(400);
    expect(kelas.body.error.details.field).toBe('kelas_jabatan');
    expect(kelas.body.error.message).toContain('1–17');
    const jenjang = await t
      .as(admin)
      .post('/api/panel/jabatan')
      .send({ kode: 'UJI.JAB.02', nama: 'X', opd_id: t.demo.opdDiskominfo.documentId, jenis: 'JA', jenjang: 'RAJA' });
    expect(jenjang.status).toBe(400);
    expect(jenjang.body.error.details.field).toBe('jenjang');
    const tanpaOpd = await t
      .as(admin)
      .post('/api/panel/jabatan')
      .send({ kode: 'UJI.JAB.03', nama: 'X', jenis: 'JA', jenjang: 'PELAKSANA' });
    expect(tanpaOpd.status).toBe(400);
    expect(tanpaOpd.body.error.details.field).toBe('opd_id');
    const kembar = await t.as(admin).post('/api/panel/jabatan').send({
      kode: 'UJI.JAB.01',
      nama: 'X',
      opd_id: t.demo.opdDiskominfo.documentId,
      jenis: 'JA',
      jenjang: 'PELAKSANA',
    });
    expect(kembar.status).toBe(400);
  });

  test('pegawai: create derives birth date, sex and TMT from the NIP (printed form accepted)', async () => {
    const nip = await nipBaru(t.strapi, '198808082012032');
    const cetak = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip[14]} ${nip.slice(15)}`;
    const r = await t
      .as(admin)
      .post('/api/panel/pegawai')
      .send({ nip: cetak, nama: 'Pegawai Baru Uji', opd_id: t.demo.opdDiskominfo.documentId, golongan: '32' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      nip,
      tanggal_lahir: '1988-08-08',
      jenis_kelamin: 'P',
      tmt_cpns: '2012-03-01',
      jenis_asn: 'PNS',
      status: 'AKTIF',
      opd_id: t.demo.opdDiskominfo.documentId,
    });
    const pppk = await t
      .as(admin)
      .post('/api/panel/pegawai')
      .send({ nip: await nipBaru(t.strapi, '198505052022211'), nama: 'PPPK Uji', jenis_asn: 'PPPK' });
    expect(pppk.status).toBe(201);
    expect(pppk.body).toMatchObject({ jenis_asn: 'PPPK', tmt_cpns: '2022-01-01', jenis_kelamin: 'L' });
  });

  test.each([
    ['wrong length (17 digits)', '19700101200003100', 'NIP_PANJANG', /18 digit/],
    ['wrong length (19 digits)', '1970010120000310011', 'NIP_PANJANG', /18 digit/],
    ['letters', '1970010120000310AB', 'NIP_BUKAN_ANGKA', /angka/],
    ['impossible birth date (31 Feb)', '197002312000031001', 'NIP_TANGGAL_LAHIR', /tanggal lahir/i],
    ['impossible birth date (month 13)', '197013012000031001', 'NIP_TANGGAL_LAHIR', /tanggal lahir/i],
    ['TMT month 00', '197001012000001001', 'NIP_TMT', /TMT/],
    ['appointed at 10 years of age', '199001012000031001', 'NIP_USIA_TMT', /usia/],
    ['sex digit 3', '197001012000033001', 'NIP_JENIS_KELAMIN', /jenis kelamin.*1 \(laki-laki\) atau 2 \(perempuan\)/],
    ['sex digit 0', '197001012000030001', 'NIP_JENIS_KELAMIN', /jenis kelamin/],
    ['sequence 000', '197001012000031000', 'NIP_NOMOR_URUT', /000/],
  ])('pegawai with an invalid NIP (%s) → 400 naming nip and the rule', async (_n, nip, kode, pesan) => {
    const r = await t.as(admin).post('/api/panel/pegawai').send({ nip, nama: 'Tidak Sah' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ status: 400, name: 'ValidationError', details: { code: kode, field: 'nip' } });
    expect(r.body.error.message).toMatch(pesan);
    expect(r.body.error.message).toMatch(/NIP/);
    expect(await t.strapi.db.query('plugin::inti.pegawai').findOne({ where: { nama: 'Tidak Sah' } })).toBeNull();
  });

  test('pegawai: nip missing / not a string → 400 on nip', async () => {
    const r1 = await t.as(admin).post('/api/panel/pegawai').send({ nama: 'Tanpa NIP' });
    expect(r1.status).toBe(400);
    expect(r1.body.error.details.field).toBe('nip');
    // eslint-disable-next-line no-loss-of-precision -- a NIP sent as a JSON number loses its last digits; that is the case under test
    const r2 = await t.as(admin).post('/api/panel/pegawai').send({ nip: 197001012000031001, nama: 'Angka' });
    expect(r2.status).toBe(400);
    expect(r2.body.error.details.field).toBe('nip');
  });

  test('pegawai: a duplicate NIP → 400 NIP_GANDA naming the existing pegawai (create and update)', async () => {
    const ada = await t.strapi.db
      .query('plugin::inti.pegawai')
      .findOne({ where: { nip: NIP.kadis }, select: ['nama'] });
    const r = await t.as(admin).post('/api/panel/pegawai').send({ nip: NIP.kadis, nama: 'Kembaran' });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual({ code: 'NIP_GANDA', field: 'nip' });
    expect(r.body.error.message).toBe(`NIP ${NIP.kadis} sudah terdaftar atas nama ${ada.nama}.`);
    const spasi = await t.as(admin).post('/api/panel/pegawai').send({ nip: '19700101 200003 1 001', nama: 'Kembaran' });
    expect(spasi.status).toBe(400);
    expect(spasi.body.error.details.code).toBe('NIP_GANDA');
    const staf = await docIdPegawai(NIP.staf);
    const u = await t.as(admin).put(`/api/panel/pegawai/${staf.documentId}`).send({ nip: NIP.kadis });
    expect(u.status).toBe(400);
    expect(u.body.error.details.code).toBe('NIP_GANDA');
  });

  test('pegawai: other fields are validated by name (nik, status, nama)', async () => {
    const staf = await docIdPegawai(NIP.staf);
    for (const [body, field] of [
      [{ nik: '123' }, 'nik'],
      [{ status: 'LIBURAN' }, 'status'],
      [{ nama: '' }, 'nama'],
      [{ opd_id: 'tidak-ada' }, 'opd_id'],
      [{ jenis_asn: 'HONORER' }, 'jenis_asn'],
    ] as [Record<string, unknown>, string][]) {
      const r = await t.as(admin).put(`/api/panel/pegawai/${staf.documentId}`).send(body);
      expect(r.status).toBe(400);
      expect(r.body.error.details.field).toBe(field);
    }
  });

  test('pegawai: the body cannot set the account, the id or computed fields', async () => {
    const staf = await docIdPegawai(NIP.staf);
    const lain = await t.strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { username: 'admin' }, select: ['id', 'documentId'] });
    const r = await t.as(admin).put(`/api/panel/pegawai/${staf.documentId}`).send({
      user: lain.id,
      user_id: lain.documentId,
      id: 'x',
      documentId: 'x',
      tanggal_lahir: '2000-01-01',
      jenis_kelamin: 'P',
      alamat: 'Jl. Pahlawan 1',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: staf.documentId,
      tanggal_lahir: '1990-04-04',
      jenis_kelamin: 'L',
      alamat: 'Jl. Pahlawan 1',
    });
    expect(r.body.user_id).not.toBe(lain.documentId);
  });

  test('a write by BKPSDM is audited: actor, object, before and after', async () => {
    const jf = await docIdPegawai(NIP.jf);
    const lama = await t.as(admin).get(`/api/panel/pegawai/${jf.documentId}`);
    const r = await t
      .as(admin)
      .put(`/api/panel/pegawai/${jf.documentId}`)
      .send({ gelar_belakang: 'S.Kom.', updatedAt: lama.body.updatedAt });
    expect(r.status).toBe(200);
    expect(r.body.gelar_belakang).toBe('S.Kom.');
    const log = await semua(admin, 'audit-log', { filter: { objek_id: jf.documentId, aksi: 'PEGAWAI_DIUBAH' } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      aktor: 'admin',
      objek_tipe: 'pegawai',
      aksi: 'PEGAWAI_DIUBAH',
      ip: expect.any(String),
    });
    expect(log[0].aktor_id).toBeGreaterThan(0);
    expect(log[0].sebelum).toMatchObject({ nip: NIP.jf, gelar_belakang: lama.body.gelar_belakang });
    expect(log[0].sesudah).toMatchObject({ gelar_belakang: 'S.Kom.' });
    // and the creation of a record
    const buat = await t.as(admin).post('/api/panel/opd').send({ kode_opd: '9.99.09', nama: 'OPD Audit' });
    const logBuat = await semua(admin, 'audit-log', { filter: { objek_id: buat.body.id } });
    expect(logBuat.map((x) => x.aksi)).toEqual(['OPD_DIBUAT']);
  });

  test('a stale updatedAt on PUT → 409 DATA_KEDALUWARSA and nothing changes; the fresh one → 200', async () => {
    const sekr = await docIdPegawai(NIP.sekretaris);
    const v1 = (await t.as(admin).get(`/api/panel/pegawai/${sekr.documentId}`)).body;
    await new Promise((s) => setTimeout(s, 15));
    const a = await t
      .as(admin)
      .put(`/api/panel/pegawai/${sekr.documentId}`)
      .send({ alamat: 'Jl. A', updatedAt: v1.updatedAt });
    expect(a.status).toBe(200);
    expect(a.body.updatedAt).not.toBe(v1.updatedAt);
    const b = await t
      .as(admin)
      .put(`/api/panel/pegawai/${sekr.documentId}`)
      .send({ alamat: 'Jl. B', updatedAt: v1.updatedAt });
    expect(b.status).toBe(409);
    expect(b.body.error).toMatchObject({
      status: 409,
      name: 'ConflictError',
      details: { code: 'DATA_KEDALUWARSA', updatedAt: a.body.updatedAt },
    });
    expect(b.body.error.message).toMatch(/sudah diubah orang lain/);
    const kini = await t.as(admin).get(`/api/panel/pegawai/${sekr.documentId}`);
    expect(kini.body.alamat).toBe('Jl. A');
    const c = await t
      .as(admin)
      .put(`/api/panel/pegawai/${sekr.documentId}`)
      .send({ alamat: 'Jl. C', updatedAt: a.body.updatedAt });
    expect(c.status).toBe(200);
    expect(c.body.alamat).toBe('Jl. C');
  });

  test('stale updatedAt also guards opd, jabatan, penugasan and users', async () => {
    for (const res of ['opd', 'jabatan', 'penugasan', 'users']) {
      const row = (await daftar(admin, res, { sort: ['id', 'ASC'], range: [0, 0] })).body[0];
      const r = await t.as(admin).put(`/api/panel/${res}/${row.id}`).send({ updatedAt: '2001-01-01T00:00:00.000Z' });
      expect(r.status).toBe(409);
      expect(r.body.error.details.code).toBe('DATA_KEDALUWARSA');
    }
  });

  test('pegawai cannot be deleted (409: referenced by history)', async () => {
    const staf = await docIdPegawai(NIP.staf);
    const r = await t.as(admin).delete(`/api/panel/pegawai/${staf.documentId}`);
    expect(r.status).toBe(409);
    expect(r.body.error.details.code).toBe('HAPUS_TIDAK_DIIZINKAN');
    expect(await docIdPegawai(NIP.staf)).not.toBeNull();
  });

  test('penugasan: a second active UTAMA → 400; a Plt beside it is fine; a second Plt → 400; delete works and is audited', async () => {
    const staf = t.demo.pegawai.staf;
    const jab = await semua(admin, 'jabatan', { filter: { opd_id: t.demo.opdDiskominfo.documentId } });
    const pelaksana = jab.find((x) => x.jenjang === 'PELAKSANA')!;
    const kasi = jab.find((x) => x.kode === 'UJI.JAB.01') ?? jab.find((x) => x.jenjang === 'PENGAWAS')!;
    const kedua = await t
      .as(admin)
      .post('/api/panel/penugasan')
      .send({ pegawai_id: staf.documentId, jabatan_id: pelaksana.id, jenis: 'UTAMA', tmt_mulai: '2025-01-02' });
    expect(kedua.status).toBe(400);
    expect(kedua.body.error.details).toEqual({ code: 'PENUGASAN_UTAMA_GANDA', field: 'tmt_mulai' });
    expect(kedua.body.error.message).toMatch(/definitif \(UTAMA\)/);

    const plt = await t.as(admin).post('/api/panel/penugasan').send({
      pegawai_id: staf.documentId,
      jabatan_id: kasi.id,
      jenis: 'PLT',
      tmt_mulai: '2025-01-02',
      tmt_akhir: '2025-03-31',
      nomor_sk: 'SK/UJI/1',
    });
    expect(plt.status).toBe(201);
    expect(plt.body).toMatchObject({
      jenis: 'PLT',
      tmt_mulai: '2025-01-02',
      tmt_akhir: '2025-03-31',
      pegawai_nip: NIP.staf,
      aktif: false,
    });
    const plt2 = await t
      .as(admin)
      .post('/api/panel/penugasan')
      .send({ pegawai_id: staf.documentId, jabatan_id: kasi.id, jenis: 'PLT', tmt_mulai: '2025-03-31' });
    expect(plt2.status).toBe(400);
    expect(plt2.body.error.details.code).toBe('PENUGASAN_PLT_GANDA');
    const setelah = await t.as(admin).post('/api/panel/penugasan').send({
      pegawai_id: staf.documentId,
      jabatan_id: kasi.id,
      jenis: 'PLT',
      tmt_mulai: '2025-04-01',
      tmt_akhir: '2025-04-30',
    });
    expect(setelah.status).toBe(201);

    const mundur = await t.as(admin).put(`/api/panel/penugasan/${plt.body.id}`).send({ tmt_akhir: '2024-12-31' });
    expect(mundur.status).toBe(400);
    expect(mundur.body.error.details).toEqual({ code: 'PENUGASAN_TANGGAL', field: 'tmt_akhir' });
    const perpanjang = await t.as(admin).put(`/api/panel/penugasan/${plt.body.id}`).send({ tmt_akhir: '2025-04-15' });
    expect(perpanjang.status).toBe(400);
    expect(perpanjang.body.error.details.code).toBe('PENUGASAN_PLT_GANDA');

    for (const id of [plt.body.id, setelah.body.id]) {
      const del = await t.as(admin).delete(`/api/panel/penugasan/${id}`);
      expect(del.status).toBe(200);
      expect(del.body.id).toBe(id);
      expect((await t.as(admin).get(`/api/panel/penugasan/${id}`)).status).toBe(404);
      const log = await semua(admin, 'audit-log', { filter: { objek_id: id } });
      expect(log.map((x) => x.aksi).sort()).toEqual(['PENUGASAN_DIBUAT', 'PENUGASAN_DIHAPUS']);
    }
  });

  test('penugasan: a structural post held by another pegawai → 400 PENUGASAN_JABATAN_TERISI; a pelaksana post takes many', async () => {
    const baru = await t
      .as(admin)
      .post('/api/panel/pegawai')
      .send({
        nip: await nipBaru(t.strapi, '199112122016011'),
        nama: 'Calon Kabid',
        opd_id: t.demo.opdDiskominfo.documentId,
      });
    expect(baru.status).toBe(201);
    const jab = await semua(admin, 'jabatan', { filter: { opd_id: t.demo.opdDiskominfo.documentId } });
    const kabid = jab.find((x) => x.pemangku_nip === NIP.kabidAplikasi)!;
    const r = await t
      .as(admin)
      .post('/api/panel/penugasan')
      .send({ pegawai_id: baru.body.id, jabatan_id: kabid.id, jenis: 'UTAMA', tmt_mulai: '2025-01-02' });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual({ code: 'PENUGASAN_JABATAN_TERISI', field: 'jabatan' });
    const pelaksana = jab.find((x) => x.jenjang === 'PELAKSANA' && x.pemangku_nip)!;
    const ok = await t
      .as(admin)
      .post('/api/panel/penugasan')
      .send({ pegawai_id: baru.body.id, jabatan_id: pelaksana.id, jenis: 'UTAMA', tmt_mulai: '2025-01-02' });
    expect(ok.status).toBe(201);
    expect(ok.body.aktif).toBe(true);
  });

  test.each([
    [{ jenis: 'UTAMA', tmt_mulai: '2025-02-30' }, 'tmt_mulai'],
    [{ jenis: 'UTAMA', tmt_mulai: '02-01-2025' }, 'tmt_mulai'],
    [{ jenis: 'UTAMA', tmt_mulai: '2025-01-01', tmt_akhir: 'besok' }, 'tmt_akhir'],
    [{ jenis: 'BUPATI', tmt_mulai: '2025-01-01' }, 'jenis'],
    [{ jenis: 'UTAMA' }, 'tmt_mulai'],
  ])('penugasan bad input %j → 400 on %s', async (isi, field) => {
    const r = await t
      .as(admin)
      .post('/api/panel/penugasan')
      .send({ pegawai_id: t.demo.lainOpd.documentId, jabatan_id: 'x', ...isi });
    expect(r.status).toBe(400);
    expect(r.body.error.details.field).toBe(field);
  });

  test('penugasan: unknown pegawai or jabatan → 400 naming the field', async () => {
    const jab = (await daftar(admin, 'jabatan', { range: [0, 0] })).body[0];
    const a = await t
      .as(admin)
      .post('/api/panel/penugasan')
      .send({ pegawai_id: 'tidak-ada', jabatan_id: jab.id, jenis: 'PLH', tmt_mulai: '2025-01-01' });
    expect(a.status).toBe(400);
    expect(a.body.error.details).toEqual({ code: 'RELASI_TIDAK_DITEMUKAN', field: 'pegawai_id' });
    const b = await t
      .as(admin)
      .post('/api/panel/penugasan')
      .send({ pegawai_id: t.demo.lainOpd.documentId, jabatan_id: 'tidak-ada', jenis: 'PLH', tmt_mulai: '2025-01-01' });
    expect(b.status).toBe(400);
    expect(b.body.error.details).toEqual({ code: 'RELASI_TIDAK_DITEMUKAN', field: 'jabatan_id' });
  });

  test('users: duplicate username, weak password, unknown role, a pegawai already linked → 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ username: 'admin', password: 'Rahasia2026', role: 'pegawai' }, 'USERNAME_GANDA', 'username'],
      [{ username: 'lemah.satu', password: 'pendek1', role: 'pegawai' }, 'ISIAN_TIDAK_VALID', 'password'],
      [{ username: 'lemah.dua', password: 'hanyahurufsaja', role: 'pegawai' }, 'ISIAN_TIDAK_VALID', 'password'],
      [{ username: 'lemah.tiga', password: '1234567890', role: 'pegawai' }, 'ISIAN_TIDAK_VALID', 'password'],
      [{ username: 'peran.aneh', password: 'Rahasia2026', role: 'raja' }, 'ISIAN_TIDAK_VALID', 'role'],
      [{ username: 'peran.stok', password: 'Rahasia2026', role: 'authenticated' }, 'ISIAN_TIDAK_VALID', 'role'],
      [{ username: 'x', password: 'Rahasia2026', role: 'pegawai' }, 'ISIAN_TIDAK_VALID', 'username'],
      [
        { username: 'email.salah', email: 'bukan-email', password: 'Rahasia2026', role: 'pegawai' },
        'ISIAN_TIDAK_VALID',
        'email',
      ],
      [
        {
          username: 'akun.kedua',
          password: 'Rahasia2026',
          role: 'pegawai',
          pegawai_id: t.demo.pegawai.kadis.documentId,
        },
        'PEGAWAI_SUDAH_PUNYA_AKUN',
        'pegawai_id',
      ],
      [
        { username: 'pegawai.hantu', password: 'Rahasia2026', role: 'pegawai', pegawai_id: 'tidak-ada' },
        'RELASI_TIDAK_DITEMUKAN',
        'pegawai_id',
      ],
    ];
    for (const [body, kode, field] of cases) {
      const r = await t.as(admin).post('/api/panel/users').send(body);
      expect({ body, status: r.status, details: r.body.error?.details }).toEqual({
        body,
        status: 400,
        details: { code: kode, field },
      });
    }
    // a refused create leaves nothing behind (one transaction)
    expect(
      await t.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'akun.kedua' } }),
    ).toBeNull();
  });

  test('users: a role change is audited and takes effect', async () => {
    const buat = await t
      .as(admin)
      .post('/api/panel/users')
      .send({ username: 'naik.peran', password: 'Rahasia2026', role: 'pegawai' });
    expect(buat.status).toBe(201);
    const ubah = await t.as(admin).put(`/api/panel/users/${buat.body.id}`).send({ role: 'bkad' });
    expect(ubah.status).toBe(200);
    expect(ubah.body.role).toBe('bkad');
    const log = await semua(admin, 'audit-log', { filter: { objek_id: buat.body.id, aksi: 'USER_DIUBAH' } });
    expect(log[0].sebelum.role).toBe('pegawai');
    expect(log[0].sesudah.role).toBe('bkad');
  });

  test('riwayat-login and audit-log are read-only, even for BKPSDM (403); the audit trail cannot be altered', async () => {
    for (const res of ['riwayat-login', 'audit-log']) {
      const row = (await daftar(admin, res, { range: [0, 0] })).body[0];
      expect((await t.as(admin).post(`/api/panel/${res}`).send({ aksi: 'PALSU' })).status).toBe(403);
      expect((await t.as(admin).put(`/api/panel/${res}/${row.id}`).send({ aksi: 'PALSU' })).status).toBe(403);
      expect((await t.as(admin).delete(`/api/panel/${res}/${row.id}`)).status).toBe(403);
    }
    const row = (await daftar(admin, 'audit-log', { range: [0, 0] })).body[0];
    await expect(t.strapi.documents('plugin::inti.audit-log').delete({ documentId: row.id })).rejects.toMatchObject({
      kode: 'AUDIT_APPEND_ONLY',
    });
    await expect(
      t.strapi.documents('plugin::inti.audit-log').update({ documentId: row.id, data: { aksi: 'X' } }),
    ).rejects.toMatchObject({ kode: 'AUDIT_APPEND_ONLY' });
  });

  test.each([
    ['a JSON array body', '/api/panel/opd', 'post', '[1,2,3]'],
    ['a JSON string body', '/api/panel/opd', 'post', '"teks"'],
    ['malformed JSON', '/api/panel/opd', 'post', '{"kode_opd": '],
    ['an empty body', '/api/panel/pegawai', 'post', ''],
  ])('%s → 400, never 500', async (_n, url, _m, body) => {
    const r = await t.as(admin).post(url).set('Content-Type', 'application/json').send(body);
    expect(r.status).toBe(400);
  });
});

describe('write rights: only Admin BKPSDM writes master data', () => {
  const PERAN = [
    ['bkad', () => 'bkad'],
    ['inspektorat', () => 'inspektorat'],
    ['Admin OPD', () => t.demo.adminOpd.username],
    ['Kepala Dinas', () => NIP.kadis],
    ['staff', () => NIP.staf],
  ] as [string, () => string][];
  const TULIS: Record<string, Record<string, unknown>> = {
    opd: { kode_opd: '8.88.01', nama: 'Tidak Boleh' },
    jabatan: { kode: 'TIDAK.BOLEH', nama: 'X', jenis: 'JA', jenjang: 'PELAKSANA' },
    pegawai: { nip: '199301012018011777', nama: 'Tidak Boleh' },
    penugasan: { jenis: 'PLH', tmt_mulai: '2025-01-01' },
    users: { username: 'tidak.boleh', password: 'Rahasia2026', role: 'admin_bkpsdm' },
  };
  describe.each(PERAN)('%s', (_nama, siapa) => {
    test.each(Object.keys(TULIS))('%s: POST, PUT and DELETE → 403 and nothing changes', async (res) => {
      const jwt = await t.token(siapa());
      const sebelum = await t.strapi.db.query(UID[res as Sumber]).count();
      const post = await t.as(jwt).post(`/api/panel/${res}`).send(TULIS[res]);
      expect(post.status).toBe(403);
      expect(post.body.error.details.code).toBe('AKSES_DITOLAK');
      // a record this caller can see (its own pegawai / user when it has one)
      const terlihat = (await daftar(jwt, res, { range: [0, 0] })).body[0];
      if (terlihat) {
        const put = await t
          .as(jwt)
          .put(`/api/panel/${res}/${terlihat.id}`)
          .send({ nama: 'Diubah', role: 'admin_bkpsdm' });
        expect(put.status).toBe(403);
        const del = await t.as(jwt).delete(`/api/panel/${res}/${terlihat.id}`);
        expect(del.status).toBe(403);
        const lagi = await t.as(admin).get(`/api/panel/${res}/${terlihat.id}`);
        expect(lagi.body).toEqual({
          ...terlihat,
          ...(res === 'users' ? { lastLoginAt: lagi.body.lastLoginAt, lastLoginIp: lagi.body.lastLoginIp } : {}),
        });
      }
      // and a record it cannot see: still 403, never a hint of what exists
      const asing = (await daftar(admin, res, { sort: ['id', 'DESC'], range: [0, 0] })).body[0];
      const put2 = await t.as(jwt).put(`/api/panel/${res}/${asing.id}`).send({ nama: 'Diubah' });
      expect(put2.status).toBe(403);
      expect(await t.strapi.db.query(UID[res as Sumber]).count()).toBe(sebelum);
    });
  });

  test('a pegawai cannot promote himself through the users resource', async () => {
    const jwt = await t.token(NIP.staf);
    const me = (await daftar(jwt, 'users')).body[0];
    const r = await t.as(jwt).put(`/api/panel/users/${me.id}`).send({ role: 'admin_bkpsdm' });
    expect(r.status).toBe(403);
    const lagi = await t.as(await t.login(NIP.staf)).get('/api/users/me');
    expect(lagi.body.role.type).toBe('pegawai');
  });
});

describe('scope of the lists', () => {
  test('Admin OPD sees exactly the pegawai of its OPD', async () => {
    const jwt = await t.token(t.demo.adminOpd.username);
    const r = await daftar(jwt, 'pegawai', { range: [0, 999] });
    expect(r.status).toBe(200);
    const diDb = await t.strapi.db
      .query('plugin::inti.pegawai')
      .count({ where: { opd: { id: t.demo.opdDiskominfo.id } } });
    expect(total(r)).toBe(diDb);
    expect(r.body.length).toBe(diDb);
    expect(r.body.every((x: any) => x.opd_id === t.demo.opdDiskominfo.documentId)).toBe(true);
    expect(r.body.map((x: any) => x.nip)).not.toContain(t.demo.lainOpd.nip);
    // a filter cannot widen the scope
    const lain = await daftar(jwt, 'pegawai', { filter: { opd_id: t.demo.opdLain.documentId } });
    expect(lain.body).toEqual([]);
    expect(total(lain)).toBe(0);
    const getMany = await daftar(jwt, 'pegawai', {
      filter: { id: [t.demo.lainOpd.documentId, t.demo.pegawai.staf.documentId] },
    });
    expect(getMany.body.map((x: any) => x.nip)).toEqual([NIP.staf]);
    expect((await t.as(jwt).get(`/api/panel/pegawai/${t.demo.lainOpd.documentId}`)).status).toBe(403);
  });

  test('Admin OPD: penugasan, users and riwayat-login of its OPD only; no audit trail', async () => {
    const jwt = await t.token(t.demo.adminOpd.username);
    const pen = await semua(jwt, 'penugasan');
    expect(pen.length).toBeGreaterThan(0);
    expect(pen.map((x) => x.pegawai_nip)).not.toContain(t.demo.lainOpd.nip);
    const users = await semua(jwt, 'users');
    expect(users.length).toBeGreaterThan(1);
    expect(users.every((x) => x.opd_id === t.demo.opdDiskominfo.documentId)).toBe(true);
    const rl = await semua(jwt, 'riwayat-login');
    expect(rl.length).toBeGreaterThan(0);
    expect(rl.map((x) => x.identifier)).not.toContain('admin');
    const audit = await daftar(jwt, 'audit-log');
    expect(audit.status).toBe(200);
    expect(audit.body).toEqual([]);
    expect(audit.headers['content-range']).toBe('audit-log 0-0/0');
  });

  test('BKAD and Inspektorat read every pegawai; only Inspektorat (and BKPSDM) read the audit trail', async () => {
    const n = await t.strapi.db.query('plugin::inti.pegawai').count();
    for (const id of ['bkad', 'inspektorat']) {
      const r = await daftar(await t.token(id), 'pegawai');
      expect(total(r)).toBe(n);
    }
    expect(total(await daftar(await t.token('inspektorat'), 'audit-log'))).toBeGreaterThan(0);
    const bkad = await daftar(await t.token('bkad'), 'audit-log');
    expect(total(bkad)).toBe(0);
    const row = (await daftar(admin, 'audit-log', { range: [0, 0] })).body[0];
    expect((await t.as(await t.token('bkad')).get(`/api/panel/audit-log/${row.id}`)).status).toBe(403);
  });

  test('a staff member sees only himself; a Kepala Dinas himself and his whole subtree', async () => {
    const staf = await daftar(await t.token(NIP.staf), 'pegawai', { range: [0, 999] });
    expect(staf.body.map((x: any) => x.nip)).toEqual([NIP.staf]);
    expect(total(staf)).toBe(1);
    const kadis = await semua(await t.token(NIP.kadis), 'pegawai');
    const nips = kadis.map((x) => x.nip);
    for (const k of Object.values(NIP)) expect(nips).toContain(k);
    expect(nips).not.toContain(t.demo.lainOpd.nip);
    expect(kadis.every((x) => x.opd_id === t.demo.opdDiskominfo.documentId)).toBe(true);
  });

  test('the opd and jabatan structure is readable by every known role', async () => {
    for (const id of [NIP.staf, t.demo.adminOpd.username, 'bkad']) {
      const jwt = await t.token(id);
      expect(total(await daftar(jwt, 'opd'))).toBe(await t.strapi.db.query('plugin::inti.opd').count());
      expect(total(await daftar(jwt, 'jabatan'))).toBe(await t.strapi.db.query('plugin::inti.jabatan').count());
    }
  });

  test('the pegawai dashboard statistic is scoped too', async () => {
    const a = await t.as(admin).get('/api/panel/statistik-pegawai');
    expect(a.status).toBe(200);
    const s = await t.as(await t.token(NIP.staf)).get('/api/panel/statistik-pegawai');
    expect(s.status).toBe(200);
    expect(s.body.reduce((n: number, x: any) => n + x.jumlah, 0)).toBe(1);
    const o = await t.as(await t.token(t.demo.adminOpd.username)).get('/api/panel/statistik-pegawai');
    expect(o.body.map((x: any) => x.opd_id)).toEqual([t.demo.opdDiskominfo.documentId]);
  });
});

describe('a constant number of queries per list page (no N+1)', () => {
  const ukur = async (jwt: string, res: string, range: [number, number]) => {
    let r: any;
    const { jumlah } = await t.hitungQuery(async () => {
      r = await daftar(jwt, res, { range });
    });
    expect(r.status).toBe(200);
    return { jumlah, baris: r.body.length };
  };

  test('GET /api/panel/pegawai: range [0,4] and [0,39] run the same number of queries (admin, Admin OPD, Kepala Dinas)', async () => {
    for (const id of ['admin', t.demo.adminOpd.username, NIP.kadis]) {
      const jwt = await t.token(id);
      await ukur(jwt, 'pegawai', [0, 0]); // warm-up
      const kecil = await ukur(jwt, 'pegawai', [0, 4]);
      const besar = await ukur(jwt, 'pegawai', [0, 39]);
      expect(kecil.baris).toBe(5);
      if (id === 'admin') expect(besar.baris).toBe(40);
      expect(besar.baris).toBeGreaterThan(kecil.baris);
      expect({ id, jumlah: besar.jumlah }).toEqual({ id, jumlah: kecil.jumlah });
    }
  });

  // Of the 13 statements of an Admin BKPSDM page, 7 are Strapi's authentication of the request (API-token lookup,
  // users-permissions' session user, the user with its role, its `advanced` settings, the role's permissions),
  // 1 is inti's actor (the pegawai link and OPD; the user and role come from ctx.state), 5 are the panel's page.
  // Raise the constant only with a reason: it grows when a per-request read comes back.
  // The session liveness check (issue 10 item 8) reads strapi_sessions once per token and then answers from an
  // in-process cache (15 s in production; the tests keep it for the whole file, see tests/helpers/strapi.ts, so
  // that two measured requests never straddle an expiry): the warm-up puts it there, so it is not among the 13
  // (its own cost is pinned in the test below).
  // (PostgreSQL names carry the test schema: "t_…"."up_users")
  const USER_PER_ID = /from (?:[`"][^`"]+[`"]\.)?[`"]up_users[`"] as [`"]t0[`"] where \([`"]t0[`"]\.[`"]id[`"] = [?$]/;
  const ROLE_USER =
    /from (?:[`"][^`"]+[`"]\.)?[`"]up_roles[`"] as [`"]t0[`"] left join (?:[`"][^`"]+[`"]\.)?[`"]up_users_role_lnk[`"]/;
  const TAUTAN_AKTOR =
    /from (?:[`"][^`"]+[`"]\.)?[`"]pegawai[`"] as [`"]p[`"] inner join (?:[`"][^`"]+[`"]\.)?[`"]pegawai_user_lnk[`"]/;
  test('GET /api/panel/pegawai as Admin BKPSDM runs 13 SQL statements; the actor reuses the user and role Strapi loaded', async () => {
    const jwt = await t.token('admin');
    await ukur(jwt, 'pegawai', [0, 0]); // warm-up
    let r: any;
    const { jumlah, sql } = await t.hitungQuery(async () => {
      r = await daftar(jwt, 'pegawai', { range: [0, 24], sort: ['nama', 'ASC'] });
    });
    expect(r.status).toBe(200);
    expect(r.body.length).toBe(25);
    expect({ jumlah, sql }).toEqual({ jumlah: 13, sql: expect.any(Array) });
    // the user row and its role are read by users-permissions only (twice and once), not again by inti
    expect(sql.filter((x) => USER_PER_ID.test(x)).length).toBe(2);
    expect(sql.filter((x) => ROLE_USER.test(x)).length).toBe(1);
    expect(sql.filter((x) => TAUTAN_AKTOR.test(x)).length).toBe(1);
  });

  test('the session check costs one statement on a fresh token and none while its answer is cached (issue 10 item 8)', async () => {
    const jwt = await t.login('admin');
    const sesi = (sql: string[]) => sql.filter((x) => /[`"]strapi_sessions[`"]/.test(x)).length;
    const dingin = await t.hitungQuery(() => daftar(jwt, 'pegawai', { range: [0, 0] }));
    const hangat = await t.hitungQuery(() => daftar(jwt, 'pegawai', { range: [0, 0] }));
    expect({ dingin: sesi(dingin.sql), hangat: sesi(hangat.sql) }).toEqual({ dingin: 1, hangat: 0 });
  });

  test('every role: one statement of inti before the panel code, no second read of the user or its role', async () => {
    for (const id of [t.demo.adminOpd.username, NIP.kadis, NIP.staf, 'bkad']) {
      const jwt = await t.token(id);
      await ukur(jwt, 'pegawai', [0, 0]);
      let r: any;
      const { sql } = await t.hitungQuery(async () => {
        r = await daftar(jwt, 'pegawai', { range: [0, 24] });
      });
      expect({ id, status: r.status }).toEqual({ id, status: 200 });
      expect({
        id,
        user: sql.filter((x) => USER_PER_ID.test(x)).length,
        peran: sql.filter((x) => ROLE_USER.test(x)).length,
        aktor: sql.filter((x) => TAUTAN_AKTOR.test(x)).length,
      }).toEqual({ id, user: 2, peran: 1, aktor: 1 });
    }
  });

  test('a live token follows a role change and a block on its very next request (no cached user or role); an unblock needs a new login', async () => {
    const buat = await t
      .as(admin)
      .post('/api/panel/users')
      .send({ username: 'peran.berubah', password: 'Rahasia2026', role: 'admin_bkpsdm' });
    expect(buat.status).toBe(201);
    const jwt = await t.login('peran.berubah', 'Rahasia2026');
    const semuaPegawai = await t.strapi.db.query('plugin::inti.pegawai').count();
    const lihat = async () => {
      const r = await daftar(jwt, 'pegawai', { range: [0, 0] });
      return r.status === 200 ? { status: 200, total: total(r) } : { status: r.status };
    };
    const ubah = async (data: Record<string, unknown>) =>
      expect((await t.as(admin).put(`/api/panel/users/${buat.body.id}`).send(data)).status).toBe(200);

    expect(await lihat()).toEqual({ status: 200, total: semuaPegawai });
    await ubah({ role: 'pegawai' }); // a pegawai account without a pegawai: sees nobody
    const turun = await lihat();
    expect(turun.status === 403 || (turun.status === 200 && turun.total === 0)).toBe(true);
    await ubah({ role: 'admin_bkpsdm' });
    expect(await lihat()).toEqual({ status: 200, total: semuaPegawai });
    await ubah({ blocked: true });
    expect([401, 403]).toContain((await lihat()).status);
    await ubah({ blocked: false });
    // the block ended the token's session (issue 10 item 8): the unblocked account logs in afresh
    expect((await lihat()).status).toBe(401);
    const baru = await t.login('peran.berubah', 'Rahasia2026');
    expect(total(await daftar(baru, 'pegawai', { range: [0, 0] }))).toBe(semuaPegawai);
  });

  test.each(SUMBER.filter((x) => x !== 'pegawai'))(
    'GET /api/panel/%s: [0,1] and [0,39] run the same number of queries',
    async (res) => {
      await ukur(admin, res, [0, 0]);
      const kecil = await ukur(admin, res, [0, 1]);
      const besar = await ukur(admin, res, [0, 39]);
      expect(besar.baris).toBeGreaterThan(kecil.baris);
      expect(besar.jumlah).toBe(kecil.jumlah);
    },
  );
});
