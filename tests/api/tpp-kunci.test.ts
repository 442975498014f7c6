/**
 * Quarter locks of the TPP (domain.md §7, api.md "TPP"). Issue 10 Rule 4: BKAD may lock a quarter only
 * after the input deadline of its last month (the current quarter and next year's are too early: 409
 * KUNCI_TERLALU_DINI naming the date, in Indonesian and in ISO; a quarter of a past year locks); the
 * Admin BKPSDM overrides with a written reason (audited) and locks the CURRENT quarter early with
 * POST /api/tpp/kunci; then every write to its months is refused with 423 PERIODE_TERKUNCI (realisasi
 * entry, the penilai's check single and bulk, reopening entry, the evaluation, the organisation
 * predikat, the Rencana Aksi API with an API token, the TPP run; the panel resources stay read-only);
 * other roles cannot lock (403); only the Admin BKPSDM unlocks, with a reason (400 naming
 * `alasan` without one), after which the writes work again. Both are audited. The quarter is unlocked
 * at the end whatever happens.
 */
import { buatTokenApi } from '../helpers/token';
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const hari = hariIniKota();
const tahun = Number(hari.slice(0, 4));
const bulan = Number(hari.slice(5, 7));
const triwulan = Math.ceil(bulan / 3);
const kunciUnik = `${tahun}:${triwulan}`;
const UID_KUNCI = 'plugin::inti.kunci-periode';
const ALASAN = 'Koreksi realisasi atas temuan Inspektorat sebelum pembayaran ulang.';
let renaksi: string;
let realisasi: string;
let kodeOpd: string;

const kunci = (token: string, body: Record<string, unknown> = { tahun, triwulan }) =>
  t.as(token).post('/api/tpp/kunci').send(body);
const buka = (token: string, body: Record<string, unknown> = { tahun, triwulan, alasan: ALASAN }) =>
  t.as(token).post('/api/tpp/buka').send(body);
const isiRealisasi = (nilai: number) =>
  t
    .as(jwt.staf)
    .post(`/api/rencana-aksi/${renaksi}/realisasi`)
    .send({
      bulan,
      nilai,
      faktor_penunjang: 'Dukungan tim',
      bukti_url: ['https://ekak.madiunkota.go.id/bukti/tpp-kunci'],
    });
const audit = (aksi: string) =>
  t.strapi.db
    .query('plugin::inti.audit-log')
    .findMany({ where: { aksi, objek_id: kunciUnik }, orderBy: { id: 'asc' } });
const kode = (r: any) => [r.status, r.body?.error?.details?.code];
const ALASAN_KUNCI = 'Pembayaran TPP prestasi dipercepat atas instruksi Wali Kota.';
const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
/** The day after day `hari` of the month following the quarter's last month, as ISO and as Indonesian text. */
function terawal(th: number, tw: number, hari: number) {
  const d = new Date(Date.UTC(th, tw * 3, hari + 1));
  return {
    iso: d.toISOString().slice(0, 10),
    teks: `${d.getUTCDate()} ${NAMA_BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  };
}
/** a quarter of a past year, long after its input deadline (no demo data) */
const LAMPAU = { tahun: tahun - 3, triwulan: 2 };

/** quarters the demo city already locked (a paid quarter) */
let kunciDemo = new Set<number>();

beforeAll(async () => {
  const rows = await t.strapi.db
    .query('plugin::inti.kunci-periode')
    .findMany({ where: { tahun, terkunci: true }, select: ['triwulan'] });
  kunciDemo = new Set(rows.map((x: any) => Number(x.triwulan)));
  expect(kunciDemo.has(triwulan)).toBe(false); // the demo never locks the current quarter
  for (const k of ['kadis', 'kabidAplikasi', 'staf'] as const) jwt[k] = await t.token(NIP[k]);
  for (const u of ['admin', 'bkad', 'inspektorat']) jwt[u] = await t.token(u);
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  await t.strapi.db.query(UID_KUNCI).deleteMany({ where: { kunci_unik: kunciUnik } });
  kodeOpd = (
    await t.strapi.db
      .query('plugin::inti.opd')
      .findOne({ where: { id: t.demo.opdDiskominfo.id }, select: ['kode_opd'] })
  ).kode_opd;

  // one of the staff's renaksi with a target this month, still open to entry
  const r = await t.as(jwt.staf).get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`);
  expect(r.status).toBe(200);
  const calon = r.body.data.find((x: any) => x.target && (!x.realisasi || x.realisasi.status === 'UNCHECKED'));
  expect(calon).toBeTruthy();
  renaksi = calon.id;
});

