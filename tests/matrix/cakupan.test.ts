/**
 * The scope matrix (quality.md Tests: role × endpoint × ownership → status). Each cell is one test named
 * "<actor> × pegawai × <relation> → <status>": GET /api/panel/pegawai/:id, membership in the list, and
 * PUT /api/panel/pegawai/:id (403 for everyone but Admin BKPSDM). Then the scope service itself at several
 * dates around the Plt of Kabid Statistik over the vacant Kabid Persandian post.
 */
import { mulaiStrapi, NIP, geserHari, hariIniKota, type KunciNip } from '../helpers/strapi';
import { AKTOR, SASARAN, NAMA_AKTOR, hubungan, BOLEH_LIHAT, orang, type Aktor, type Sasaran } from './tabel';

const t = mulaiStrapi();

const TABEL: [string, Aktor, Sasaran, number][] = [];
for (const a of AKTOR)
  for (const s of SASARAN)
    TABEL.push([
      `${NAMA_AKTOR[a]} × pegawai × ${hubungan(a, s)} (${s}) → ${BOLEH_LIHAT.has(hubungan(a, s)) ? 200 : 403}`,
      a,
      s,
      BOLEH_LIHAT.has(hubungan(a, s)) ? 200 : 403,
    ]);

const { sasaran, jwt } = orang(t);

describe('GET /api/panel/pegawai/:id (today)', () => {
  test.each(TABEL)('%s', async (_n, a, s, status) => {
    const r = await t.as(await jwt(a)).get(`/api/panel/pegawai/${sasaran(s).documentId}`);
    expect(r.status).toBe(status);
    if (status === 200) expect(r.body.nip).toBe(sasaran(s).nip);
    else expect(r.body.error.details.code).toBe('AKSES_DITOLAK');
  });
});

describe('membership in GET /api/panel/pegawai (today)', () => {
  test.each(AKTOR)('%s sees exactly the targets its row of the table allows', async (a) => {
    const nips = SASARAN.map((s) => sasaran(s).nip);
    const r = await t
      .as(await jwt(a))
      .get(
        `/api/panel/pegawai?range=${encodeURIComponent('[0,999]')}&filter=${encodeURIComponent(JSON.stringify({ nip: nips }))}`,
      );
    expect(r.status).toBe(200);
    const terlihat = new Set(r.body.map((x: any) => x.nip));
    const harus = new Set(SASARAN.filter((s) => BOLEH_LIHAT.has(hubungan(a, s))).map((s) => sasaran(s).nip));
    expect(terlihat).toEqual(harus);
    expect(r.headers['content-range']).toMatch(new RegExp(`/${harus.size}$`));
  });

  test.each(AKTOR)('%s: the unfiltered list holds only what getOne allows', async (a) => {
    const r = await t.as(await jwt(a)).get(`/api/panel/pegawai?range=${encodeURIComponent('[0,999]')}`);
    expect(r.status).toBe(200);
    const ids: string[] = r.body.map((x: any) => x.id);
    for (const s of SASARAN) {
      expect({ s, ada: ids.includes(sasaran(s).documentId) }).toEqual({ s, ada: BOLEH_LIHAT.has(hubungan(a, s)) });
    }
  });
});

describe('PUT /api/panel/pegawai/:id: only Admin BKPSDM writes', () => {
  const TULIS: [string, Aktor, Sasaran, number][] = [];
  for (const a of AKTOR)
    for (const s of SASARAN)
      TULIS.push([
        `${NAMA_AKTOR[a]} × pegawai (write) × ${hubungan(a, s)} (${s}) → ${a === 'admin' ? 200 : 403}`,
        a,
        s,
        a === 'admin' ? 200 : 403,
      ]);
  test.each(TULIS)('%s', async (_n, a, s, status) => {
    const alamat = `Jl. Matriks ${a} ${s}`;
    const r = await t
      .as(await jwt(a))
      .put(`/api/panel/pegawai/${sasaran(s).documentId}`)
      .send({ alamat });
    expect(r.status).toBe(status);
    const row = await t.strapi.db
      .query('plugin::inti.pegawai')
      .findOne({ where: { id: sasaran(s).pegawaiId }, select: ['alamat'] });
    if (status === 200) expect(row.alamat).toBe(alamat);
    else expect(row.alamat).not.toBe(alamat);
  });
});

describe('unauthenticated', () => {
  test.each(SASARAN)('anonymous × pegawai × %s → 401/403', async (s) => {
    expect([401, 403]).toContain((await t.http().get(`/api/panel/pegawai/${sasaran(s).documentId}`)).status);
    expect([401, 403]).toContain(
      (
        await t
          .http()
          .put(`/api/panel/pegawai/${sasaran(s).documentId}`)
          .send({ alamat: 'x' })
      ).status,
    );
  });
});

