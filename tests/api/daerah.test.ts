/**
 * The regional identity is policy, not code (config/kebijakan/daerah.json): this server boots with a
 * copy of the repository's policy folder (MSKP_CONFIG_DIR) whose `daerah` describes another region
 * with two terms of its kepala daerah. Its prints must carry that region's kop surat, default place
 * and Pihak Kedua, chosen at the document's date, and /api/users/me must hand the panel its identity.
 * Neither the government, the head nor the place of Kota Madiun may show.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { mulaiStrapi, AKAR, hariIniKota } from '../helpers/strapi';
import { cetak, teks, NAMA_BULAN } from '../helpers/pdf';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mskp-config-'));
fs.mkdirSync(path.join(folder, 'kebijakan'));
for (const f of fs.readdirSync(path.join(AKAR, 'config', 'kebijakan')).filter((x) => x.endsWith('.json'))) {
  fs.copyFileSync(path.join(AKAR, 'config', 'kebijakan', f), path.join(folder, 'kebijakan', f));
}
const nilai = (nama: string | null) => ({
  nama_pemerintah: 'PEMERINTAH KABUPATEN PONOROGO',
  nama_daerah: 'Kabupaten Ponorogo',
  tempat_default: 'Ponorogo',
  kepala_daerah: { jabatan: 'Bupati Ponorogo', nama, nip: null },
});
const MULAI_BARU = '2025-02-20';
fs.writeFileSync(
  path.join(folder, 'kebijakan', 'daerah.json'),
  JSON.stringify({
    nama: 'daerah',
    keterangan: 'uji: daerah lain, dua masa jabatan',
    versi: [
      { kode: 'uji-lama', berlaku_mulai: '2020-01-01', dasar: 'uji', nilai: nilai('Drs. Pejabat Lama') },
      { kode: 'uji-baru', berlaku_mulai: MULAI_BARU, dasar: 'uji', nilai: nilai('Dr. Pejabat Baru, S.H.') },
    ],
  }),
);
const sebelumnya = process.env.MSKP_CONFIG_DIR;
process.env.MSKP_CONFIG_DIR = folder;

const t = mulaiStrapi();
let jwt = '';
let KODE_OPD = '';
const hariIni = hariIniKota();
const [y, m, d] = hariIni.split('-').map(Number);
const tahun = y;
const teksHariIni = `${d} ${NAMA_BULAN[m - 1]} ${y}`;
const rapat = (b: Buffer) => teks(b).replace(/[ \t]+/g, ' ');

beforeAll(async () => {
  jwt = await t.token('admin');
  KODE_OPD = (
    await t.strapi.db
      .query('plugin::inti.opd')
      .findOne({ where: { id: t.demo.opdDiskominfo.id }, select: ['kode_opd'] })
  ).kode_opd;
});
afterAll(() => {
  if (sebelumnya === undefined) delete process.env.MSKP_CONFIG_DIR;
  else process.env.MSKP_CONFIG_DIR = sebelumnya;
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('prints read policy `daerah`', () => {
  test('PK: kop, default place and Pihak Kedua of the configured region (today: the new term)', async () => {
    const c = await cetak(t, jwt, `/api/cetak/perjanjian-kinerja?tahun=${tahun}&kode_opd=${KODE_OPD}`);
    expect(c.status).toBe(200);
    const s = rapat(c.berkas);
    expect(s).toContain('PEMERINTAH KABUPATEN PONOROGO');
    expect(s).toContain(`Ponorogo, ${teksHariIni}`);
    expect(s).toContain('Bupati Ponorogo,');
    expect(s).toContain('Dr. Pejabat Baru, S.H.');
    expect(s).not.toContain('Pejabat Lama');
    // the demo city's data may name Madiun (sasaran texts); its government, head and place may not
    expect(s).not.toMatch(/PEMERINTAH KOTA MADIUN|Wali Kota Madiun|Madiun, \d/);
  });

  test('PK dated in the previous term prints the previous kepala daerah; ?tempat= still overrides', async () => {
    const c = await cetak(
      t,
      jwt,
      `/api/cetak/perjanjian-kinerja?tahun=2025&kode_opd=${KODE_OPD}&tanggal=2025-01-10&tempat=Jetis`,
    );
    expect(c.status).toBe(200);
    const s = rapat(c.berkas);
    expect(s).toContain('Drs. Pejabat Lama');
    expect(s).not.toContain('Pejabat Baru');
    expect(s).toContain('Jetis, 10 Januari 2025');
    expect(s).not.toContain('Ponorogo, 10 Januari 2025');
    // the day the new term starts
    const baru = rapat(
      (await cetak(t, jwt, `/api/cetak/perjanjian-kinerja?tahun=2025&kode_opd=${KODE_OPD}&tanggal=${MULAI_BARU}`))
        .berkas,
    );
    expect(baru).toContain('Dr. Pejabat Baru, S.H.');
    expect(baru).toContain('Ponorogo, 20 Februari 2025');
  });

  test('GET /api/pk names the kepala daerah of the year', async () => {
    const r = await t.as(jwt).get(`/api/pk?tahun=${tahun}&kode_opd=${KODE_OPD}`);
    expect(r.status).toBe(200);
    expect(r.body.data.kepala_daerah).toEqual({
      jabatan: 'Bupati Ponorogo',
      nama: 'Dr. Pejabat Baru, S.H.',
      nip: null,
    });
  });

  test('another print (Laporan Predikat recap PDF): kop and default place from policy', async () => {
    const c = await cetak(t, jwt, `/api/laporan/predikat?tahun=${tahun}&bulan=${m}&format=pdf`);
    expect(c.status).toBe(200);
    const s = rapat(c.berkas);
    expect(s).toContain('PEMERINTAH KABUPATEN PONOROGO');
    expect(s).toContain(`Ponorogo, ${teksHariIni}`);
    expect(s).not.toMatch(/PEMERINTAH KOTA MADIUN|Madiun, \d/);
  });
});

describe('/api/users/me hands the panel the region', () => {
  test('nama_pemerintah, nama_daerah, tempat_default; no official names', async () => {
    const r = await t.as(jwt).get('/api/users/me');
    expect(r.status).toBe(200);
    expect(r.body.daerah).toEqual({
      nama_pemerintah: 'PEMERINTAH KABUPATEN PONOROGO',
      nama_daerah: 'Kabupaten Ponorogo',
      tempat_default: 'Ponorogo',
    });
  });
});

describe('GET /api/daerah (public: the login page shows the region before sign-in)', () => {
  test('no token needed; the same three fields; no official', async () => {
    const r = await t.http().get('/api/daerah');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      data: {
        nama_pemerintah: 'PEMERINTAH KABUPATEN PONOROGO',
        nama_daerah: 'Kabupaten Ponorogo',
        tempat_default: 'Ponorogo',
      },
    });
    expect(JSON.stringify(r.body)).not.toContain('Pejabat');
  });
  test('read-only: other methods are not routes', async () => {
    expect((await t.http().post('/api/daerah').send({})).status).toBeGreaterThanOrEqual(400);
  });
});
