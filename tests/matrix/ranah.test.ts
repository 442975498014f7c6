/**
 * Issue 10 item 6 (BKAD sees everything): the BKAD and Inspektorat rows of the role × endpoint matrix, one
 * cell per endpoint, against domain.md §9 as ./tabel.ts `menjangkau` states it (Admin BKPSDM as the control
 * row). BKAD: TPP, presensi, DPA/PK, locks and their exports, and the pegawai master a TPP line needs;
 * none of SKP, renaksi, realisasi, evidence files, capaian, evaluations, predikat or performance prints.
 * Inspektorat: reads the performance views, DPA/PK and the TPP exports; no TPP run, no lock, no import, no write.
 * A refused area is 403 AKSES_DITOLAK before any lookup; a reached one answers as for Admin BKPSDM.
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';
import { menjangkau, type Aktor, type Ranah } from './tabel';

const t = mulaiStrapi();
const hari = hariIniKota();
const tahun = Number(hari.slice(0, 4));
const bulan = Number(hari.slice(5, 7));
/** last month (in the demo year when it is January: this month) has realisasi and evaluations */
const bulanLalu = bulan > 1 ? bulan - 1 : 1;

const AKTOR: Aktor[] = ['admin', 'bkad', 'inspektorat'];
const id: Record<string, string> = {};

beforeAll(async () => {
  const staf = t.demo.pegawai.staf;
  const skp = await t.strapi.db
    .query('plugin::kinerja.skp')
    .findOne({ where: { pegawai: { id: staf.pegawaiId }, tahun, status: 'DISETUJUI' }, select: ['documentId'] });
  id.skp = skp.documentId;
  const real = await t.strapi.db.query('plugin::kinerja.realisasi').findMany({
    where: { pegawai: { id: staf.pegawaiId }, tahun },
    populate: { bukti: { select: ['id'] } },
    orderBy: { bulan: 'desc' },
  });
  id.bukti = String(real.find((r: any) => r.bukti?.length)?.bukti[0].id ?? '');
  const opd = await t.strapi.db
    .query('plugin::inti.opd')
    .findOne({ where: { id: t.demo.opdDiskominfo.id }, select: ['kode_opd'] });
  id.kodeOpd = opd.kode_opd;
});

