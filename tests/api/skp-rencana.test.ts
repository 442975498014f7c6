/**
 * SKP content through HTTP: creation with snapshots and kind, one SKP per (pegawai, penugasan, year)
 * (service + unique index), the cascading RHK atasan picker (only the penilai's RHK of his submitted or
 * approved SKP of the same year), RHK/IKI bad input (400 naming the field), duplicate indicators,
 * ekspektasi perilaku by the penilai, and the read-only scoped panel resources skp, rhk, iki.
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const id: Record<string, string> = {};
const rhkKadis: string[] = [];
let rhkKabid: string;
let rhkStatistik: string;
/** Next year: the demo city already holds approved SKP of the named accounts for the current year. */
const tahun = Number(hariIniKota().slice(0, 4)) + 1;

beforeAll(async () => {
  for (const k of ['kadis', 'kabidAplikasi', 'staf', 'jf', 'kabidStatistik', 'stafPersandian', 'sekretaris'] as const)
    jwt[k] = await t.token(NIP[k]);
  jwt.admin = await t.token('admin');
  jwt.lainOpd = await t.token(t.demo.lainOpd.username);
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
});

describe('POST /api/skp', () => {
  test('creates my SKP for my definitive post and the year, with snapshots of penilai and his superior', async () => {
    const r = await t.as(jwt.staf).post('/api/skp').send({ tahun });
    expect(r.status).toBe(201);
    const d = r.body.data;
    expect(d).toMatchObject({
      tahun,
      periode_akhir: `${tahun}-12-31`,
      jenis: 'JA',
      status: 'DRAFT',
      pendekatan: 'KUANTITATIF',
      pegawai: { nip: NIP.staf },
      penilai: { nip: NIP.kabidAplikasi, sebagai: 'DEFINITIF' },
      atasan_penilai: { nip: NIP.kadis, sebagai: 'DEFINITIF' },
      lampiran: { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] },
    });
    expect(d.penilai.jabatan).toMatch(/Aplikasi/);
    expect(d.penilai.nama).toBeTruthy();
    id.staf = d.id;
  });

  test('kind from the jabatan: JPT for the Kepala Dinas, JF for the Pranata Komputer', async () => {
    const a = await t.as(jwt.kadis).post('/api/skp').send({ tahun });
    expect(a.status).toBe(201);
    expect(a.body.data.jenis).toBe('JPT');
    id.kadis = a.body.data.id;
    const b = await t.as(jwt.jf).post('/api/skp').send({ tahun });
    expect(b.status).toBe(201);
    expect(b.body.data).toMatchObject({ jenis: 'JF', penilai: { nip: NIP.kabidAplikasi } });
    id.jf = b.body.data.id;
    const c = await t.as(jwt.kabidAplikasi).post('/api/skp').send({ tahun });
    expect(c.status).toBe(201);
    expect(c.body.data).toMatchObject({ jenis: 'JA', penilai: { nip: NIP.kadis } });
    id.kabid = c.body.data.id;
    const e = await t.as(jwt.kabidStatistik).post('/api/skp').send({ tahun });
    expect(e.status).toBe(201);
    id.statistik = e.body.data.id;
  });

  test('a Plt pelaksana gets the Plt as penilai, marked Plt. in the snapshot', async () => {
    const r = await t.as(jwt.stafPersandian).post('/api/skp').send({ tahun });
    expect(r.status).toBe(201);
    expect(r.body.data.penilai).toMatchObject({ nip: NIP.kabidStatistik, sebagai: 'PLT' });
    expect(r.body.data.penilai.jabatan).toMatch(/^Plt\. /);
    id.persandian = r.body.data.id;
  });

  test('the Plt may open an SKP for his Plt post too; its penilai is the penilai of that post', async () => {
    const pen = await t.strapi.db.query('plugin::inti.penugasan').findOne({
      where: { pegawai: { id: t.demo.pegawai.kabidStatistik.pegawaiId }, jenis: 'PLT' },
      select: ['documentId'],
    });
    const r = await t.as(jwt.kabidStatistik).post('/api/skp').send({ tahun, penugasan_id: pen.documentId });
    expect(r.status).toBe(201);
    expect(r.body.data).toMatchObject({ penugasan: { jenis: 'PLT' }, penilai: { nip: NIP.kadis } });
    expect(r.body.data.pegawai_snapshot.jabatan).toMatch(/^Plt\. /);
    const [h] = (await t.as(jwt.kabidStatistik).get(`/api/skp/${r.body.data.id}/riwayat`)).body.data;
    expect(h).toMatchObject({ aksi: 'BUAT', ke: 'DRAFT', aktor_nip: NIP.kabidStatistik, bertindak_sebagai: 'PLT' });
  });

  test('one SKP per (pegawai, penugasan, year): a second one is 409 SKP_SUDAH_ADA', async () => {
    const r = await t.as(jwt.staf).post('/api/skp').send({ tahun });
    expect(r.status).toBe(409);
    expect(r.body.error.details).toMatchObject({ code: 'SKP_SUDAH_ADA', id: id.staf });
  });

  test('without tahun the current year (city clock) is meant: the demo SKP of this year already exists → 409', async () => {
    const r = await t.as(jwt.staf).post('/api/skp').send({});
    expect(r.status).toBe(409);
    expect(r.body.error.details.code).toBe('SKP_SUDAH_ADA');
    const ada = await t.strapi.db
      .query('plugin::kinerja.skp')
      .findOne({ where: { documentId: r.body.error.details.id }, select: ['tahun'] });
    expect(ada.tahun).toBe(tahun - 1);
  });

  test('the database refuses a duplicate key even past the service (unique index)', async () => {
    const knex = t.strapi.db.connection;
    const indeks =
      t.db === 'postgres'
        ? (
            await knex.raw(
              "SELECT indexname AS nama FROM pg_indexes WHERE tablename = 'skp' AND schemaname = current_schema()",
            )
          ).rows
        : await knex.raw("SELECT name AS nama FROM sqlite_master WHERE type = 'index' AND tbl_name = 'skp'");
    expect(indeks.map((i: any) => i.nama)).toContain('ux_skp_kunci_unik');
    const s = await t.strapi.db
      .query('plugin::kinerja.skp')
      .findOne({ where: { documentId: id.staf }, select: ['kunci_unik'] });
    expect(s.kunci_unik).toMatch(/^\d+:\d+:\d{4}$/);
    let galat: any = null;
    try {
      await t.strapi.db.query('plugin::kinerja.skp').create({
        data: {
          kunci_unik: s.kunci_unik,
          tahun,
          periode_mulai: `${tahun}-01-01`,
          periode_akhir: `${tahun}-12-31`,
          jenis: 'JA',
          pendekatan: 'KUANTITATIF',
          status: 'DRAFT',
        },
      });
    } catch (e) {
      galat = e;
    }
    expect(String(galat?.message ?? galat)).toMatch(/unique|duplicate/i);
    expect(await t.strapi.db.query('plugin::kinerja.skp').count({ where: { kunci_unik: s.kunci_unik } })).toBe(1);
  });

  test('bad input: a penugasan that is not mine → 400 naming penugasan_id; a service account → 403; bad year → 400', async () => {
    const lain = await t.strapi.db
      .query('plugin::inti.penugasan')
      .findOne({ where: { pegawai: { id: t.demo.pegawai.kadis.pegawaiId } }, select: ['documentId'] });
    const a = await t.as(jwt.staf).post('/api/skp').send({ tahun, penugasan_id: lain.documentId });
    expect(a.status).toBe(400);
    expect(a.body.error.details).toMatchObject({ code: 'PENUGASAN_TIDAK_VALID', field: 'penugasan_id' });
    const b = await t.as(jwt.admin).post('/api/skp').send({ tahun });
    expect(b.status).toBe(403);
    const c = await t.as(jwt.staf).post('/api/skp').send({ tahun: 'dua ribu' });
    expect(c.status).toBe(400);
    expect(c.body.error.details.field).toBe('tahun');
  });

  test('unauthenticated → refused', async () => {
    const r = await t.http().post('/api/skp').send({ tahun });
    expect([401, 403]).toContain(r.status);
  });
});

