/**
 * Evaluation and predikat through HTTP (domain.md §5, api.md "Evaluation"): the 3×3 matrix on fresh
 * evaluations, the update by a second POST, refusals in the contract's order (404, 403, 400 naming
 * the field, 409 unchecked realisasi with the list, 423 locked quarter), a `predikat` in the body
 * ignored, the screen's preparation, the scoped list and panel resource, the annual evaluation with
 * JF angka kredit, and the PLT perilaku rule with its sync (twice: the second changes nothing).
 *
 * Evaluations are given for last month (its realisasi exist in the demo seed and its input deadline
 * has passed), so the tests need a past month in the current year.
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const hari = hariIniKota();
const tahun = Number(hari.slice(0, 4));
const bulan = Number(hari.slice(5, 7)) - 1;
const UID = 'plugin::kinerja.evaluasi';
/** In January there is no past month of the current year: the evaluation tests need one. */
const uji = bulan >= 1 ? test : test.skip;

const evaluasi = (jwtx: string, body: Record<string, unknown>) =>
  t
    .as(jwtx)
    .post('/api/evaluasi')
    .send({ tahun, bulan, umpan_balik: 'Pertahankan kinerja.', ...body });
const persiapan = (jwtx: string, nip: string, skp?: string) =>
  t.as(jwtx).get(`/api/evaluasi/persiapan?nip=${nip}&tahun=${tahun}&bulan=${bulan}${skp ? `&skp=${skp}` : ''}`);

/** The penilai checks every realisasi of the month still unchecked (so the evaluation may be given). */
async function periksaSemua(jwtPenilai: string, nip: string, skp?: string) {
  const p = await persiapan(jwtPenilai, nip, skp);
  expect(p.status).toBe(200);
  const ids = p.body.data.realisasi.belum_diperiksa.map((x: any) => x.realisasi);
  if (ids.length)
    expect(
      (await t.as(jwtPenilai).post('/api/realisasi/periksa').send({ ids, umpan_balik: 'Sudah sesuai.' })).status,
    ).toBe(200);
  return p.body.data;
}

/** Removes the stored evaluation of the month of a pegawai (to create a fresh one). */
async function hapusEvaluasi(nip: string) {
  await t.strapi.db
    .query(UID)
    .deleteMany({ where: { pegawai: { nip }, tahun, periode_jenis: 'BULANAN', periode: bulan } });
}

beforeAll(async () => {
  for (const k of ['kadis', 'kabidAplikasi', 'staf', 'jf', 'kabidStatistik', 'stafPersandian'] as const)
    jwt[k] = await t.token(NIP[k]);
  jwt.admin = await t.token('admin');
  jwt.lainOpd = await t.token(t.demo.lainOpd.username);
});