/** [endpoint name, area, url builder, status when the area is reached (per actor when a rule inside decides more)] */
const BACA: [string, Ranah, () => string, number | Partial<Record<Aktor, number>>][] = [
  ['GET /api/skp/:id', 'kinerja', () => `/api/skp/${id.skp}`, 200],
  ['GET /api/skp/:id/riwayat', 'kinerja', () => `/api/skp/${id.skp}/riwayat`, 200],
  ['GET /api/rencana-aksi?nip=', 'kinerja', () => `/api/rencana-aksi?nip=${NIP.staf}&tahun=${tahun}`, 200],
  ['GET /api/rencana-aksi (list)', 'kinerja', () => `/api/rencana-aksi?tahun=${tahun}&bulan=${bulan}`, 200],
  ['GET /api/capaian', 'kinerja', () => `/api/capaian?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulanLalu}`, 200],
  ['GET /api/evaluasi', 'kinerja', () => `/api/evaluasi?tahun=${tahun}`, 200],
  ['GET /api/evaluasi?nip=', 'kinerja', () => `/api/evaluasi?nip=${NIP.staf}&tahun=${tahun}`, 200],
  [
    'GET /api/evaluasi/persiapan',
    'kinerja',
    () => `/api/evaluasi/persiapan?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulanLalu}`,
    200,
  ],
  ['GET /api/bukti/:id (evidence file)', 'kinerja', () => `/api/bukti/${id.bukti}`, 200],
  [
    'GET /api/predikat-organisasi',
    'kinerja',
    () => `/api/predikat-organisasi?kode_opd=${id.kodeOpd}&tahun=${tahun}&bulan=${bulanLalu}`,
    200,
  ],
  ['GET /api/statistik/rhk', 'kinerja', () => `/api/statistik/rhk?tahun=${tahun}`, 200],
  [
    'GET /api/cetak/skp-bulanan',
    'kinerja',
    () => `/api/cetak/skp-bulanan?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulanLalu}`,
    200,
  ],
  ['GET /api/cetak/rencana-skp', 'kinerja', () => `/api/cetak/rencana-skp?skp=${id.skp}`, 200],
  ['GET /api/cetak/lampiran-skp', 'kinerja', () => `/api/cetak/lampiran-skp?skp=${id.skp}`, 200],
  [
    'GET /api/laporan/predikat',
    'kinerja',
    () => `/api/laporan/predikat?tahun=${tahun}&bulan=${bulanLalu}&kode_opd=${id.kodeOpd}`,
    200,
  ],
  ['GET /api/panel/skp', 'kinerja', () => '/api/panel/skp', 200],
  ['GET /api/panel/rhk', 'kinerja', () => '/api/panel/rhk', 200],
  ['GET /api/panel/iki', 'kinerja', () => '/api/panel/iki', 200],
  ['GET /api/panel/rencana-aksi', 'kinerja', () => '/api/panel/rencana-aksi', 200],
  ['GET /api/panel/realisasi', 'kinerja', () => '/api/panel/realisasi', 200],
  ['GET /api/panel/evaluasi', 'kinerja', () => '/api/panel/evaluasi', 200],
  ['GET /api/panel/sasaran-opd', 'kinerja', () => '/api/panel/sasaran-opd', 200],
  ['GET /api/tpp', 'tpp', () => `/api/tpp?tahun=${tahun}&bulan=${bulanLalu}`, 200],
  [
    'GET /api/tpp/riwayat (BKAD history export)',
    'tpp',
    () => `/api/tpp/riwayat?tahun=${tahun}&kode_opd=${id.kodeOpd}&format=xlsx`,
    200,
  ],
  // the attendance import is BKPSDM's and Admin OPD's (integrations.md Presensi): BKAD reads the result in the TPP lines
  [
    'GET /api/tpp/presensi/template',
    'tpp',
    () => '/api/tpp/presensi/template?format=xlsx',
    { admin: 200, bkad: 403, inspektorat: 403 },
  ],
  ['GET /api/panel/tpp', 'tpp', () => '/api/panel/tpp', 200],
  ['GET /api/dpa', 'dpa', () => `/api/dpa?tahun=${tahun}&kode_opd=${id.kodeOpd}`, 200],
  ['GET /api/pk', 'dpa', () => `/api/pk?tahun=${tahun}&kode_opd=${id.kodeOpd}`, 200],
  ['GET /api/panel/pegawai', 'induk', () => '/api/panel/pegawai', 200],
  ['GET /api/panel/opd', 'induk', () => '/api/panel/opd', 200],
  ['GET /api/panel/jabatan', 'induk', () => '/api/panel/jabatan', 200],
];

const harap = (a: Aktor, ranah: Ranah, ok: number | Partial<Record<Aktor, number>>): number =>
  !menjangkau(a, ranah) ? 403 : typeof ok === 'number' ? ok : (ok[a] as number);
const SEL = AKTOR.flatMap((a) =>
  BACA.map(
    ([nama, ranah, url, ok]) =>
      [`${a} × ${nama} (${ranah}) → ${harap(a, ranah, ok)}`, a, ranah, url, harap(a, ranah, ok)] as const,
  ),
);

describe('reads: each area reached or refused', () => {
  test('the fixture has an evidence file of the staff', () => expect(id.bukti).toMatch(/^\d+$/));

  test.each(SEL)('%s', async (_n, a, _r, url, status) => {
    const r = await t.as(await t.token(a)).get(url());
    expect(r.status).toBe(status);
    if (status === 403) expect(r.body.error.details.code).toBe('AKSES_DITOLAK');
  });

  test.each(['bkad', 'inspektorat'] as Aktor[])(
    '%s: GET /api/tpp/kunci (the lock states) → 200, four quarters',
    async (a) => {
      const r = await t.as(await t.token(a)).get(`/api/tpp/kunci?tahun=${tahun}`);
      expect(r.status).toBe(200);
      expect(r.body.data).toHaveLength(4);
    },
  );
});