describe('cascading RHK atasan', () => {
  test('JPT RHK utama needs a perspektif; then the Kepala Dinas submits', async () => {
    const a = await t
      .as(jwt.kadis)
      .post(`/api/skp/${id.kadis}/rhk`)
      .send({ jenis: 'UTAMA', uraian: 'Meningkatnya kualitas layanan SPBE' });
    expect(a.status).toBe(400);
    expect(a.body.error.details).toMatchObject({ code: 'PERSPEKTIF_WAJIB', field: 'perspektif' });
    for (const [uraian, perspektif] of [
      ['Meningkatnya kualitas layanan SPBE', 'PENERIMA_LAYANAN'],
      ['Meningkatnya keamanan informasi', 'PROSES_BISNIS'],
    ]) {
      const r = await t
        .as(jwt.kadis)
        .post(`/api/skp/${id.kadis}/rhk`)
        .send({ jenis: 'UTAMA', uraian, perspektif, is_sasaran_prioritas: true });
      expect(r.status).toBe(201);
      expect(r.body.data).toMatchObject({ perspektif, is_sasaran_prioritas: true, rhk_atasan: null });
      rhkKadis.push(r.body.data.id);
    }
  });

  test('before the penilai submits his SKP the picker offers nothing', async () => {
    const r = await t.as(jwt.kabidAplikasi).get(`/api/skp/rhk-atasan?skp=${id.kabid}`);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual([]);
    const x = await t
      .as(jwt.kabidAplikasi)
      .post(`/api/skp/${id.kabid}/rhk`)
      .send({ jenis: 'UTAMA', uraian: 'Tersedianya aplikasi layanan publik', rhk_atasan_id: rhkKadis[0] });
    expect(x.status).toBe(400);
    expect(x.body.error.details).toMatchObject({ code: 'RHK_ATASAN_TIDAK_VALID', field: 'rhk_atasan_id' });
  });

  test('after the Kepala Dinas submits, the Kabid sees exactly his RHK', async () => {
    expect((await t.as(jwt.kadis).post(`/api/skp/${id.kadis}/ajukan`).send({})).status).toBe(200);
    const r = await t.as(jwt.kabidAplikasi).get(`/api/skp/rhk-atasan?skp=${id.kabid}`);
    expect(r.status).toBe(200);
    expect(r.body.data.map((x: any) => x.id).sort()).toEqual([...rhkKadis].sort());
    expect(r.body.data[0].skp).toMatchObject({ nip: NIP.kadis, status: 'DIAJUKAN' });
  });

  test('JA RHK utama without RHK atasan → 400 RHK_ATASAN_WAJIB; with the penilai RHK → 201', async () => {
    const a = await t
      .as(jwt.kabidAplikasi)
      .post(`/api/skp/${id.kabid}/rhk`)
      .send({ jenis: 'UTAMA', uraian: 'Tersedianya aplikasi layanan publik' });
    expect(a.status).toBe(400);
    expect(a.body.error.details).toMatchObject({ code: 'RHK_ATASAN_WAJIB', field: 'rhk_atasan_id' });
    const b = await t
      .as(jwt.kabidAplikasi)
      .post(`/api/skp/${id.kabid}/rhk`)
      .send({ jenis: 'UTAMA', uraian: 'Tersedianya aplikasi layanan publik', rhk_atasan_id: rhkKadis[0] });
    expect(b.status).toBe(201);
    expect(b.body.data.rhk_atasan).toMatchObject({ id: rhkKadis[0] });
    rhkKabid = b.body.data.id;
    expect((await t.as(jwt.kabidAplikasi).post(`/api/skp/${id.kabid}/ajukan`).send({})).status).toBe(200);
    // another Kabid's submitted RHK must not appear in the staff's picker
    const s = await t
      .as(jwt.kabidStatistik)
      .post(`/api/skp/${id.statistik}/rhk`)
      .send({ jenis: 'UTAMA', uraian: 'Tersedianya data statistik sektoral', rhk_atasan_id: rhkKadis[1] });
    expect(s.status).toBe(201);
    rhkStatistik = s.body.data.id;
    expect((await t.as(jwt.kabidStatistik).post(`/api/skp/${id.statistik}/ajukan`).send({})).status).toBe(200);
  });

  test('the staff picker offers only his penilai’s RHK (not the Kepala Dinas’ nor another Kabid’s)', async () => {
    for (const k of ['staf', 'jf'] as const) {
      const r = await t.as(jwt[k]).get(`/api/skp/rhk-atasan?skp=${id[k]}`);
      expect(r.status).toBe(200);
      expect(r.body.data.map((x: any) => x.id)).toEqual([rhkKabid]);
    }
    const p = await t.as(jwt.stafPersandian).get(`/api/skp/rhk-atasan?skp=${id.persandian}`);
    expect(p.body.data.map((x: any) => x.id)).toEqual([rhkStatistik]);
    for (const salah of [rhkKadis[0], rhkStatistik]) {
      const r = await t
        .as(jwt.staf)
        .post(`/api/skp/${id.staf}/rhk`)
        .send({ jenis: 'UTAMA', uraian: 'Terkelolanya aplikasi', rhk_atasan_id: salah });
      expect(r.status).toBe(400);
      expect(r.body.error.details.code).toBe('RHK_ATASAN_TIDAK_VALID');
    }
  });

  test('the picker is only for those who see the SKP; a missing skp parameter is a 400', async () => {
    expect((await t.as(jwt.lainOpd).get(`/api/skp/rhk-atasan?skp=${id.staf}`)).status).toBe(403);
    const r = await t.as(jwt.staf).get('/api/skp/rhk-atasan');
    expect(r.status).toBe(400);
    expect(r.body.error.details.field).toBe('skp');
  });

  test('a TAMBAHAN with an RHK atasan → 400; perspektif on a JA SKP → 400', async () => {
    const a = await t
      .as(jwt.staf)
      .post(`/api/skp/${id.staf}/rhk`)
      .send({ jenis: 'TAMBAHAN', uraian: 'Tugas tambahan', rhk_atasan_id: rhkKabid });
    expect(a.body.error.details).toMatchObject({ code: 'RHK_ATASAN_TIDAK_BOLEH', field: 'rhk_atasan_id' });
    const b = await t
      .as(jwt.staf)
      .post(`/api/skp/${id.staf}/rhk`)
      .send({ jenis: 'UTAMA', uraian: 'x', rhk_atasan_id: rhkKabid, perspektif: 'ANGGARAN' });
    expect(b.body.error.details).toMatchObject({ code: 'PERSPEKTIF_TIDAK_BOLEH', field: 'perspektif' });
  });

  test("a penilai's RHK that a subordinate intervenes cannot be deleted, even once his SKP is editable again", async () => {
    expect(
      (
        await t
          .as(jwt.staf)
          .post(`/api/skp/${id.staf}/rhk`)
          .send({ jenis: 'UTAMA', uraian: 'Terkelolanya aplikasi layanan', rhk_atasan_id: rhkKabid })
      ).status,
    ).toBe(201);
    const a = await t.as(jwt.kadis).delete(`/api/rhk/${rhkKadis[0]}`);
    expect(a.status).toBe(409);
    expect(a.body.error.details).toMatchObject({ code: 'SKP_STATUS_TIDAK_SESUAI', status_sekarang: 'DIAJUKAN' });
    expect(
      (
        await t
          .as(jwt.admin)
          .post(`/api/skp/${id.kadis}/tolak`)
          .send({ catatan: 'Perbaiki PK.', alasan: 'Sekda berhalangan.' })
      ).status,
    ).toBe(200);
    const b = await t.as(jwt.kadis).delete(`/api/rhk/${rhkKadis[0]}`);
    expect(b.status).toBe(409);
    expect(b.body.error.details.code).toBe('RHK_DIPAKAI_BAWAHAN');
    // an RHK nobody intervenes can be deleted with its IKI
    const c = await t
      .as(jwt.kadis)
      .post(`/api/skp/${id.kadis}/rhk`)
      .send({ jenis: 'TAMBAHAN', uraian: 'Tugas tambahan sementara' });
    await t
      .as(jwt.kadis)
      .post(`/api/rhk/${c.body.data.id}/iki`)
      .send({ uraian: 'Jumlah rapat', target: '4', satuan: 'kali' });
    expect((await t.as(jwt.kadis).delete(`/api/rhk/${c.body.data.id}`)).status).toBe(200);
    expect(await t.strapi.db.query('plugin::kinerja.iki').count({ where: { uraian: 'Jumlah rapat' } })).toBe(0);
  });
});

