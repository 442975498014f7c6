/**
 * GET /api/integrasi/simpeg/monitor: the demo city against its own mock SIMPEG (started here on a free port, the
 * client pointed at it) gives zero differences; the mock's switches give known counts for the city, one OPD and
 * an Admin OPD's own scope; SIMPEG switched off is a 503 refusal, SIMPEG down a 502 and a failed sync-log row.
 */
import { mulaiStrapi, NIP } from '../helpers/strapi';
import { buatTokenApi } from '../helpers/token';

// scripts/mock is plain Node (CommonJS)
const mock = require('../../scripts/mock');

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
let m: any; // the mock pair (plain JS)
let opdLain: string; // an OPD other than Diskominfo, from the mock's data
const NIP_BARU = '199501012020121099';
const kode = (r: any) => [r.status, r.body?.error?.details?.code];
const monitor = (token: string, query = '') => t.as(token).get(`/api/integrasi/simpeg/monitor${query}`);
const klien = () => t.strapi.plugin('integrasi').service('klien');
const arahkan = () =>
  klien().segarkan({
    SIMPEG_URL: m.url.simpeg,
    SIMPEG_TIMEOUT_MS: '2000',
    SIMPEG_PERCOBAAN_MAKS: '2',
    SIMPEG_TUNDA_AWAL_MS: '10',
  });
const logTerakhir = async () =>
  (
    await t.strapi.db
      .query('plugin::integrasi.sync-log')
      .findMany({ where: { sistem: 'SIMPEG', jenis: 'MONITOR' }, orderBy: { id: 'desc' }, limit: 1 })
  )[0];

/** The known changes: Kadis' golongan, the staf moved to another OPD, a pegawai M-SKP does not know there. */
function ubahMock() {
  m.simpeg.ubahPegawai(NIP.kadis, { golRuangAkhirId: '43', golRuangAkhir: 'IV/c' });
  m.simpeg.pindahkanPegawai(NIP.staf, { kodeOpd: opdLain, jabatanId: `${opdLain}-99` });
  m.simpeg.tambahPegawai({ ...structuredClone(m.simpeg.record(NIP.kadis)), nipBaru: NIP_BARU, kodeOpd: opdLain });
}

beforeAll(async () => {
  for (const u of ['admin', 'bkad', 'inspektorat']) jwt[u] = await t.token(u);
  jwt.staf = await t.token(NIP.staf);
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  const data = mock.dataKotaDemo({ pegawai: Number(process.env.MSKP_DEMO_PEGAWAI), sekarang: new Date() });
  m = await mock.mulaiMock({ data });
  opdLain = [...data.simpeg.values()].find((p: any) => p.kodeOpd !== '1.11.01').kodeOpd;
  arahkan();
});

afterAll(async () => {
  t.strapi?.plugin('integrasi').service('klien').segarkan();
  await m?.berhenti();
});

beforeEach(() => {
  m.simpeg.reset();
  arahkan();
});