describe('POST /api/evaluasi', () => {
  uji(
    'unchecked realisasi → 409 REALISASI_BELUM_DIPERIKSA with the list; after the check the evaluation is given',
    async () => {
      const p = await persiapan(jwt.kabidAplikasi, NIP.staf);
      expect(p.status).toBe(200);
      // make sure one realisasi of the month waits for the check
      const real = await t.strapi.db.query('plugin::kinerja.realisasi').findOne({
        where: { pegawai: { nip: NIP.staf }, tahun, bulan },
        populate: { rencana_aksi: { select: ['documentId', 'uraian'] } },
      });
      expect(real).toBeTruthy();
      await t.strapi.db
        .query('plugin::kinerja.realisasi')
        .update({ where: { id: real.id }, data: { status: 'UNCHECKED' } });
      await hapusEvaluasi(NIP.staf);
      const r = await evaluasi(jwt.kabidAplikasi, { nip: NIP.staf, rating_hasil: 2, rating_perilaku: 2 });
      expect(r.status).toBe(409);
      expect(r.body.error.details.code).toBe('REALISASI_BELUM_DIPERIKSA');
      expect(r.body.error.details.belum_diperiksa).toEqual(
        expect.arrayContaining([{ renaksi: real.rencana_aksi.documentId, uraian: real.rencana_aksi.uraian, bulan }]),
      );
      const siap = await persiapan(jwt.kabidAplikasi, NIP.staf);
      expect(siap.body.data).toMatchObject({
        boleh_menilai: false,
        alasan_tidak_boleh: { code: 'REALISASI_BELUM_DIPERIKSA' },
      });
      await periksaSemua(jwt.kabidAplikasi, NIP.staf);
      expect((await persiapan(jwt.kabidAplikasi, NIP.staf)).body.data.boleh_menilai).toBe(true);
    },
  );

  const MATRIKS: [number, number, number, string][] = [
    [1, 1, 1, 'Sangat Baik'],
    [1, 2, 2, 'Baik'],
    [1, 3, 4, 'Kurang/Misconduct'],
    [2, 1, 2, 'Baik'],
    [2, 2, 2, 'Baik'],
    [2, 3, 4, 'Kurang/Misconduct'],
    [3, 1, 3, 'Butuh Perbaikan'],
    [3, 2, 3, 'Butuh Perbaikan'],
    [3, 3, 5, 'Sangat Kurang'],
  ];
  for (const [h, p, kode, nama] of MATRIKS) {
    uji(`hasil ${h} × perilaku ${p} → ${nama} (${kode}) on a fresh evaluation`, async () => {
      await periksaSemua(jwt.kabidAplikasi, NIP.jf);
      await hapusEvaluasi(NIP.jf);
      const r = await evaluasi(jwt.kabidAplikasi, { nip: NIP.jf, rating_hasil: h, rating_perilaku: p });
      expect(r.status).toBe(201);
      expect(r.body.data).toMatchObject({
        predikat: { kode, nama, siasn_id: kode },
        rating_hasil: h,
        rating_perilaku: p,
        perilaku_source: 'DEFINITIF',
        konteks: 'DEFINITIF',
        nip: NIP.jf,
        tahun,
        bulan,
        periode_jenis: 'BULANAN',
        periode: bulan,
      });
    });
  }

  uji('201 contract fields, snapshots and audit; a second POST updates (200)', async () => {
    await hapusEvaluasi(NIP.staf);
    const r = await evaluasi(jwt.kabidAplikasi, {
      nip: NIP.staf,
      rating_hasil: 2,
      rating_perilaku: 1,
      umpan_balik_perilaku: [{ kode: 'AKUNTABEL', umpan_balik: 'Tepat waktu.' }],
    });
    expect(r.status).toBe(201);
    const d = r.body.data;
    expect(typeof d.id).toBe('string');
    expect(d).toMatchObject({
      predikat: { kode: 2, nama: 'Baik' },
      perilaku_source: 'DEFINITIF',
      rating_perilaku_asli: null,
      umpan_balik: 'Pertahankan kinerja.',
      umpan_balik_perilaku: [{ kode: 'AKUNTABEL', nama: 'Akuntabel', umpan_balik: 'Tepat waktu.' }],
    });
    expect([1, 2, 3, null]).toContain(d.saran_rating_hasil);
    expect(d.capaian === null || typeof d.capaian === 'number').toBe(true);
    expect(d.pegawai).toMatchObject({ nip: NIP.staf });
    expect(d.penilai).toMatchObject({ nip: NIP.kabidAplikasi, sebagai: 'DEFINITIF' });
    const log = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findOne({ where: { aksi: 'EVALUASI_DIBUAT', objek_id: d.id } });
    expect(log).toBeTruthy();
    // umpan balik must name an RHK of this SKP and a BerAKHLAK code: 400 naming the entry
    const rhkLain = await evaluasi(jwt.kabidAplikasi, {
      nip: NIP.staf,
      rating_hasil: 2,
      rating_perilaku: 2,
      umpan_balik_rhk: [{ rhk_id: 'bukan-rhk-ini', umpan_balik: 'x' }],
    });
    expect(rhkLain.status).toBe(400);
    expect(rhkLain.body.error.details).toMatchObject({ code: 'RHK_TIDAK_VALID', field: 'umpan_balik_rhk[0].rhk_id' });
    const kodeLain = await evaluasi(jwt.kabidAplikasi, {
      nip: NIP.staf,
      rating_hasil: 2,
      rating_perilaku: 2,
      umpan_balik_perilaku: [{ kode: 'JUJUR', umpan_balik: 'x' }],
    });
    expect(kodeLain.body.error.details).toMatchObject({
      code: 'KODE_PERILAKU_TIDAK_DIKENAL',
      field: 'umpan_balik_perilaku[0].kode',
    });
    const u = await evaluasi(jwt.kabidAplikasi, { nip: NIP.staf, rating_hasil: 3, rating_perilaku: 3 });
    expect(u.status).toBe(200);
    expect(u.body.data).toMatchObject({ id: d.id, predikat: { kode: 5 } });
  });

  uji('a predikat in the body is ignored', async () => {
    const r = await evaluasi(jwt.kabidAplikasi, {
      nip: NIP.staf,
      rating_hasil: 3,
      rating_perilaku: 3,
      predikat: { kode: 1, nama: 'Sangat Baik' },
      predikat_kode: 1,
      perilaku_source: 'PLT',
    });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ predikat: { kode: 5, nama: 'Sangat Kurang' }, perilaku_source: 'DEFINITIF' });
  });

  test('refusals: unknown nip 404; not the penilai 403 BUKAN_PENILAI (atasan, other OPD, the pegawai himself)', async () => {
    const b = { rating_hasil: 2, rating_perilaku: 2 };
    const x = await evaluasi(jwt.kabidAplikasi, { nip: '199901012020011999', ...b });
    expect(x.status).toBe(404);
    expect(x.body.error.details.code).toBe('PEGAWAI_TIDAK_DITEMUKAN');
    for (const j of [jwt.kadis, jwt.lainOpd, jwt.staf, jwt.jf]) {
      const r = await evaluasi(j, { nip: NIP.staf, ...b });
      expect(r.status).toBe(403);
      expect(r.body.error.details.code).toBe('BUKAN_PENILAI');
    }
    // 403 comes before the 400 of the ratings
    expect((await evaluasi(jwt.kadis, { nip: NIP.staf, rating_hasil: 9, rating_perilaku: 2 })).status).toBe(403);
  });

  test.each([
    [{ rating_hasil: 4, rating_perilaku: 2 }, 'rating_hasil'],
    [{ rating_hasil: 0, rating_perilaku: 2 }, 'rating_hasil'],
    [{ rating_hasil: 2, rating_perilaku: 5 }, 'rating_perilaku'],
    [{ rating_hasil: 2, rating_perilaku: 1.5 }, 'rating_perilaku'],
    [{ rating_hasil: 2 }, 'rating_perilaku'],
    [{ rating_hasil: 2, rating_perilaku: 2, bulan: 13 }, 'bulan'],
    [{ rating_hasil: 2, rating_perilaku: 2, bulan: 0 }, 'bulan'],
  ])('400 naming the field: %j → %s', async (body, field) => {
    const r = await evaluasi(jwt.kabidAplikasi, { nip: NIP.staf, ...body });
    expect(r.status).toBe(400);
    expect(r.body.error.details.field).toBe(field);
    expect(r.body.error.message).toMatch(field === 'bulan' ? /bulan/ : /rating|wajib/);
  });

  uji('locked quarter → 423 PERIODE_TERKUNCI', async () => {
    const tw = Math.ceil(bulan / 3);
    const kunci = await t.strapi.db.query('plugin::inti.kunci-periode').create({
      data: {
        tahun,
        triwulan: tw,
        kunci_unik: `${tahun}:${tw}`,
        terkunci: true,
        dikunci_oleh: 'bkad',
        dikunci_pada: new Date(),
      },
    });
    try {
      const r = await evaluasi(jwt.kabidAplikasi, { nip: NIP.staf, rating_hasil: 1, rating_perilaku: 1 });
      expect(r.status).toBe(423);
      expect(r.body.error.details.code).toBe('PERIODE_TERKUNCI');
    } finally {
      await t.strapi.db.query('plugin::inti.kunci-periode').delete({ where: { id: kunci.id } });
    }
  });

  uji('Admin BKPSDM evaluates only with a reason', async () => {
    const tanpa = await evaluasi(jwt.admin, { nip: NIP.staf, rating_hasil: 2, rating_perilaku: 2 });
    expect(tanpa.status).toBe(400);
    expect(tanpa.body.error.details).toMatchObject({ code: 'ALASAN_WAJIB', field: 'alasan' });
    const r = await evaluasi(jwt.admin, {
      nip: NIP.staf,
      rating_hasil: 2,
      rating_perilaku: 2,
      alasan: 'Pejabat penilai cuti panjang.',
    });
    expect(r.status).toBe(200);
    expect(r.body.data.penilai.sebagai).toBe('ADMIN');
  });
});