describe('the scope service at several dates (Plt of Kabid Statistik over Kabid Persandian)', () => {
  const org = () => t.strapi.plugin('inti').service('organisasi');
  const cak = () => t.strapi.plugin('inti').service('cakupan');
  const id = (k: KunciNip) => t.demo.pegawai[k].pegawaiId;
  const aktorDari = async (u: string) => {
    const user = await t.strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { username: u }, select: ['id'] });
    return cak().aktor({ state: { user: { id: user.id } } });
  };
  /** a Plh on the vacant post in a past window, before the Plt: [PLT start - 40, PLT start - 10] */
  let plh: { mulai: string; akhir: string };
  beforeAll(async () => {
    const mulai = geserHari(t.demo.plt.tmtMulai, -40);
    const akhir = geserHari(t.demo.plt.tmtMulai, -10);
    const jabatan = await t.strapi.db
      .query('plugin::inti.jabatan')
      .findOne({ where: { id: t.demo.plt.jabatanId }, select: ['documentId'] });
    const r = await t
      .as(await t.token('admin'))
      .post('/api/panel/penugasan')
      .send({
        pegawai_id: t.demo.pegawai.sekretaris.documentId,
        jabatan_id: jabatan.documentId,
        jenis: 'PLH',
        tmt_mulai: mulai,
        tmt_akhir: akhir,
        nomor_sk: 'PLH/UJI/001',
      });
    expect(r.status).toBe(201);
    plh = { mulai, akhir };
  });

  test('the fixture: the Plt is active today', () => {
    const hari = hariIniKota();
    expect(t.demo.plt.tmtMulai <= hari).toBe(true);
    expect(t.demo.plt.tmtAkhir == null || t.demo.plt.tmtAkhir >= hari).toBe(true);
  });

  test.each([
    ['before the Plh (post vacant): the Kepala Dinas', -41, 'kadis', 'DEFINITIF'],
    ['first Plh day: the Sekretaris as PLH', -40, 'sekretaris', 'PLH'],
    ['last Plh day: the Sekretaris as PLH', -10, 'sekretaris', 'PLH'],
    ['between Plh and Plt (vacant again): the Kepala Dinas', -9, 'kadis', 'DEFINITIF'],
    ['the day before the Plt: the Kepala Dinas (no relation to Kabid Statistik yet)', -1, 'kadis', 'DEFINITIF'],
    ['the Plt start day: Kabid Statistik as PLT', 0, 'kabidStatistik', 'PLT'],
    ['a month into the Plt: Kabid Statistik as PLT', 30, 'kabidStatistik', 'PLT'],
  ] as [string, number, KunciNip, string][])(
    'penilai of the Persandian pelaksana, %s',
    async (_n, geser, siapa, sebagai) => {
      const tanggal = geserHari(t.demo.plt.tmtMulai, geser);
      if (t.demo.plt.tmtAkhir && tanggal > t.demo.plt.tmtAkhir) return expect(tanggal > t.demo.plt.tmtAkhir).toBe(true); // Plt ended before this date in the seed
      const p = await org().penilaiPegawai(id('stafPersandian'), tanggal);
      expect(p).toEqual({ pegawaiId: id(siapa), jabatanId: expect.anything(), sebagai });
    },
  );

  test('penilai of the Persandian pelaksana today is the Plt; after the Plt ends (if it does) the Kepala Dinas', async () => {
    const hari = hariIniKota();
    expect(await org().penilaiPegawai(id('stafPersandian'), hari)).toMatchObject({
      pegawaiId: id('kabidStatistik'),
      sebagai: 'PLT',
    });
    if (t.demo.plt.tmtAkhir) {
      const sesudah = geserHari(t.demo.plt.tmtAkhir, 1);
      expect(await org().penilaiPegawai(id('stafPersandian'), sesudah)).toMatchObject({ pegawaiId: id('kadis') });
    } else {
      // open-ended Plt: still the Plt holder far ahead
      expect(await org().penilaiPegawai(id('stafPersandian'), '2099-01-01')).toMatchObject({
        pegawaiId: id('kabidStatistik'),
        sebagai: 'PLT',
      });
    }
  });

  test.each([
    ['before the Plt', -1, false],
    ['the Plt start day', 0, true],
    ['during the Plt', 45, true],
  ] as [string, number, boolean][])(
    'subordinates of Kabid Statistik %s include the Persandian pelaksana: %p',
    async (_n, geser, ada) => {
      const tanggal = geserHari(t.demo.plt.tmtMulai, geser);
      const bawahan: number[] = await org().bawahanPada(id('kabidStatistik'), tanggal);
      expect(bawahan.includes(id('stafPersandian'))).toBe(ada);
      expect(bawahan).not.toContain(id('kabidStatistik'));
      expect(bawahan).not.toContain(id('staf'));
    },
  );

  test.each([
    ['before the Plt → no relation', -1, null],
    ['the Plt start day → PENILAI', 0, 'PENILAI'],
    ['during the Plt → PENILAI', 45, 'PENILAI'],
  ] as [string, number, string | null][])(
    'cakupan.hubungan(Kabid Statistik, Persandian pelaksana) %s',
    async (_n, geser, hub) => {
      const aktor = await aktorDari(t.demo.pegawai.kabidStatistik.username);
      const tanggal = geserHari(t.demo.plt.tmtMulai, geser);
      expect(await cak().hubungan(aktor, id('stafPersandian'), tanggal, {})).toBe(hub);
      expect(await cak().bolehLihatPegawai(aktor, id('stafPersandian'), tanggal, {})).toBe(hub != null);
    },
  );

  test('organisasi.bawahanPadaTanggal (one batch for many dates, issue 10 item 7) agrees with bawahanPada at each date', async () => {
    const tanggal = [-41, -40, -10, -9, -1, 0, 30]
      .map((g) => geserHari(t.demo.plt.tmtMulai, g))
      .concat([hariIniKota()]);
    for (const k of ['kabidStatistik', 'sekretaris', 'kadis', 'kabidAplikasi', 'staf'] as KunciNip[]) {
      const batch: Map<string, number[]> = await org().bawahanPadaTanggal(id(k), tanggal);
      for (const d of tanggal) {
        expect({ k, d, ids: [...(batch.get(d) ?? [])].sort() }).toEqual({
          k,
          d,
          ids: [...(await org().bawahanPada(id(k), d))].sort(),
        });
      }
    }
    // the Plt's subordinates change inside the span: not before it, yes from its first day
    const b: Map<string, number[]> = await org().bawahanPadaTanggal(id('kabidStatistik'), tanggal);
    expect(b.get(geserHari(t.demo.plt.tmtMulai, -1))).not.toContain(id('stafPersandian'));
    expect(b.get(t.demo.plt.tmtMulai)).toContain(id('stafPersandian'));
  });

  test('cakupan.filterPegawai of Kabid Statistik before and during the Plt', async () => {
    const aktor = await aktorDari(t.demo.pegawai.kabidStatistik.username);
    const ids = async (tanggal: string) =>
      (
        await t.strapi.db
          .query('plugin::inti.pegawai')
          .findMany({ where: await cak().filterPegawai(aktor, tanggal, {}), select: ['id'] })
      ).map((x: any) => x.id);
    const sebelum = await ids(geserHari(t.demo.plt.tmtMulai, -1));
    const selama = await ids(t.demo.plt.tmtMulai);
    expect(sebelum).toContain(id('kabidStatistik'));
    expect(sebelum).not.toContain(id('stafPersandian'));
    expect(selama).toContain(id('stafPersandian'));
  });

  test('the Sekretaris as Plh: the Persandian pelaksana is hers only inside the Plh window', async () => {
    const aktor = await aktorDari(t.demo.pegawai.sekretaris.username);
    expect(await cak().hubungan(aktor, id('stafPersandian'), geserHari(plh.mulai, -1), {})).toBeNull();
    expect(await cak().hubungan(aktor, id('stafPersandian'), plh.mulai, {})).toBe('PENILAI');
    expect(await cak().hubungan(aktor, id('stafPersandian'), plh.akhir, {})).toBe('PENILAI');
    expect(await cak().hubungan(aktor, id('stafPersandian'), geserHari(plh.akhir, 1), {})).toBeNull();
  });

  test.each([['2025-06-01'], ['today']])(
    'definitive chain on %s: staff and JF ← Kabid Aplikasi ← Kepala Dinas',
    async (d) => {
      const tanggal = d === 'today' ? hariIniKota() : d;
      // the current definitive posts of everyone in the chain must already run on that date
      const mulai = await t.strapi.db.query('plugin::inti.penugasan').findMany({
        where: {
          pegawai: { id: { $in: [id('staf'), id('jf'), id('kabidAplikasi'), id('kabidStatistik')] } },
          jenis: 'UTAMA',
          tmt_akhir: { $null: true },
        },
        select: ['tmt_mulai'],
      });
      const terakhir = mulai
        .map((x: any) => x.tmt_mulai)
        .sort()
        .pop();
      if (terakhir > tanggal) return expect(terakhir > tanggal).toBe(true); // the seed appointed someone later than this date
      expect(await org().penilaiPegawai(id('staf'), tanggal)).toEqual({
        pegawaiId: id('kabidAplikasi'),
        jabatanId: expect.anything(),
        sebagai: 'DEFINITIF',
      });
      expect(await org().penilaiPegawai(id('jf'), tanggal)).toMatchObject({
        pegawaiId: id('kabidAplikasi'),
        sebagai: 'DEFINITIF',
      });
      expect(await org().penilaiPegawai(id('kabidAplikasi'), tanggal)).toMatchObject({
        pegawaiId: id('kadis'),
        sebagai: 'DEFINITIF',
      });
      expect(await org().penilaiPegawai(id('kabidStatistik'), tanggal)).toMatchObject({ pegawaiId: id('kadis') });
      const kadis = await org().penilaiPegawai(id('kadis'), tanggal);
      expect(kadis?.pegawaiId).not.toBe(id('kadis'));
    },
  );

  test('before his first definitive post a pegawai has no penilai and no subordinates', async () => {
    const mulai = await t.strapi.db.query('plugin::inti.penugasan').findOne({
      where: { pegawai: { id: id('kabidAplikasi') } },
      select: ['tmt_mulai'],
      orderBy: { tmt_mulai: 'asc' },
    });
    const sebelum = geserHari(mulai.tmt_mulai, -1);
    expect(await org().penilaiPegawai(id('kabidAplikasi'), sebelum)).toBeNull();
    expect(await org().bawahanPada(id('kabidAplikasi'), sebelum)).toEqual([]);
  });

  test('hubungan today, one per kind', async () => {
    const hari = hariIniKota();
    const cases: [string, KunciNip | 'lainOpd', string | null][] = [
      ['admin', 'staf', 'SEMUA'],
      ['bkad', 'staf', 'SEMUA'], // the pegawai master a TPP line needs; the kinerja area is refused apart (tests/matrix/ranah.test.ts)
      [t.demo.adminOpd.username, 'staf', 'OPD'],
      [t.demo.adminOpd.username, 'lainOpd', null],
      [t.demo.pegawai.staf.username, 'staf', 'DIRI'],
      [t.demo.pegawai.kabidAplikasi.username, 'staf', 'PENILAI'],
      [t.demo.pegawai.kadis.username, 'staf', 'ATASAN'],
      [t.demo.pegawai.kadis.username, 'kabidAplikasi', 'PENILAI'],
      [t.demo.pegawai.staf.username, 'kabidAplikasi', null],
      [t.demo.pegawai.kabidAplikasi.username, 'kabidStatistik', null],
      [t.demo.lainOpd.username, 'staf', null],
    ];
    for (const [u, s, hub] of cases) {
      const aktor = await aktorDari(u);
      const pid = s === 'lainOpd' ? t.demo.lainOpd.pegawaiId : id(s);
      expect({ u, s, hub: await cak().hubungan(aktor, pid, hari, {}) }).toEqual({ u, s, hub });
    }
  });

  test('fails closed: no user, an unknown role, a blocked account → nothing', async () => {
    const anon = await cak().aktor({ state: {} });
    expect(anon.jangkauan).toBe('TIDAK_ADA');
    expect(await cak().hubungan(anon, id('staf'), hariIniKota(), {})).toBeNull();
    expect(await cak().filterPegawai(anon)).toEqual({ id: { $in: [] } });
    const hilang = await cak().aktor({ state: { user: { id: 99999999 } } });
    expect(hilang.jangkauan).toBe('TIDAK_ADA');
    const palsu = {
      userId: 1,
      username: 'x',
      peran: 'authenticated',
      jangkauan: 'TIDAK_ADA',
      pegawaiId: id('kadis'),
      opdId: null,
      token: null,
    };
    expect(await cak().hubungan(palsu, id('kadis'), hariIniKota(), {})).toBeNull();
    expect(cak().bolehKelolaDataInduk(palsu)).toBe(false);
    expect(() => cak().wajibKelolaDataInduk(palsu)).toThrow(/Hanya Admin BKPSDM/);

    // a blocked account: its token no longer opens anything
    const admin = await t.token('admin');
    const buat = await t
      .as(admin)
      .post('/api/panel/users')
      .send({ username: 'akan.diblokir', password: 'Rahasia2026', role: 'admin_bkpsdm' });
    expect(buat.status).toBe(201);
    const token = await t.login('akan.diblokir', 'Rahasia2026');
    expect((await t.as(token).get('/api/panel/pegawai')).status).toBe(200);
    expect((await t.as(admin).put(`/api/panel/users/${buat.body.id}`).send({ blocked: true })).status).toBe(200);
    const r = await t.as(token).get('/api/panel/pegawai');
    expect([401, 403]).toContain(r.status);
  });
});

describe('NIP and sanity of the fixture', () => {
  test('the demo NIPs of api.md are all present', () => {
    for (const k of Object.keys(NIP) as KunciNip[]) expect(t.demo.pegawai[k].nip).toBe(NIP[k]);
  });
});