afterAll(async () => {
  // never leave the current quarter locked for the other files of the run
  await t.strapi?.db.query(UID_KUNCI).updateMany({ where: { kunci_unik: kunciUnik }, data: { terkunci: false } });
  await t.strapi?.db.query(UID_KUNCI).deleteMany({ where: { kunci_unik: `${LAMPAU.tahun}:${LAMPAU.triwulan}` } });
});

describe('TPP quarter lock', () => {
  test('the tpp policy is registered and validated at start-up (version of the current year)', () => {
    const v = t.strapi
      .plugin('inti')
      .service('kebijakan')
      .versi('tpp', `${tahun}-${String(bulan).padStart(2, '0')}-01`);
    expect(v.kode).toMatch(/^perwali-tpp-/);
    expect(Object.keys(v.nilai.tpp_max)).toHaveLength(17);
  });

  test('before the lock the staff enters this month’s realisasi', async () => {
    const r = await isiRealisasi(3);
    expect([200, 201]).toContain(r.status);
    realisasi = r.body.data.id;
    expect(r.body.data).toMatchObject({ bulan, status: 'UNCHECKED' });
  });

  test('only BKAD (and the Admin BKPSDM with a reason) may lock: pegawai, Admin OPD and Inspektorat get 403', async () => {
    for (const k of ['staf', 'kadis', 'adminOpd', 'inspektorat']) {
      const r = await kunci(jwt[k], { ...LAMPAU, alasan: ALASAN_KUNCI });
      expect([k, ...kode(r)]).toEqual([k, 403, 'AKSES_DITOLAK']);
    }
    for (const alasan of [undefined, '', '   ', 'singkat']) {
      const r = await kunci(jwt.admin, { tahun, triwulan, alasan });
      expect([alasan, r.status, r.body.error.details.field]).toEqual([alasan, 400, 'alasan']);
    }
    expect(
      await t.strapi.db
        .query(UID_KUNCI)
        .count({ where: { kunci_unik: { $in: [kunciUnik, `${LAMPAU.tahun}:${LAMPAU.triwulan}`] } } }),
    ).toBe(0);
  });

  test('Rule 4: BKAD cannot lock a quarter before its last input deadline has passed (409 naming the date)', async () => {
    const hari = t.strapi
      .plugin('kinerja')
      .service('capaian')
      .aturan(tahun, triwulan * 3).batas_input_hari;
    for (const [th, tw] of [
      [tahun, triwulan],
      [tahun + 1, 1],
    ]) {
      const mulai = terawal(th, tw, hari);
      // even with a reason: only the Admin BKPSDM overrides
      for (const body of [
        { tahun: th, triwulan: tw },
        { tahun: th, triwulan: tw, alasan: ALASAN_KUNCI },
      ]) {
        const r = await kunci(jwt.bkad, body);
        expect(kode(r)).toEqual([409, 'KUNCI_TERLALU_DINI']);
        expect(r.body.error.details).toMatchObject({ field: 'triwulan', dapat_dikunci_mulai: mulai.iso });
        expect(r.body.error.message).toContain(`mulai ${mulai.teks}`);
        expect(r.body.error.message).toMatch(/Admin BKPSDM/);
      }
    }
    expect(terawal(2026, 4, 10).teks).toBe('11 Januari 2027');
    expect(await t.strapi.db.query(UID_KUNCI).count({ where: { kunci_unik: kunciUnik, terkunci: true } })).toBe(0);
    expect(await audit('TPP_TRIWULAN_DIKUNCI')).toHaveLength(0);
    // the list tells the panel the date too
    const l = await t.as(jwt.bkad).get(`/api/tpp/kunci?tahun=${tahun}`);
    expect(l.body.data[triwulan - 1].dapat_dikunci_mulai).toBe(terawal(tahun, triwulan, hari).iso);
  });

  test('Rule 4: BKAD locks a quarter whose last input deadline has passed (a past year)', async () => {
    const r = await kunci(jwt.bkad, LAMPAU);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ ...LAMPAU, terkunci: true, dikunci_oleh: 'bkad' });
    const log = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findMany({ where: { aksi: 'TPP_TRIWULAN_DIKUNCI', objek_id: `${LAMPAU.tahun}:${LAMPAU.triwulan}` } });
    expect(log.map((x: any) => [x.aktor, x.bertindak_sebagai])).toEqual([['bkad', 'BKAD']]);

    // a year no capaian policy version covers has no input deadline: listed without a date (never a 500)
    const tua = await t.as(jwt.bkad).get('/api/tpp/kunci?tahun=2001');
    expect(tua.status).toBe(200);
    expect(tua.body.data.map((x: any) => x.dapat_dikunci_mulai)).toEqual([null, null, null, null]);
  });

  test('a bad quarter → 400 naming triwulan', async () => {
    const r = await kunci(jwt.bkad, { tahun, triwulan: 5 });
    expect([r.status, r.body.error.details.field]).toEqual([400, 'triwulan']);
  });

  test('Rule 4: the Admin BKPSDM locks the current quarter early with a written reason (audited with it; locking again changes nothing)', async () => {
    const r = await kunci(jwt.admin, { tahun, triwulan, alasan: ALASAN_KUNCI });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({
      tahun,
      triwulan,
      bulan: [triwulan * 3 - 2, triwulan * 3 - 1, triwulan * 3],
      terkunci: true,
      dikunci_oleh: 'admin',
      dibuka_oleh: null,
    });
    const row = await t.strapi.db.query(UID_KUNCI).findOne({ where: { kunci_unik: kunciUnik } });
    expect(row).toMatchObject({ tahun, triwulan, terkunci: true, dikunci_oleh: 'admin' });
    expect(row.dikunci_pada).toBeTruthy();
    expect((await kunci(jwt.bkad)).body.data.terkunci).toBe(true);
    const log = await audit('TPP_TRIWULAN_DIKUNCI');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ aktor: 'admin', bertindak_sebagai: 'ADMIN_BKPSDM', objek_tipe: 'kunci-periode' });
    expect(log[0].keterangan).toContain(ALASAN_KUNCI);
    expect(log[0].keterangan).toMatch(/sebelum \d+ \w+ \d{4}/);
    expect(log[0].sesudah).toMatchObject({ terkunci: true, alasan_kunci: ALASAN_KUNCI, sebelum_waktunya: true });
  });

  test('GET /api/tpp/kunci lists the four quarters; the renaksi list shows the month locked', async () => {
    for (const k of ['bkad', 'staf']) {
      const r = await t.as(jwt[k]).get(`/api/tpp/kunci?tahun=${tahun}`);
      expect(r.status).toBe(200);
      expect(r.body.data.map((x: any) => [x.triwulan, x.terkunci])).toEqual(
        [1, 2, 3, 4].map((tw) => [tw, tw === triwulan || kunciDemo.has(tw)]),
      );
    }
    expect((await t.as(jwt.bkad).get('/api/tpp/kunci')).status).toBe(400);
    const r = await t.as(jwt.staf).get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`);
    expect(r.body.data.find((x: any) => x.id === renaksi).terkunci).toBe(true);
  });

  test('while locked every write to the month is refused with 423 PERIODE_TERKUNCI', async () => {
    const isi = await isiRealisasi(4);
    expect(kode(isi)).toEqual([423, 'PERIODE_TERKUNCI']);
    expect(isi.body.error.message).toMatch(/dikunci/);
    expect(
      kode(await t.as(jwt.kabidAplikasi).post(`/api/realisasi/${realisasi}/periksa`).send({ umpan_balik: 'Baik.' })),
    ).toEqual([423, 'PERIODE_TERKUNCI']);
    expect(
      kode(
        await t
          .as(jwt.kabidAplikasi)
          .post('/api/realisasi/periksa')
          .send({ ids: [realisasi], umpan_balik: 'Baik.' }),
      ),
    ).toEqual([423, 'PERIODE_TERKUNCI']);
    expect(
      kode(
        await t
          .as(jwt.kabidAplikasi)
          .post('/api/realisasi/buka-input')
          .send({ nip: NIP.staf, tahun, bulan, alasan: 'Pegawai sakit pada akhir bulan.' }),
      ),
    ).toEqual([423, 'PERIODE_TERKUNCI']);
    expect(
      kode(
        await t
          .as(jwt.kabidAplikasi)
          .post('/api/evaluasi')
          .send({ nip: NIP.staf, tahun, bulan, rating_hasil: 2, rating_perilaku: 2, umpan_balik: 'Pertahankan.' }),
      ),
    ).toEqual([423, 'PERIODE_TERKUNCI']);
    expect(
      kode(
        await t
          .as(jwt.kadis)
          .put('/api/predikat-organisasi')
          .send({ kode_opd: kodeOpd, tahun, bulan, predikat: 'BAIK', alasan: 'Capaian OPD bulan ini baik sekali' }),
      ),
    ).toEqual([423, 'PERIODE_TERKUNCI']);
    // the Rencana Aksi API of the external systems (a Strapi API token, with an Idempotency-Key)
    const tok = await buatTokenApi(t, `ekak-kunci-${Date.now()}`, ['rencana-aksi:read', 'rencana-aksi:write']);
    const lewatToken = await t
      .http()
      .post(`/api/rencana-aksi/${renaksi}/realisasi`)
      .set('Authorization', `Bearer ${tok}`)
      .set('Idempotency-Key', `kunci-${Date.now()}`)
      .send({ bulan, nilai: 5, bukti_url: ['https://ekak.madiunkota.go.id/bukti/kunci'] });
    expect(kode(lewatToken)).toEqual([423, 'PERIODE_TERKUNCI']);
    // the TPP run of a locked month
    expect(kode(await t.as(jwt.bkad).post('/api/tpp/hitung').send({ tahun, bulan, kode_opd: kodeOpd }))).toEqual([
      423,
      'PERIODE_TERKUNCI',
    ]);
    // the panel has no write path to these resources (each tried on a row of its own): create, update and delete are refused
    const idDari = async (uid: string, where: Record<string, unknown>) =>
      (await t.strapi.db.query(uid).findOne({ where, select: ['documentId'] }))?.documentId;
    const idPanel = {
      realisasi,
      evaluasi: await idDari('plugin::kinerja.evaluasi', { tahun }),
      tpp: await idDari('plugin::tpp.tpp', { tahun }),
    };
    for (const [res, body] of [
      ['realisasi', { nilai: 9 }],
      ['evaluasi', { rating_hasil: 1 }],
      ['tpp', { jumlah_tpp: 1 }],
    ] as const) {
      expect([res, typeof idPanel[res]]).toEqual([res, 'string']);
      const ubah = await t.as(jwt.admin).put(`/api/panel/${res}/${idPanel[res]}`).send(body);
      const buat = await t.as(jwt.admin).post(`/api/panel/${res}`).send(body);
      const hapus = await t.as(jwt.admin).delete(`/api/panel/${res}/${idPanel[res]}`);
      expect([res, ...kode(ubah), ...kode(buat), ...kode(hapus)]).toEqual([
        res,
        403,
        'AKSES_DITOLAK',
        403,
        'AKSES_DITOLAK',
        403,
        'AKSES_DITOLAK',
      ]);
    }
    const row = await t.strapi.db.query('plugin::kinerja.realisasi').findOne({ where: { documentId: realisasi } });
    expect([Number(row.nilai), row.status]).toEqual([3, 'UNCHECKED']);
    // the renaksi itself: with its RHK reopened, deleting it or changing this month's target is refused too
    const r = await t.strapi.db
      .query('plugin::kinerja.rencana-aksi')
      .findOne({ where: { documentId: renaksi }, populate: { rhk: { select: ['documentId'] } } });
    expect((await t.as(jwt.staf).post(`/api/rhk/${r.rhk.documentId}/revisi`).send({})).status).toBe(200);
    try {
      expect(kode(await t.as(jwt.staf).delete(`/api/rencana-aksi/${renaksi}`))).toEqual([423, 'PERIODE_TERKUNCI']);
      const target = (r.target as { bulan: number; nilai: number }[]).map((x) =>
        x.bulan === bulan ? { ...x, nilai: Number(x.nilai) + 1 } : x,
      );
      expect(kode(await t.as(jwt.staf).put(`/api/rencana-aksi/${renaksi}`).send({ target }))).toEqual([
        423,
        'PERIODE_TERKUNCI',
      ]);
      expect(await t.strapi.db.query('plugin::kinerja.rencana-aksi').count({ where: { documentId: renaksi } })).toBe(1);
    } finally {
      expect((await t.as(jwt.staf).post(`/api/rhk/${r.rhk.documentId}/ajukan`).send({})).status).toBe(200);
      expect((await t.as(jwt.kabidAplikasi).post(`/api/rhk/${r.rhk.documentId}/setujui`).send({})).status).toBe(200);
    }
  });

  test('only the Admin BKPSDM unlocks, and only with a reason', async () => {
    for (const k of ['bkad', 'staf', 'adminOpd'])
      expect([k, ...kode(await buka(jwt[k]))]).toEqual([k, 403, 'AKSES_DITOLAK']);
    for (const alasan of [undefined, '', '   ']) {
      const r = await buka(jwt.admin, { tahun, triwulan, alasan });
      expect([r.status, r.body.error.details.code, r.body.error.details.field]).toEqual([
        400,
        'ALASAN_WAJIB',
        'alasan',
      ]);
    }
    expect((await t.strapi.db.query(UID_KUNCI).findOne({ where: { kunci_unik: kunciUnik } })).terkunci).toBe(true);

    const r = await buka(jwt.admin);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({
      terkunci: false,
      dibuka_oleh: 'admin',
      alasan_buka: ALASAN,
      dikunci_oleh: 'admin',
    });
    expect(r.body.data.dibuka_pada).toBeTruthy();
    const log = await audit('TPP_TRIWULAN_DIBUKA');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ aktor: 'admin', bertindak_sebagai: 'ADMIN_BKPSDM', keterangan: ALASAN });
    expect(log[0].sebelum).toMatchObject({ terkunci: true });
    expect(log[0].sesudah).toMatchObject({ terkunci: false, alasan_buka: ALASAN });
    expect(kode(await buka(jwt.admin))).toEqual([409, 'BELUM_TERKUNCI']);
  });

  test('after the unlock the writes work again', async () => {
    const isi = await isiRealisasi(5);
    expect(isi.status).toBe(200);
    expect(isi.body.data).toMatchObject({ id: realisasi, nilai: 5 });
    const periksa = await t
      .as(jwt.kabidAplikasi)
      .post('/api/realisasi/periksa')
      .send({ ids: [realisasi], umpan_balik: 'Sudah sesuai.' });
    expect(periksa.status).toBe(200);
    expect(periksa.body.data[0].status).toBe('CHECKED');
    const ev = await t
      .as(jwt.kabidAplikasi)
      .post('/api/evaluasi')
      .send({ nip: NIP.staf, tahun, bulan, rating_hasil: 2, rating_perilaku: 2, umpan_balik: 'Pertahankan.' });
    expect(ev.status).not.toBe(423);
    const r = await t.as(jwt.bkad).get(`/api/tpp/kunci?tahun=${tahun}`);
    expect(r.body.data[triwulan - 1]).toMatchObject({ terkunci: false, alasan_buka: ALASAN });
  });
});