describe('GET /api/evaluasi, persiapan and the panel', () => {
  uji('list scoped: the penilai and the pegawai see it; another OPD gets 403', async () => {
    const r = await t.as(jwt.kabidAplikasi).get(`/api/evaluasi?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`);
    expect(r.status).toBe(200);
    expect(r.body.data).toHaveLength(1);
    expect(r.body.data[0]).toMatchObject({ nip: NIP.staf, bulan, predikat: { kode: 2 } });
    expect(
      (await t.as(jwt.staf).get(`/api/evaluasi?nip=${NIP.staf}&tahun=${tahun}`)).body.data.length,
    ).toBeGreaterThanOrEqual(1);
    expect((await t.as(jwt.lainOpd).get(`/api/evaluasi?nip=${NIP.staf}&tahun=${tahun}`)).status).toBe(403);
    const semua = await t.as(jwt.jf).get(`/api/evaluasi?tahun=${tahun}`);
    expect(semua.body.data.every((x: any) => x.nip === NIP.jf)).toBe(true);
  });

  test("Hardening 10 (errors 4xx, not 500): the Admin OPD lists one pegawai of his OPD by NIP; another OPD's pegawai → 403", async () => {
    const adminOpd = await t.token(t.demo.adminOpd.username);
    const r = await t.as(adminOpd).get(`/api/evaluasi?nip=${NIP.staf}&tahun=${tahun}`);
    expect(r.status).toBe(200);
    expect(r.body.data.length).toBeGreaterThanOrEqual(bulan >= 1 ? 1 : 0);
    expect(r.body.data.every((x: any) => x.nip === NIP.staf)).toBe(true);
    const semua = await t.as(adminOpd).get(`/api/evaluasi?tahun=${tahun}`);
    expect(semua.status).toBe(200);
    expect(new Set(semua.body.data.map((x: any) => x.nip)).size).toBeGreaterThan(1);
    const lain = await t.as(adminOpd).get(`/api/evaluasi?nip=${t.demo.lainOpd.nip}&tahun=${tahun}`);
    expect(lain.status).toBe(403);
    expect(lain.body.error.details.code).toBe('AKSES_DITOLAK');
  });

  uji(
    'persiapan: capaian with RHK, realisasi counts, advisory, the 7 BerAKHLAK values, the existing evaluation',
    async () => {
      const r = await persiapan(jwt.kabidAplikasi, NIP.staf);
      expect(r.status).toBe(200);
      const d = r.body.data;
      expect(d).toMatchObject({
        pegawai: { nip: NIP.staf },
        tahun,
        bulan,
        periode_jenis: 'BULANAN',
        boleh_menilai: true,
        sebagai: 'DEFINITIF',
        skp: { konteks: 'DEFINITIF', status: 'DISETUJUI' },
      });
      expect(Array.isArray(d.capaian.rhk)).toBe(true);
      expect(d.realisasi.jumlah.renaksi_bertarget).toBeGreaterThan(0);
      expect(d.perilaku).toHaveLength(7);
      expect(d.perilaku[0]).toHaveProperty('ekspektasi');
      expect(d.evaluasi).toMatchObject({ nip: NIP.staf, predikat: { kode: 2 } });
      expect(d.saran_sumber).toBe('RHK_UTAMA');
      const sendiri = await persiapan(jwt.staf, NIP.staf);
      expect(sendiri.status).toBe(200);
      expect(sendiri.body.data.boleh_menilai).toBe(false);
      expect((await persiapan(jwt.lainOpd, NIP.staf)).status).toBe(403);
    },
  );

  uji('panel resource evaluasi: filters and scope', async () => {
    const f = encodeURIComponent(JSON.stringify({ tahun, periode: bulan, pegawai_id: t.demo.pegawai.staf.documentId }));
    const r = await t.as(jwt.kabidAplikasi).get(`/api/panel/evaluasi?filter=${f}`);
    expect(r.status).toBe(200);
    expect(r.body).toHaveLength(1);
    expect(r.body[0]).toMatchObject({ pegawai_nip: NIP.staf, predikat_kode: 2, periode: bulan });
    const p = encodeURIComponent(JSON.stringify({ tahun, predikat_kode: 5 }));
    const lima = await t.as(jwt.admin).get(`/api/panel/evaluasi?filter=${p}`);
    expect(lima.status).toBe(200);
    expect(lima.body.every((x: any) => x.predikat_kode === 5)).toBe(true);
    const lain = await t.as(jwt.lainOpd).get(`/api/panel/evaluasi?filter=${f}`);
    expect(lain.body).toHaveLength(0);
  });
});

