/**
 * The integrasi sync log as the panel resource `sync-log` (api.md): one row per run, read-only; the Admin
 * BKPSDM reads every run, an Admin OPD the runs of his own OPD (a city-wide run or another OPD's is not his);
 * a pegawai, the BKAD and the Inspektorat get 403.
 */
import { mulaiStrapi } from '../helpers/strapi';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const kode = (r: any) => [r.status, r.body?.error?.details?.code];
const daftar = (token: string, o: Record<string, unknown> = {}) =>
  t.as(token).get(
    `/api/panel/sync-log?${Object.entries({ range: [0, 49], ...o })
      .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
      .join('&')}`,
  );

const KOMINFO = '1.11.01';
const LAIN = '1.16.01'; // Sekretariat Daerah
const run: Record<string, { id: number; documentId: string }> = {};

beforeAll(async () => {
  jwt.staf = await t.token('199004042015031004');
  for (const u of ['admin', 'bkad', 'inspektorat']) jwt[u] = await t.token(u);
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  const log = t.strapi.plugin('integrasi').service('log');
  const admin = {
    userId: 1,
    username: 'admin',
    peran: 'admin_bkpsdm',
    jangkauan: 'SEMUA',
    pegawaiId: null,
    opdId: null,
    token: null,
  };
  const jam = (m: number) => new Date(Date.UTC(2026, 2, 1, 1, m));
  run.kominfo = await log.catat(
    {
      sistem: 'EKAK',
      jenis: 'TARIK_SASARAN',
      dryRun: true,
      mulai: jam(0),
      selesai: jam(1),
      tahun: 2026,
      kodeOpd: KOMINFO,
      jumlah: { buat: 3, ubah: 1, tetap: 20, konflik: 1 },
      galat: [{ rekaman: '199999999999999999', alasan: 'Pegawai tidak dikenal M-SKP.' }],
    },
    admin,
  );
  run.lain = await log.catat(
    {
      sistem: 'EKAK',
      jenis: 'TARIK_SASARAN',
      dryRun: false,
      mulai: jam(2),
      selesai: jam(3),
      tahun: 2026,
      kodeOpd: LAIN,
      gagal: { rekaman: null, alasan: 'eKAK tidak dapat dihubungi: koneksi ditolak (ECONNREFUSED).' },
    },
    admin,
  );
  run.kota = await log.catat(
    {
      sistem: 'SIMPEG',
      jenis: 'SINKRON_PEGAWAI',
      dryRun: false,
      mulai: jam(4),
      selesai: jam(5),
      jumlah: { tetap: 300 },
    },
    { ...admin, userId: null, username: 'sistem:simpeg-malam', peran: 'sistem', sistem: 'simpeg-malam' },
  );
});

describe('sync-log panel resource', () => {
  test('Admin BKPSDM: every run, newest first, with what ran, who, counts, errors, duration', async () => {
    const r = await daftar(jwt.admin);
    expect(r.status).toBe(200);
    expect(r.headers['content-range']).toBe('sync-log 0-2/3');
    expect(r.body.map((x: any) => x.id)).toEqual([run.kota.documentId, run.lain.documentId, run.kominfo.documentId]);
    expect(r.body[0]).toMatchObject({
      sistem: 'SIMPEG',
      jenis: 'SINKRON_PEGAWAI',
      pemicu: 'JADWAL',
      oleh: 'simpeg-malam',
      dry_run: false,
      kode_opd: null,
      jumlah: { tetap: 300 },
      galat: [],
      status: 'BERHASIL',
      durasi_ms: 60000,
    });
    expect(r.body[1]).toMatchObject({
      kode_opd: LAIN,
      status: 'GAGAL',
      pesan: 'eKAK tidak dapat dihubungi: koneksi ditolak (ECONNREFUSED).',
    });
    expect(r.body[2]).toMatchObject({
      kode_opd: KOMINFO,
      opd_nama: 'Dinas Komunikasi dan Informatika',
      pemicu: 'PENGGUNA',
      oleh: 'admin',
      dry_run: true,
      tahun: 2026,
      jumlah: { buat: 3, ubah: 1, tetap: 20, konflik: 1 },
      galat: [{ rekaman: '199999999999999999', alasan: 'Pegawai tidak dikenal M-SKP.' }],
      status: 'SEBAGIAN',
    });
    const satu = await t.as(jwt.admin).get(`/api/panel/sync-log/${run.lain.documentId}`);
    expect(satu.status).toBe(200);
    expect(satu.body).toMatchObject({ id: run.lain.documentId, status: 'GAGAL' });
  });

  test('filters: system, status, dry run', async () => {
    expect((await daftar(jwt.admin, { filter: { sistem: 'SIMPEG' } })).body.map((x: any) => x.id)).toEqual([
      run.kota.documentId,
    ]);
    expect((await daftar(jwt.admin, { filter: { status: 'GAGAL' } })).body.map((x: any) => x.id)).toEqual([
      run.lain.documentId,
    ]);
    expect((await daftar(jwt.admin, { filter: { dry_run: true } })).body.map((x: any) => x.id)).toEqual([
      run.kominfo.documentId,
    ]);
  });

  test("Admin OPD (Diskominfo): only the runs of his OPD; another OPD's run or a city run is not his", async () => {
    const r = await daftar(jwt.adminOpd);
    expect(r.status).toBe(200);
    expect(r.body.map((x: any) => x.id)).toEqual([run.kominfo.documentId]);
    expect((await t.as(jwt.adminOpd).get(`/api/panel/sync-log/${run.kominfo.documentId}`)).status).toBe(200);
    for (const lain of [run.lain, run.kota]) {
      const s = await t.as(jwt.adminOpd).get(`/api/panel/sync-log/${lain.documentId}`);
      expect([403, 404]).toContain(s.status);
    }
  });

  test("a pegawai, the BKAD and the Inspektorat: 403 AKSES_DITOLAK (or the role's area)", async () => {
    expect(kode(await daftar(jwt.staf))).toEqual([403, 'AKSES_DITOLAK']);
    expect(kode(await daftar(jwt.inspektorat))).toEqual([403, 'AKSES_DITOLAK']);
    expect(kode(await daftar(jwt.bkad))[0]).toBe(403);
  });

  test('read-only: no create, update or delete, even for the Admin BKPSDM', async () => {
    const id = run.kominfo.documentId;
    expect((await t.as(jwt.admin).post('/api/panel/sync-log').send({ sistem: 'EKAK' })).status).toBeGreaterThanOrEqual(
      400,
    );
    expect(
      (await t.as(jwt.admin).put(`/api/panel/sync-log/${id}`).send({ status: 'GAGAL' })).status,
    ).toBeGreaterThanOrEqual(400);
    expect((await t.as(jwt.admin).delete(`/api/panel/sync-log/${id}`)).status).toBeGreaterThanOrEqual(400);
    expect((await t.as(jwt.admin).get(`/api/panel/sync-log/${id}`)).body.status).toBe('SEBAGIAN');
  });

  test.each([
    ['an unknown status', `filter=${encodeURIComponent('{"status":"LAIN"}')}`],
    ['a non-numeric year', `filter=${encodeURIComponent('{"tahun":"dua ribu"}')}`],
    ['sort by a prototype key', `sort=${encodeURIComponent('["constructor","ASC"]')}`],
  ])('odd input (%s) → 200 or 400, never 500', async (_n, qs) => {
    expect([200, 400]).toContain((await t.as(jwt.admin).get(`/api/panel/sync-log?${qs}`)).status);
  });
});
