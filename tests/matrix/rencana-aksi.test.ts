/**
 * The scope matrix of rencana aksi, realisasi and capaian (quality.md Tests): every actor × every
 * target pegawai for GET /api/rencana-aksi?nip=, GET /api/capaian?nip=, POST realisasi on the target's
 * renaksi (only the owner) and POST /api/realisasi/:id/periksa (only the penilai, Plt included, or
 * Admin BKPSDM). Relations come from ./tabel.ts; data from the demo city (api.md: every named account
 * has renaksi with targets in every month and realisasi for the past months). BKAD reaches no performance
 * data (403 AKSES_DITOLAK on every cell, before any ownership check); Inspektorat reads and writes nothing.
 */
import { mulaiStrapi, hariIniKota, bulanTerbuka } from '../helpers/strapi';
import {
  AKTOR,
  SASARAN,
  NAMA_AKTOR,
  hubungan,
  lihatDalam,
  menjangkau,
  PENILAI,
  orang,
  type Aktor,
  type Sasaran,
} from './tabel';

const t = mulaiStrapi();
const { sasaran, jwt } = orang(t);
const hari = hariIniKota();
const tahun = Number(hari.slice(0, 4));
const bulan = Number(hari.slice(5, 7));

const sel = <T>(f: (a: Aktor, s: Sasaran) => T) => AKTOR.flatMap((a) => SASARAN.map((s) => [a, s, f(a, s)] as const));
const lihat = (a: Aktor, s: Sasaran) => (lihatDalam('kinerja', a, s) ? 200 : 403);

/** the first renaksi of each target with a target this month, and one of its realisasi (any month) */
const renaksi = new Map<Sasaran, string>();
const realisasi = new Map<Sasaran, string>();

let terbuka: number[] = [];

beforeAll(async () => {
  terbuka = await bulanTerbuka(t.strapi, tahun);
  for (const s of SASARAN) {
    const p = sasaran(s);
    const rs = await t.strapi.db.query('plugin::kinerja.rencana-aksi').findMany({
      where: { pegawai: { id: p.pegawaiId }, tahun, rhk: { skp: { status: 'DISETUJUI' } } },
      select: ['id', 'documentId', 'target'],
      orderBy: { id: 'asc' },
    });
    const r = rs.find((x: any) => (x.target ?? []).some((y: any) => y.bulan === bulan));
    if (r) renaksi.set(s, r.documentId);
    // the latest realisasi in an open quarter (the demo city locks a paid quarter)
    const x = await t.strapi.db.query('plugin::kinerja.realisasi').findOne({
      where: { pegawai: { id: p.pegawaiId }, tahun, bulan: { $in: terbuka } },
      select: ['documentId'],
      orderBy: { bulan: 'desc' },
    });
    if (x) realisasi.set(s, x.documentId);
  }
});

test('the demo city gives every named account renaksi for this month and realisasi', () => {
  for (const s of SASARAN.filter((x) => x !== 'lainOpd')) {
    expect({ s, renaksi: renaksi.has(s) }).toEqual({ s, renaksi: true });
    if (bulan > 1) expect({ s, realisasi: realisasi.has(s) }).toEqual({ s, realisasi: true });
  }
});

describe('GET /api/rencana-aksi?nip=', () => {
  test.each(
    sel(lihat).map(
      ([a, s, st]) => [`${NAMA_AKTOR[a]} × renaksi × ${hubungan(a, s)} (${s}) → ${st}`, a, s, st] as const,
    ),
  )('%s', async (_n, a, s, st) => {
    const r = await t.as(await jwt(a)).get(`/api/rencana-aksi?nip=${sasaran(s).nip}&tahun=${tahun}`);
    expect(r.status).toBe(st);
    if (st === 200) expect(r.body.data.every((x: any) => x.nip === sasaran(s).nip)).toBe(true);
    else expect(r.body.error.details.code).toBe('AKSES_DITOLAK');
  });
});

describe('GET /api/capaian?nip=', () => {
  test.each(
    sel(lihat).map(
      ([a, s, st]) => [`${NAMA_AKTOR[a]} × capaian × ${hubungan(a, s)} (${s}) → ${st}`, a, s, st] as const,
    ),
  )('%s', async (_n, a, s, st) => {
    const r = await t.as(await jwt(a)).get(`/api/capaian?nip=${sasaran(s).nip}&tahun=${tahun}&bulan=${bulan}`);
    expect(r.status).toBe(st);
  });
});

describe('POST /api/rencana-aksi/:id/realisasi: only the owner', () => {
  const tulis = (a: Aktor, s: Sasaran) => (hubungan(a, s) === 'diri' ? 'pemilik' : 403);
  test.each(
    sel(tulis).map(
      ([a, s, st]) => [`${NAMA_AKTOR[a]} × realisasi (write) × ${hubungan(a, s)} (${s}) → ${st}`, a, s, st] as const,
    ),
  )('%s', async (_n, a, s, st) => {
    const id = renaksi.get(s);
    if (!id) return expect(s).toBe('lainOpd'); // the generated pegawai of another OPD may have no renaksi this month
    const sebelum = await t.strapi.db
      .query('plugin::kinerja.realisasi')
      .count({ where: { rencana_aksi: { documentId: id } } });
    // a body the owner may not send (no evidence) tells the two apart without writing: 403 before 400
    const r = await t
      .as(await jwt(a))
      .post(`/api/rencana-aksi/${id}/realisasi`)
      .send({ bulan, nilai: 1 });
    if (st === 403) {
      expect(r.status).toBe(403);
      expect(r.body.error.details.code).toBe(menjangkau(a, 'kinerja') ? 'BUKAN_PEMILIK' : 'AKSES_DITOLAK');
    } else expect(r.status).not.toBe(403);
    expect(
      await t.strapi.db.query('plugin::kinerja.realisasi').count({ where: { rencana_aksi: { documentId: id } } }),
    ).toBe(sebelum);
  });
});

describe("POST /api/realisasi/:id/periksa: only the target's penilai (Plt included) or Admin BKPSDM", () => {
  const periksa = (a: Aktor, s: Sasaran) => (a === 'admin' || PENILAI[s] === a ? 200 : 403);
  test.each(
    sel(periksa).map(
      ([a, s, st]) => [`${NAMA_AKTOR[a]} × check × ${hubungan(a, s)} (${s}) → ${st}`, a, s, st] as const,
    ),
  )('%s', async (_n, a, s, st) => {
    const id = realisasi.get(s);
    if (!id) return expect(s === 'lainOpd' || bulan === 1).toBe(true);
    const r = await t
      .as(await jwt(a))
      .post(`/api/realisasi/${id}/periksa`)
      .send({ umpan_balik: `Matriks ${a}` });
    expect(r.status).toBe(st);
    const row = await t.strapi.db
      .query('plugin::kinerja.realisasi')
      .findOne({ where: { documentId: id }, select: ['umpan_balik'] });
    if (st === 200) expect(row.umpan_balik).toBe(`Matriks ${a}`);
    else expect(row.umpan_balik).not.toBe(`Matriks ${a}`);
  });
});