describe('annual evaluation', () => {
  test('POST /api/evaluasi/tahunan for a JF: angka kredit from the predikat and the jenjang', async () => {
    const r = await t
      .as(jwt.kabidAplikasi)
      .post('/api/evaluasi/tahunan')
      .send({ nip: NIP.jf, tahun, rating_hasil: 2, rating_perilaku: 2, umpan_balik: 'Baik.' });
    expect(r.status).toBe(201);
    expect(r.body.data).toMatchObject({ periode_jenis: 'TAHUNAN', periode: 0, bulan: null, predikat: { kode: 2 } });
    // Ahli Pertama 12.5 × 100% × months of the SKP / 12
    expect(r.body.data.angka_kredit).toBeGreaterThan(0);
    expect(r.body.data.angka_kredit).toBeLessThanOrEqual(12.5);
    const u = await t
      .as(jwt.kabidAplikasi)
      .post('/api/evaluasi/tahunan')
      .send({ nip: NIP.jf, tahun, rating_hasil: 1, rating_perilaku: 1 });
    expect(u.status).toBe(200);
    expect(u.body.data.angka_kredit).toBeCloseTo(r.body.data.angka_kredit * 1.5, 3);
    const s = await t
      .as(jwt.kabidAplikasi)
      .post('/api/evaluasi/tahunan')
      .send({ nip: NIP.staf, tahun, rating_hasil: 2, rating_perilaku: 2 });
    expect(s.status).toBe(201);
    expect(s.body.data.angka_kredit).toBeNull();
  });
});