describe('IKI', () => {
  let rhk: string;
  beforeAll(async () => {
    const d = await t.as(jwt.staf).get(`/api/skp/${id.staf}`);
    rhk = d.body.data.rhk[0].id;
  });

  test.each([
    ['80', 80, 80],
    ['80,5', 80.5, 80.5],
    ['80-90', 80, 90],
    ['80 – 90', 80, 90],
  ])('target %j → %d..%d', async (target, min, max) => {
    const r = await t
      .as(jwt.staf)
      .post(`/api/rhk/${rhk}/iki`)
      .send({ uraian: `Persentase aplikasi aktif ${target}`, target, satuan: 'persen', aspek: 'KUALITAS' });
    expect(r.status).toBe(201);
    expect(r.body.data).toMatchObject({
      target,
      target_min: min,
      target_max: max,
      sifat_target: 'NON_KUMULATIF',
      polaritas: 'NAIK',
    });
  });

  test.each([['banyak'], ['80%'], ['90-80'], [''], [null]])(
    'target %j → 400 TARGET_TIDAK_VALID naming the field target',
    async (target) => {
      const r = await t
        .as(jwt.staf)
        .post(`/api/rhk/${rhk}/iki`)
        .send({ uraian: 'Jumlah laporan', target, satuan: 'laporan' });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({
        data: null,
        error: { status: 400, name: 'ValidationError', details: { code: 'TARGET_TIDAK_VALID', field: 'target' } },
      });
      expect(r.body.error.message).toMatch(/[Tt]arget/);
    },
  );

  test('missing target → 400 naming target; bad aspek → 400 naming aspek', async () => {
    const a = await t.as(jwt.staf).post(`/api/rhk/${rhk}/iki`).send({ uraian: 'Jumlah laporan', satuan: 'laporan' });
    expect(a.status).toBe(400);
    expect(a.body.error.details.field).toBe('target');
    const b = await t
      .as(jwt.staf)
      .post(`/api/rhk/${rhk}/iki`)
      .send({ uraian: 'Jumlah laporan', target: '1', satuan: 'laporan', aspek: 'KECEPATAN' });
    expect(b.status).toBe(400);
    expect(b.body.error.details.field).toBe('aspek');
  });

  test("someone else's IKI/RHK cannot be written (403)", async () => {
    expect(
      (await t.as(jwt.jf).post(`/api/rhk/${rhk}/iki`).send({ uraian: 'x', target: '1', satuan: 'u' })).status,
    ).toBe(403);
    expect((await t.as(jwt.kabidAplikasi).put(`/api/rhk/${rhk}`).send({ uraian: 'x' })).status).toBe(403);
    expect((await t.as(jwt.jf).put(`/api/skp/${id.staf}`).send({ pendekatan: 'KUALITATIF' })).status).toBe(403);
  });

  test('duplicate indicators are hidden (not deleted); a disagreeing duplicate warns and blocks approval', async () => {
    const a = await t
      .as(jwt.jf)
      .post(`/api/skp/${id.jf}/rhk`)
      .send({ jenis: 'TAMBAHAN', uraian: 'Terpeliharanya server' });
    const r = a.body.data.id;
    const i1 = await t
      .as(jwt.jf)
      .post(`/api/rhk/${r}/iki`)
      .send({ uraian: 'Persentase uptime server', target: '99', satuan: 'persen' });
    const i2 = await t
      .as(jwt.jf)
      .post(`/api/rhk/${r}/iki`)
      .send({ uraian: 'persentase  UPTIME server.', target: '99', satuan: 'Persen' });
    expect(i2.status).toBe(201);
    expect(i2.body.data).toMatchObject({ disembunyikan: true, duplikat_dari: i1.body.data.id });
    let d = (await t.as(jwt.jf).get(`/api/skp/${id.jf}`)).body.data;
    expect(d.peringatan).toEqual([]);
    expect(d.rhk[0].iki).toHaveLength(2);
    // disagreeing target → warning
    expect((await t.as(jwt.jf).put(`/api/iki/${i2.body.data.id}`).send({ target: '95' })).status).toBe(200);
    d = (await t.as(jwt.jf).get(`/api/skp/${id.jf}`)).body.data;
    expect(d.peringatan).toHaveLength(1);
    expect(d.peringatan[0].kode).toBe('INDIKATOR_DUPLIKAT_BERKONFLIK');
    expect((await t.as(jwt.jf).post(`/api/skp/${id.jf}/ajukan`).send({})).status).toBe(200);
    const s = await t.as(jwt.kabidAplikasi).post(`/api/skp/${id.jf}/setujui`).send({});
    expect(s.status).toBe(409);
    expect(s.body.error.details.code).toBe('INDIKATOR_DUPLIKAT_BERKONFLIK');
    expect(
      (await t.as(jwt.kabidAplikasi).post(`/api/skp/${id.jf}/tolak`).send({ catatan: 'Samakan target uptime.' }))
        .status,
    ).toBe(200);
    // resolved by deleting the duplicate
    expect((await t.as(jwt.jf).delete(`/api/iki/${i2.body.data.id}`)).status).toBe(200);
    d = (await t.as(jwt.jf).get(`/api/skp/${id.jf}`)).body.data;
    expect(d.peringatan).toEqual([]);
    expect(d.rhk[0].iki.map((x: any) => x.disembunyikan)).toEqual([false]);
  });
});