describe('GET /api/integrasi/simpeg/monitor', () => {
  test('the demo city against its own mock: zero differences, every jenis counted, a BERHASIL sync-log row', async () => {
    const r = await monitor(jwt.admin);
    expect(r.status).toBe(200);
    expect(r.body.data.selisih).toEqual([]);
    expect(r.body.data).toMatchObject({ kode_opd: null, jumlah: 0, pegawai: 0 });
    expect(Object.values(r.body.data.ringkasan)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(await logTerakhir()).toMatchObject({ status: 'BERHASIL', pemicu: 'PENGGUNA', oleh: 'admin', dry_run: true });
  });

  test('the mock switches: known counts for the city, the jenis filter, one OPD', async () => {
    ubahMock();
    const r = await monitor(jwt.admin);
    expect(r.status).toBe(200);
    expect(r.body.data.ringkasan).toEqual({
      TIDAK_ADA_DI_MSKP: 1,
      TIDAK_ADA_DI_SIMPEG: 0,
      NAMA_GELAR: 0,
      GOLONGAN: 1,
      JENIS_ASN_STATUS: 0,
      JABATAN: 1,
      OPD: 1,
      PENUGASAN: 2, // the old post ended the day before the move; the new one M-SKP lacks
    });
    expect([r.body.data.jumlah, r.body.data.pegawai, r.body.data.selisih.length]).toEqual([6, 3, 6]);
    expect(r.body.data.selisih).toContainEqual({
      nip: NIP.staf,
      jenis: 'OPD',
      nilai_mskp: '1.11.01',
      nilai_simpeg: opdLain,
    });
    expect(await logTerakhir()).toMatchObject({
      status: 'BERHASIL',
      jumlah: expect.objectContaining({ jumlah: 6, pegawai: 3, GOLONGAN: 1 }),
    });

    const saring = await monitor(jwt.admin, '?jenis=golongan,OPD');
    expect(saring.status).toBe(200);
    expect(saring.body.data.selisih.map((s: any) => [s.nip, s.jenis])).toEqual([
      [NIP.kadis, 'GOLONGAN'],
      [NIP.staf, 'OPD'],
    ]);
    expect(saring.body.data.jumlah).toBe(6);

    // the other OPD: only the pegawai M-SKP lacks (the moved staf is still Diskominfo's in M-SKP)
    const lain = await monitor(jwt.admin, `?kode_opd=${opdLain}`);
    expect(lain.status).toBe(200);
    expect(lain.body.data.selisih).toEqual([
      { nip: NIP_BARU, jenis: 'TIDAK_ADA_DI_MSKP', nilai_mskp: null, nilai_simpeg: expect.any(String) },
    ]);
  });

  test('Admin OPD: his own OPD by default (the moved staf asked one by one), another OPD 403', async () => {
    ubahMock();
    const r = await monitor(jwt.adminOpd);
    expect(r.status).toBe(200);
    expect(r.body.data.kode_opd).toBe('1.11.01');
    expect(r.body.data.ringkasan).toMatchObject({ TIDAK_ADA_DI_MSKP: 0, TIDAK_ADA_DI_SIMPEG: 0, GOLONGAN: 1, OPD: 1 });
    expect([r.body.data.jumlah, r.body.data.pegawai]).toEqual([5, 2]);
    expect((await monitor(jwt.adminOpd, '?kode_opd=1.11.01')).status).toBe(200);
    expect(kode(await monitor(jwt.adminOpd, `?kode_opd=${opdLain}`))).toEqual([403, 'AKSES_DITOLAK']);
  });

  test('bad input: an unknown jenis or OPD is a 4xx naming it', async () => {
    const r = await monitor(jwt.admin, '?jenis=GOLONGAN,WARNA');
    expect([...kode(r), r.body.error.details.field]).toEqual([400, 'JENIS_SELISIH_TIDAK_DIKENAL', 'jenis']);
    expect(kode(await monitor(jwt.admin, '?kode_opd=9.99.99'))).toEqual([404, 'OPD_TIDAK_DITEMUKAN']);
    expect(kode(await monitor(jwt.admin, `?kode_opd=${'x'.repeat(60)}`))).toEqual([400, 'ISIAN_TIDAK_VALID']);
    const lain = await monitor(jwt.admin, '?sort=nama');
    expect([...kode(lain), lain.body.error.details.field]).toEqual([400, 'ISIAN_TIDAK_VALID', 'sort']);
    expect(lain.body.error.message).toContain('parameter tidak dikenal');
  });

  test('others, API tokens and anonymous callers are refused', async () => {
    for (const u of ['staf', 'inspektorat', 'bkad']) {
      expect([u, ...kode(await monitor(jwt[u]))]).toEqual([u, 403, 'AKSES_DITOLAK']);
    }
    expect([401, 403]).toContain((await t.http().get('/api/integrasi/simpeg/monitor')).status);
    const token = await buatTokenApi(t, `uji-monitor-${Date.now()}`, ['rencana-aksi:read', 'spip:read']);
    expect((await monitor(token)).status).toBe(403);
  });

  test("M-SKP's side in a constant number of queries (none per pegawai)", async () => {
    const pegawai: number = await t.strapi.db.query('plugin::inti.pegawai').count();
    const { jumlah, sql } = await t.hitungQuery(() => monitor(jwt.admin));
    expect(pegawai).toBeGreaterThanOrEqual(30);
    expect(sql.filter((q) => /from\s+(?:[`"]\w+[`"]\.)?[`"]?penugasan/i.test(q))).toHaveLength(1);
    expect(jumlah).toBeLessThan(20);
  });

  test('SIMPEG switched off: 503 "SIMPEG tidak dikonfigurasi"', async () => {
    klien().segarkan({});
    const r = await monitor(jwt.admin);
    expect(kode(r)).toEqual([503, 'SIMPEG_TIDAK_DIKONFIGURASI']);
    expect(r.body.error.message).toContain('SIMPEG tidak dikonfigurasi');
  });

  test('SIMPEG answering 5xx: 502 with the client error and a GAGAL sync-log row with its reason', async () => {
    m.simpeg.setel({ galat5xx: 100 });
    const r = await monitor(jwt.admin);
    expect(kode(r)).toEqual([502, 'SIMPEG_TIDAK_TERHUBUNG']);
    const log = await logTerakhir();
    expect(log).toMatchObject({ status: 'GAGAL', sistem: 'SIMPEG', jenis: 'MONITOR' });
    expect(log.pesan).toContain('SIMPEG tidak dapat dihubungi');
  });
});
