/**
 * GET /api/integrasi/status: the "Status integrasi" card of the sync log screen. Each system (eKAK, SIMPEG) on
 * with its URL, or off with "tidak dikonfigurasi" as a state (200), never an error. Admin BKPSDM and Admin OPD
 * read it; a pegawai, the BKAD, the Inspektorat and an anonymous caller are refused.
 */
import { mulaiStrapi } from '../helpers/strapi';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const kode = (r: any) => [r.status, r.body?.error?.details?.code];
const status = (token: string) => t.as(token).get('/api/integrasi/status');

beforeAll(async () => {
  jwt.staf = await t.token('199004042015031004');
  for (const u of ['admin', 'bkad', 'inspektorat']) jwt[u] = await t.token(u);
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  // eKAK on, SIMPEG switched off (no SIMPEG_URL), whatever the machine's own settings are
  t.strapi.plugin('integrasi').service('klien').segarkan({ EKAK_URL: 'http://127.0.0.1:4101' });
});

afterAll(() => {
  t.strapi?.plugin('integrasi').service('klien').segarkan();
});

describe('GET /api/integrasi/status', () => {
  test('Admin BKPSDM: eKAK on with its URL, SIMPEG "tidak dikonfigurasi" (a state, not an error)', async () => {
    const r = await status(jwt.admin);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual([
      {
        kode: 'EKAK',
        sistem: 'eKAK',
        aktif: true,
        status: 'AKTIF',
        url: 'http://127.0.0.1:4101',
        pesan: 'eKAK aktif.',
      },
      {
        kode: 'SIMPEG',
        sistem: 'SIMPEG',
        aktif: false,
        status: 'TIDAK_DIKONFIGURASI',
        url: null,
        pesan: 'SIMPEG tidak dikonfigurasi (SIMPEG_URL kosong).',
      },
    ]);
  });

  test('Admin OPD: the same answer', async () => {
    const r = await status(jwt.adminOpd);
    expect(r.status).toBe(200);
    expect(r.body.data.map((s: any) => [s.kode, s.aktif])).toEqual([
      ['EKAK', true],
      ['SIMPEG', false],
    ]);
  });

  test('a malformed setting: off, naming the variable, still 200', async () => {
    const klien = t.strapi.plugin('integrasi').service('klien');
    klien.segarkan({ EKAK_URL: 'http://127.0.0.1:4101', EKAK_TIMEOUT_MS: 'lama' });
    try {
      const r = await status(jwt.admin);
      expect(r.status).toBe(200);
      expect(r.body.data[0]).toMatchObject({ kode: 'EKAK', aktif: false, status: 'KONFIGURASI_SALAH', url: null });
      expect(r.body.data[0].pesan).toContain('EKAK_TIMEOUT_MS');
    } finally {
      klien.segarkan({ EKAK_URL: 'http://127.0.0.1:4101' });
    }
  });

  test('a pegawai, the Inspektorat and the BKAD: 403 AKSES_DITOLAK', async () => {
    for (const u of ['staf', 'inspektorat', 'bkad']) {
      expect([u, ...kode(await status(jwt[u]))]).toEqual([u, 403, 'AKSES_DITOLAK']);
    }
  });

  test('no token: refused', async () => {
    expect([401, 403]).toContain((await t.http().get('/api/integrasi/status')).status);
  });
});