describe('PLT perilaku', () => {
  let skpPlt: string;
  let skpDefinitif: string;

  uji('Kabid Statistik, Plt Kabid Persandian, rates the Persandian pelaksana as Plt', async () => {
    await periksaSemua(jwt.kabidStatistik, NIP.stafPersandian);
    await hapusEvaluasi(NIP.stafPersandian);
    const r = await evaluasi(jwt.kabidStatistik, { nip: NIP.stafPersandian, rating_hasil: 2, rating_perilaku: 2 });
    expect(r.status).toBe(201);
    expect(r.body.data.penilai).toMatchObject({ nip: NIP.kabidStatistik, sebagai: 'PLT' });
    expect(r.body.data.penilai.jabatan).toMatch(/^Plt\. /);
  });

  uji(
    'his own perilaku of the month comes from the Plt evaluation; predikat recomputed; sync twice → no change',
    async () => {
      const d = await persiapan(jwt.kadis, NIP.kabidStatistik);
      expect(d.status).toBe(200);
      const pilihan = d.body.data.skp_pilihan;
      skpPlt = pilihan.find((x: any) => x.konteks === 'PLT').id;
      skpDefinitif = pilihan.find((x: any) => x.konteks === 'DEFINITIF').id;
      await periksaSemua(jwt.kadis, NIP.kabidStatistik);
      await periksaSemua(jwt.kadis, NIP.kabidStatistik, skpPlt);
      await hapusEvaluasi(NIP.kabidStatistik);

      // definitive: the Kepala Dinas rates perilaku 3 (Di Bawah) → Kurang/Misconduct
      const a = await evaluasi(jwt.kadis, { nip: NIP.kabidStatistik, rating_hasil: 1, rating_perilaku: 3 });
      expect(a.status).toBe(201);
      expect(a.body.data).toMatchObject({
        skp: { id: skpDefinitif, konteks: 'DEFINITIF' },
        perilaku_source: 'DEFINITIF',
        predikat: { kode: 4 },
      });

      // Plt context (the penilai of Kabid Persandian): perilaku 1 (Di Atas)
      const b = await evaluasi(jwt.kadis, {
        nip: NIP.kabidStatistik,
        skp: skpPlt,
        rating_hasil: 2,
        rating_perilaku: 1,
      });
      expect(b.status).toBe(201);
      expect(b.body.data).toMatchObject({
        skp: { id: skpPlt, konteks: 'PLT' },
        konteks: 'PLT',
        perilaku_source: 'PLT',
        rating_perilaku: 1,
      });
      expect(b.body.data.pegawai.jabatan).toMatch(/^Plt\. /);

      const daftar = await t.as(jwt.kadis).get(`/api/evaluasi?nip=${NIP.kabidStatistik}&tahun=${tahun}&bulan=${bulan}`);
      const def = daftar.body.data.find((x: any) => x.konteks === 'DEFINITIF');
      expect(def).toMatchObject({
        id: a.body.data.id,
        perilaku_source: 'PLT',
        rating_perilaku: 1,
        rating_perilaku_asli: 3,
        rating_hasil: 1,
        predikat: { kode: 1, nama: 'Sangat Baik' },
      });
      const log = await t.strapi.db
        .query('plugin::inti.audit-log')
        .findOne({ where: { aksi: 'EVALUASI_PERILAKU_PLT_DITERAPKAN', objek_id: a.body.data.id } });
      expect(log).toBeTruthy();

      // the definitive penilai changes his rating: it is kept aside, the Plt rating still stands
      const c = await evaluasi(jwt.kadis, { nip: NIP.kabidStatistik, rating_hasil: 1, rating_perilaku: 2 });
      expect(c.status).toBe(200);
      expect(c.body.data).toMatchObject({
        perilaku_source: 'PLT',
        rating_perilaku: 1,
        rating_perilaku_asli: 2,
        predikat: { kode: 1 },
      });

      // sync by Admin BKPSDM: nothing left to change, and again
      expect((await t.as(jwt.kadis).post('/api/evaluasi/sinkron-plt').send({ tahun, bulan })).status).toBe(403);
      for (let i = 0; i < 2; i++) {
        const s = await t.as(jwt.admin).post('/api/evaluasi/sinkron-plt').send({ tahun, bulan });
        expect(s.status).toBe(200);
        expect(s.body.data.diperiksa).toBeGreaterThanOrEqual(1);
        expect(s.body.data.diubah).toEqual([]);
      }
    },
  );

  uji(
    'Plt ended before the month: the sync reverts the definitive perilaku and reports it; a second run changes nothing',
    async () => {
      const pen = await t.strapi.db
        .query('plugin::inti.penugasan')
        .findOne({ where: { pegawai: { nip: NIP.kabidStatistik }, jenis: 'PLT' } });
      const dua = (n: number) => String(n).padStart(2, '0');
      const sebelum = { tmt_mulai: pen.tmt_mulai, tmt_akhir: pen.tmt_akhir };
      // the Plt post ends the day before the month (starts earlier if needed)
      const akhir = new Date(Date.UTC(tahun, bulan - 1, 0)).toISOString().slice(0, 10);
      const mulai = pen.tmt_mulai <= akhir ? pen.tmt_mulai : `${tahun - 1}-${dua(1)}-01`;
      await t.strapi.db
        .query('plugin::inti.penugasan')
        .update({ where: { id: pen.id }, data: { tmt_mulai: mulai, tmt_akhir: akhir } });
      try {
        const s = await t.as(jwt.admin).post('/api/evaluasi/sinkron-plt').send({ tahun, bulan });
        expect(s.status).toBe(200);
        expect(s.body.data.diubah).toEqual([
          expect.objectContaining({ nip: NIP.kabidStatistik, bulan, dari: 1, ke: 2, sumber: 'DEFINITIF' }),
        ]);
        expect(
          (await t.as(jwt.admin).post('/api/evaluasi/sinkron-plt').send({ tahun, bulan })).body.data.diubah,
        ).toEqual([]);
        const def = (
          await t.as(jwt.kadis).get(`/api/evaluasi?nip=${NIP.kabidStatistik}&tahun=${tahun}&bulan=${bulan}`)
        ).body.data.find((x: any) => x.konteks === 'DEFINITIF');
        expect(def).toMatchObject({
          perilaku_source: 'DEFINITIF',
          rating_perilaku: 2,
          rating_perilaku_asli: null,
          predikat: { kode: 2 },
        });
      } finally {
        await t.strapi.db.query('plugin::inti.penugasan').update({ where: { id: pen.id }, data: sebelum });
      }
      // Plt restored: the nightly job (under its lock) applies the Plt rating again
      const j = await t.strapi.plugin('plt').service('sinkron').sinkronTerjadwal();
      expect(j.dijalankan).toBe(true);
      expect(j.hasil.diubah).toEqual(
        expect.arrayContaining([expect.objectContaining({ nip: NIP.kabidStatistik, bulan, ke: 1, sumber: 'PLT' })]),
      );
    },
  );

  uji(
    "a realisasi of his Plt SKP is checked by the Plt post's penilai, not by the penilai of his definitive post",
    async () => {
      const plt = await t.strapi.db.query('plugin::inti.penugasan').findOne({
        where: { pegawai: { nip: NIP.kabidStatistik }, jenis: 'PLT' },
        populate: { jabatan: { select: ['id'], populate: { atasan: { select: ['id'] } } } },
      });
      const sekretaris = await t.strapi.db.query('plugin::inti.penugasan').findOne({
        where: { pegawai: { nip: NIP.sekretaris }, jenis: 'UTAMA' },
        populate: { jabatan: { select: ['id'] } },
      });
      const real = await t.strapi.db
        .query('plugin::kinerja.realisasi')
        .findOne({ where: { rencana_aksi: { rhk: { skp: { documentId: skpPlt } } }, tahun, bulan } });
      expect(real).toBeTruthy();
      await t.strapi.db
        .query('plugin::kinerja.realisasi')
        .update({ where: { id: real.id }, data: { status: 'UNCHECKED' } });
      const periksa = (jw: string) =>
        t.as(jw).post(`/api/realisasi/${real.documentId}/periksa`).send({ umpan_balik: 'Sesuai rencana.' });
      // for this test the Plt post (Kabid Persandian) reports to the Sekretaris instead of the Kepala Dinas
      await t.strapi.db
        .query('plugin::inti.jabatan')
        .update({ where: { id: plt.jabatan.id }, data: { atasan: sekretaris.jabatan.id } });
      try {
        const kadis = await periksa(jwt.kadis);
        expect([kadis.status, kadis.body.error?.details?.code]).toEqual([403, 'BUKAN_PENILAI']);
        const sek = await periksa(await t.token(NIP.sekretaris));
        expect(sek.status).toBe(200);
        expect(
          await t.strapi.db
            .query('plugin::kinerja.realisasi')
            .findOne({ where: { id: real.id }, select: ['status', 'diperiksa_oleh_nip'] }),
        ).toMatchObject({ status: 'CHECKED', diperiksa_oleh_nip: NIP.sekretaris });
      } finally {
        await t.strapi.db
          .query('plugin::inti.jabatan')
          .update({ where: { id: plt.jabatan.id }, data: { atasan: plt.jabatan.atasan.id } });
      }
    },
  );

  uji('a penugasan change saved through the panel re-applies the rule by itself, after the commit', async () => {
    const pen = await t.strapi.db
      .query('plugin::inti.penugasan')
      .findOne({ where: { pegawai: { nip: NIP.kabidStatistik }, jenis: 'PLT' } });
    const definitif = async () =>
      (
        await t.as(jwt.kadis).get(`/api/evaluasi?nip=${NIP.kabidStatistik}&tahun=${tahun}&bulan=${bulan}`)
      ).body.data.find((x: any) => x.konteks === 'DEFINITIF');
    /** polls until the background sync has run (it starts half a second after the commit) */
    const sampai = async (sumber: string) => {
      const batas = Date.now() + 20000;
      let d = await definitif();
      while (d.perilaku_source !== sumber && Date.now() < batas) {
        await new Promise((r) => setTimeout(r, 200));
        d = await definitif();
      }
      return d;
    };
    expect(await definitif()).toMatchObject({ perilaku_source: 'PLT' });
    const akhir = new Date(Date.UTC(tahun, bulan - 1, 0)).toISOString().slice(0, 10);
    const mulai = pen.tmt_mulai <= akhir ? pen.tmt_mulai : `${tahun - 1}-01-01`;
    const ubah = (data: Record<string, unknown>) =>
      t.as(jwt.admin).put(`/api/panel/penugasan/${pen.documentId}`).send(data);
    try {
      expect(
        (await ubah({ tmt_mulai: mulai, tmt_akhir: akhir, alasan_berakhir: 'Pejabat definitif dilantik' })).status,
      ).toBe(200);
      expect(await sampai('DEFINITIF')).toMatchObject({ perilaku_source: 'DEFINITIF', rating_perilaku_asli: null });
    } finally {
      expect(
        (
          await ubah({
            tmt_mulai: pen.tmt_mulai,
            tmt_akhir: pen.tmt_akhir ?? null,
            alasan_berakhir: pen.alasan_berakhir ?? null,
          })
        ).status,
      ).toBe(200);
    }
    expect(await sampai('PLT')).toMatchObject({ perilaku_source: 'PLT', rating_perilaku: 1 });
  });

  test('the job lock: a second instance cannot take a held lease; released leases can be taken', async () => {
    const kunci = t.strapi.plugin('inti').service('kunci-tugas');
    const a = await kunci.ambil('uji:kunci', 60);
    expect(a).toBeTruthy();
    expect(await kunci.ambil('uji:kunci', 60)).toBeNull();
    await kunci.lepas('uji:kunci', a);
    expect(await kunci.ambil('uji:kunci', 60)).toBeTruthy();
  });
});