describe('writes: Inspektorat writes nothing, BKAD nothing of performance; neither runs what is not theirs', () => {
  const TULIS: [string, Aktor, 'post' | 'put', () => string, () => Record<string, unknown>, string][] = [
    [
      'Inspektorat × POST /api/tpp/presensi/impor (attendance import)',
      'inspektorat',
      'post',
      () => '/api/tpp/presensi/impor',
      () => ({}),
      'AKSES_DITOLAK',
    ],
    [
      'Inspektorat × POST /api/tpp/hitung (TPP run)',
      'inspektorat',
      'post',
      () => '/api/tpp/hitung',
      () => ({ tahun, bulan: bulanLalu }),
      'AKSES_DITOLAK',
    ],
    [
      'Inspektorat × POST /api/tpp/kunci (lock)',
      'inspektorat',
      'post',
      () => '/api/tpp/kunci',
      () => ({ tahun, triwulan: 1 }),
      'AKSES_DITOLAK',
    ],
    [
      'Inspektorat × POST /api/tpp/buka (unlock)',
      'inspektorat',
      'post',
      () => '/api/tpp/buka',
      () => ({ tahun, triwulan: 1, alasan: 'Uji matriks peran' }),
      'AKSES_DITOLAK',
    ],
    [
      'Inspektorat × POST /api/evaluasi',
      'inspektorat',
      'post',
      () => '/api/evaluasi',
      () => ({ nip: NIP.staf, tahun, bulan: bulanLalu, rating_hasil: 2, rating_perilaku: 2 }),
      '',
    ],
    [
      'Inspektorat × PUT /api/predikat-organisasi',
      'inspektorat',
      'put',
      () => '/api/predikat-organisasi',
      () => ({
        kode_opd: id.kodeOpd,
        tahun,
        bulan: bulanLalu,
        predikat: 'BAIK',
        alasan: 'Uji matriks peran: tidak boleh',
      }),
      '',
    ],
    [
      'Inspektorat × POST /api/skp/:id/setujui',
      'inspektorat',
      'post',
      () => `/api/skp/${id.skp}/setujui`,
      () => ({}),
      '',
    ],
    [
      'BKAD × POST /api/evaluasi',
      'bkad',
      'post',
      () => '/api/evaluasi',
      () => ({ nip: NIP.staf, tahun, bulan: bulanLalu, rating_hasil: 2, rating_perilaku: 2 }),
      'AKSES_DITOLAK',
    ],
    [
      'BKAD × POST /api/skp/:id/setujui',
      'bkad',
      'post',
      () => `/api/skp/${id.skp}/setujui`,
      () => ({}),
      'AKSES_DITOLAK',
    ],
    [
      'BKAD × PUT /api/predikat-organisasi',
      'bkad',
      'put',
      () => '/api/predikat-organisasi',
      () => ({
        kode_opd: id.kodeOpd,
        tahun,
        bulan: bulanLalu,
        predikat: 'BAIK',
        alasan: 'Uji matriks peran: tidak boleh',
      }),
      'AKSES_DITOLAK',
    ],
    [
      "BKAD × POST /api/tpp/buka (unlock is BKPSDM's)",
      'bkad',
      'post',
      () => '/api/tpp/buka',
      () => ({ tahun, triwulan: 1, alasan: 'Uji matriks peran' }),
      'AKSES_DITOLAK',
    ],
  ];
  test.each(TULIS)('%s → 403', async (_n, a, m, url, body, kode) => {
    const audit = await t.strapi.db.query('plugin::inti.audit-log').count({ where: { aktor: a } });
    const r = await t
      .as(await t.token(a))
      [m](url())
      .send(body());
    expect(r.status).toBe(403);
    if (kode) expect(r.body.error.details.code).toBe(kode);
    expect(await t.strapi.db.query('plugin::inti.audit-log').count({ where: { aktor: a } })).toBe(audit);
  });

  test.each(['bkad', 'inspektorat'] as Aktor[])(
    '%s: POST, PUT on a kinerja panel resource and on the pegawai master → 403',
    async (a) => {
      const jwt = await t.token(a);
      const pegawai = await t
        .as(jwt)
        .put(`/api/panel/pegawai/${t.demo.pegawai.staf.documentId}`)
        .send({ alamat: `Jl. ${a}` });
      expect(pegawai.status).toBe(403);
      const skp = await t.as(jwt).put(`/api/panel/skp/${id.skp}`).send({ tahun });
      expect(skp.status).toBe(403);
    },
  );
});