describe('ekspektasi perilaku', () => {
  const tujuh = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
  test('the SKP shows the 7 BerAKHLAK values with their 3 behaviours', async () => {
    const d = (await t.as(jwt.staf).get(`/api/skp/${id.staf}`)).body.data;
    expect(d.ekspektasi.map((e: any) => e.kode)).toEqual(tujuh);
    expect(d.ekspektasi[0]).toMatchObject({ nama: 'Berorientasi Pelayanan', ekspektasi: null });
    expect(d.ekspektasi.every((e: any) => e.perilaku.length === 3)).toBe(true);
  });

  test('the penilai writes them (200); the owner, a peer or BKPSDM cannot (403); an unknown code is a 400', async () => {
    const body = { ekspektasi: tujuh.map((kode) => ({ kode, ekspektasi: `Ekspektasi ${kode.toLowerCase()}` })) };
    expect((await t.as(jwt.staf).put(`/api/skp/${id.staf}/ekspektasi`).send(body)).status).toBe(403);
    expect((await t.as(jwt.jf).put(`/api/skp/${id.staf}/ekspektasi`).send(body)).status).toBe(403);
    expect((await t.as(jwt.admin).put(`/api/skp/${id.staf}/ekspektasi`).send(body)).status).toBe(403);
    const r = await t.as(jwt.kabidAplikasi).put(`/api/skp/${id.staf}/ekspektasi`).send(body);
    expect(r.status).toBe(200);
    expect(r.body.data.map((e: any) => e.ekspektasi)).toEqual(tujuh.map((k) => `Ekspektasi ${k.toLowerCase()}`));
    const again = await t
      .as(jwt.kabidAplikasi)
      .put(`/api/skp/${id.staf}/ekspektasi`)
      .send({ ekspektasi: [{ kode: 'LOYAL', ekspektasi: 'Menjaga rahasia jabatan' }] });
    expect(again.body.data.find((e: any) => e.kode === 'LOYAL').ekspektasi).toBe('Menjaga rahasia jabatan');
    expect(
      await t.strapi.db.query('plugin::kinerja.ekspektasi-perilaku').count({ where: { skp: { documentId: id.staf } } }),
    ).toBe(7);
    const bad = await t
      .as(jwt.kabidAplikasi)
      .put(`/api/skp/${id.staf}/ekspektasi`)
      .send({ ekspektasi: [{ kode: 'JUJUR', ekspektasi: 'x' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toMatchObject({ code: 'KODE_PERILAKU_TIDAK_DIKENAL', field: 'ekspektasi.0.kode' });
  });
});

describe('GET /api/skp/:id', () => {
  test('owner, penilai, Admin OPD and BKPSDM read; a pegawai of another OPD and a peer cannot', async () => {
    for (const k of ['staf', 'kabidAplikasi', 'kadis', 'adminOpd', 'admin'])
      expect([k, (await t.as(jwt[k]).get(`/api/skp/${id.staf}`)).status]).toEqual([k, 200]);
    for (const k of ['lainOpd', 'jf'])
      expect([k, (await t.as(jwt[k]).get(`/api/skp/${id.staf}`)).status]).toEqual([k, 403]);
    expect((await t.as(jwt.staf).get('/api/skp/tidak-ada')).status).toBe(404);
  });
});

describe('panel resources skp, rhk, iki (read-only, scoped)', () => {
  const daftar = (token: string, res: string, filter: Record<string, unknown> = {}) =>
    t
      .as(token)
      .get(
        `/api/panel/${res}?range=${encodeURIComponent('[0,199]')}&filter=${encodeURIComponent(JSON.stringify(filter))}`,
      );

  test('a pegawai sees his own; a penilai his own and his subordinates; BKPSDM all; another OPD none of these', async () => {
    const nip = async (token: string, f = {}) => {
      const r = await daftar(token, 'skp', f);
      expect(r.status).toBe(200);
      expect(r.headers['content-range']).toMatch(/^skp \d+-\d+\/\d+$|^skp \*\/0$/);
      return new Set((r.body as any[]).map((x) => x.pegawai_nip));
    };
    expect(await nip(jwt.staf)).toEqual(new Set([NIP.staf]));
    expect(await nip(jwt.kabidAplikasi)).toEqual(new Set([NIP.kabidAplikasi, NIP.staf, NIP.jf]));
    const semua = await nip(jwt.admin);
    for (const n of [NIP.staf, NIP.jf, NIP.kadis, NIP.stafPersandian]) expect(semua.has(n)).toBe(true);
    const lain = await nip(jwt.lainOpd);
    for (const n of [NIP.staf, NIP.jf, NIP.kadis]) expect(lain.has(n)).toBe(false);
    expect(await nip(jwt.kabidStatistik)).toEqual(new Set([NIP.kabidStatistik, NIP.stafPersandian]));
  });

  test('filters tahun, status, opd_id, pegawai_id', async () => {
    const a = (await daftar(jwt.admin, 'skp', { status: 'DIAJUKAN', tahun })).body as any[];
    expect(a.length).toBeGreaterThan(0);
    expect(a.every((x) => x.status === 'DIAJUKAN' && x.tahun === tahun)).toBe(true);
    const b = (await daftar(jwt.admin, 'skp', { opd_id: t.demo.opdDiskominfo.documentId })).body as any[];
    expect(b.every((x) => x.opd_id === t.demo.opdDiskominfo.documentId)).toBe(true);
    const c = (await daftar(jwt.admin, 'skp', { pegawai_id: t.demo.pegawai.jf.documentId, tahun })).body as any[];
    expect(c.map((x) => x.id)).toEqual([id.jf]);
    expect((await daftar(jwt.admin, 'skp', { tahun: 'dua' })).status).toBe(400);
  });

  test('a list page runs a constant number of queries whatever its size', async () => {
    const hitung = async (res: string, akhir: number) =>
      (
        await t.hitungQuery(() =>
          t
            .as(jwt.admin)
            .get(`/api/panel/${res}?range=${encodeURIComponent(`[0,${akhir}]`)}`)
            .expect(200),
        )
      ).jumlah;
    for (const res of ['skp', 'rhk', 'iki']) expect([res, await hitung(res, 0)]).toEqual([res, await hitung(res, 49)]);
  });

  test('rhk and iki are scoped the same way, and read-only', async () => {
    const r = (await daftar(jwt.staf, 'rhk')).body as any[];
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((x) => x.pegawai_nip === NIP.staf)).toBe(true);
    const i = (await daftar(jwt.staf, 'iki', { skp_id: id.staf })).body as any[];
    expect(i.length).toBeGreaterThan(0);
    expect(i.every((x) => x.skp_id === id.staf)).toBe(true);
    expect(((await daftar(jwt.lainOpd, 'iki', { skp_id: id.staf })).body as any[]).length).toBe(0);
    const one = await t.as(jwt.staf).get(`/api/panel/skp/${id.staf}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: id.staf, status: expect.any(String) });
    expect((await t.as(jwt.jf).get(`/api/panel/skp/${id.staf}`)).status).toBe(403);
    expect((await t.as(jwt.admin).post('/api/panel/skp').send({ tahun })).status).toBe(403);
    expect((await t.as(jwt.admin).put(`/api/panel/skp/${id.staf}`).send({ status: 'DISETUJUI' })).status).toBe(403);
    expect((await t.as(jwt.admin).delete(`/api/panel/rhk/${r[0].id}`)).status).toBe(403);
  });
});
