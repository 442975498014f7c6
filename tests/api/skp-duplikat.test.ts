/**
 * Conflicting duplicate indicators through HTTP (domain.md §3): a conflict blocks approval; the Kepala
 * OPD of the owner's OPD (often the owner himself) or Admin BKPSDM overrides it with a written reason
 * (POST /api/skp/:id/abaikan-konflik-duplikat), written once in the history and the audit; approval then
 * passes until a new conflict appears. Refusals (403/400/409) write nothing.
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';

const t = mulaiStrapi();
/** Next year: the demo city already holds approved SKP of the named accounts for the current year. */
const tahun = Number(hariIniKota().slice(0, 4)) + 1;

const jwt: Record<string, string> = {};
const ALASAN = 'Target berbeda disepakati dalam rapat pimpinan OPD';
let skpKadis: string;
let rhkKadis: string;
const iki: Record<string, string> = {};
/** the Kepala Dinas's penilai (the Sekda), or admin approving with a reason when he has no login */
let setujuiKadis: (body?: Record<string, unknown>) => Promise<any>;
let tolakKadis: (catatan: string) => Promise<any>;
/** a POST by the Kepala Dinas's penilai (or by admin with a reason, as above) */
let olehPenilaiKadis: (path: string, body?: Record<string, unknown>) => Promise<any>;

const abaikan = (jw: string, id: string, body: unknown) =>
  t
    .as(jw)
    .post(`/api/skp/${id}/abaikan-konflik-duplikat`)
    .send(body as any);
const riwayat = async (id: string) => (await t.as(jwt.admin).get(`/api/skp/${id}/riwayat`)).body.data as any[];
const barisAbaikan = async (id: string) => (await riwayat(id)).filter((r) => r.aksi === 'ABAIKAN_KONFLIK_DUPLIKAT');
const auditAbaikan = (id: string) =>
  t.strapi.db
    .query('plugin::inti.audit-log')
    .findMany({ where: { aksi: 'SKP_KONFLIK_DUPLIKAT_DIABAIKAN', objek_id: id } });
const detail = async (id: string) => (await t.as(jwt.admin).get(`/api/skp/${id}`)).body.data;
const skpDb = (id: string) => t.strapi.db.query('plugin::kinerja.skp').findOne({ where: { documentId: id } });

beforeAll(async () => {
  for (const k of ['kadis', 'staf', 'kabidAplikasi', 'sekretaris'] as const) jwt[k] = await t.token(NIP[k]);
  jwt.admin = await t.token('admin');
  jwt.lainOpd = await t.token(t.demo.lainOpd.username);

  const r = await t.as(jwt.kadis).post('/api/skp').send({ tahun });
  expect(r.status).toBe(201);
  expect(r.body.data.jenis).toBe('JPT');
  skpKadis = r.body.data.id;

  // Who rates the Kepala Dinas? Ask the organisation service (the Sekda in the demo city).
  const s = await skpDb(skpKadis);
  const penilai = await t.strapi
    .plugin('inti')
    .service('organisasi')
    .penilaiPegawai(t.demo.pegawai.kadis.pegawaiId, s.periode_mulai);
  let jwtPenilai: string | null = null;
  if (penilai) {
    const p = await t.strapi.db
      .query('plugin::inti.pegawai')
      .findOne({ where: { id: Number(penilai.pegawaiId) }, select: ['nip'] });
    expect(r.body.data.penilai?.nip).toBe(p.nip);
    jwtPenilai = await t.token(p.nip).catch(() => null);
  }
  // the seeded city has the Sekda with a login; the helper's fallback city has no penilai above the Kepala Dinas
  if (t.demo.dariSeed) expect(jwtPenilai).not.toBeNull();
  olehPenilaiKadis = (path, body = {}) =>
    jwtPenilai
      ? t.as(jwtPenilai).post(path).send(body)
      : t
          .as(jwt.admin)
          .post(path)
          .send({ alasan: 'Pejabat penilai tidak memiliki akun', ...body });
  setujuiKadis = (body = {}) =>
    jwtPenilai
      ? t.as(jwtPenilai).post(`/api/skp/${skpKadis}/setujui`).send(body)
      : t
          .as(jwt.admin)
          .post(`/api/skp/${skpKadis}/setujui`)
          .send({ alasan: 'Pejabat penilai tidak memiliki akun', ...body });
  tolakKadis = (catatan) =>
    jwtPenilai
      ? t.as(jwtPenilai).post(`/api/skp/${skpKadis}/tolak`).send({ catatan })
      : t
          .as(jwt.admin)
          .post(`/api/skp/${skpKadis}/tolak`)
          .send({ catatan, alasan: 'Pejabat penilai tidak memiliki akun' });

  const a = await t.as(jwt.kadis).post(`/api/skp/${skpKadis}/rhk`).send({
    jenis: 'UTAMA',
    perspektif: 'PENERIMA_LAYANAN',
    uraian: 'Meningkatnya kualitas layanan digital pemerintah kota',
  });
  expect(a.status).toBe(201);
  rhkKadis = a.body.data.id;
  const i = await t
    .as(jwt.kadis)
    .post(`/api/rhk/${rhkKadis}/iki`)
    .send({ uraian: 'Persentase layanan publik online', target: '80', satuan: 'persen' });
  expect(i.status).toBe(201);
  iki.a = i.body.data.id;
});

describe('before any conflict', () => {
  test('GET exposes the conflict fields: none, nothing overridden, nothing open', async () => {
    const d = await detail(skpKadis);
    expect(d).toMatchObject({ peringatan: [], konflik_duplikat_diabaikan: null, konflik_terbuka: false });
  });

  test('no conflicting duplicates → 409 TIDAK_ADA_KONFLIK (Kepala Dinas and admin), nothing written', async () => {
    const sebelum = (await riwayat(skpKadis)).length;
    for (const jw of [jwt.kadis, jwt.admin]) {
      const r = await abaikan(jw, skpKadis, { alasan: ALASAN });
      expect(r.status).toBe(409);
      expect(r.body.error.details.code).toBe('TIDAK_ADA_KONFLIK');
    }
    expect((await riwayat(skpKadis)).length).toBe(sebelum);
    expect((await skpDb(skpKadis)).konflik_duplikat_diabaikan ?? null).toBeNull();
  });

  test('unknown SKP → 404', async () => {
    const r = await abaikan(jwt.admin, 'tidak-ada-skp-ini', { alasan: ALASAN });
    expect(r.status).toBe(404);
  });
});

describe('a conflict on the Kepala Dinas SKP', () => {
  test('two IKI with the same normalised name and a different target conflict; approval by his penilai is blocked', async () => {
    const i = await t
      .as(jwt.kadis)
      .post(`/api/rhk/${rhkKadis}/iki`)
      .send({ uraian: 'persentase  Layanan publik (online).', target: '90', satuan: 'Persen' });
    expect(i.status).toBe(201);
    iki.b = i.body.data.id;
    const d = await detail(skpKadis);
    expect(d.peringatan).toHaveLength(1);
    expect(d.peringatan[0]).toMatchObject({ kode: 'INDIKATOR_DUPLIKAT_BERKONFLIK' });
    expect([...d.peringatan[0].indikator].sort()).toEqual([iki.a, iki.b].sort());
    expect(d).toMatchObject({ konflik_duplikat_diabaikan: null, konflik_terbuka: true });

    expect((await t.as(jwt.kadis).post(`/api/skp/${skpKadis}/ajukan`).send({})).status).toBe(200);
    const s = await setujuiKadis();
    expect(s.status).toBe(409);
    expect(s.body.error.details).toMatchObject({ code: 'INDIKATOR_DUPLIKAT_BERKONFLIK', jumlah_konflik: 1 });
    const adm = await t
      .as(jwt.admin)
      .post(`/api/skp/${skpKadis}/setujui`)
      .send({ alasan: 'Pejabat penilai sedang dinas luar' });
    expect(adm.status).toBe(409);
    expect(adm.body.error.details.code).toBe('INDIKATOR_DUPLIKAT_BERKONFLIK');
    expect((await skpDb(skpKadis)).status).toBe('DIAJUKAN');
  });

  test('refusals write nothing: staff, a Kabid, the Sekretaris, another OPD → 403 BUKAN_KEPALA_OPD; a short or missing reason → 400 ALASAN_WAJIB naming alasan', async () => {
    const sebelum = (await riwayat(skpKadis)).length;
    for (const jw of [jwt.staf, jwt.kabidAplikasi, jwt.sekretaris, jwt.lainOpd]) {
      const r = await abaikan(jw, skpKadis, { alasan: ALASAN });
      expect(r.status).toBe(403);
      expect(r.body.error.details.code).toBe('BUKAN_KEPALA_OPD');
    }
    for (const body of [
      { alasan: 'pendek' },
      { alasan: '   123456789   ' },
      {},
      { alasan: null },
      { alasan: 12345678901 },
    ]) {
      const r = await abaikan(jwt.kadis, skpKadis, body);
      expect(r.status).toBe(400);
      expect(r.body.error.details).toMatchObject({ code: 'ALASAN_WAJIB', field: 'alasan' });
    }
    expect((await riwayat(skpKadis)).length).toBe(sebelum);
    expect((await skpDb(skpKadis)).konflik_duplikat_diabaikan ?? null).toBeNull();
    expect(await auditAbaikan(skpKadis)).toHaveLength(0);
  });

  test('one transaction: a failing audit write leaves no override and no history row', async () => {
    const sebelum = (await riwayat(skpKadis)).length;
    const auditSvc = t.strapi.plugin('inti').service('audit');
    const spy = jest.spyOn(auditSvc, 'catat').mockRejectedValueOnce(new Error('disk penuh (uji)'));
    try {
      const r = await abaikan(jwt.kadis, skpKadis, { alasan: ALASAN });
      expect(r.status).toBe(500);
      expect(JSON.stringify(r.body)).not.toMatch(/disk penuh/);
    } finally {
      spy.mockRestore();
    }
    expect((await riwayat(skpKadis)).length).toBe(sebelum);
    expect((await skpDb(skpKadis)).konflik_duplikat_diabaikan ?? null).toBeNull();
  });

  test('the Kepala Dinas overrides on his own SKP → 200 with the GET shape; one history row and one audit record', async () => {
    const r = await abaikan(jwt.kadis, skpKadis, { alasan: `  ${ALASAN}  ` });
    expect(r.status).toBe(200);
    const d = r.body.data;
    // the same body as his own GET (kedudukan_saya is the caller's standing: the owner here)
    const get = (await t.as(jwt.kadis).get(`/api/skp/${skpKadis}`)).body.data;
    expect(Object.keys(d).sort()).toEqual(Object.keys(get).sort());
    expect(d).toEqual(get);
    expect(d.kedudukan_saya).toMatchObject({ pemilik: true, penilai: false });
    expect(d).toMatchObject({ id: skpKadis, status: 'DIAJUKAN', konflik_terbuka: false });
    expect(d.rhk[0].iki).toHaveLength(2);
    expect(d.ekspektasi).toHaveLength(7);
    expect(d.peringatan).toHaveLength(1);
    const o = d.konflik_duplikat_diabaikan;
    expect(o).toMatchObject({ alasan: ALASAN, oleh_nip: NIP.kadis, sebagai: 'DEFINITIF' });
    expect(o.oleh_nama).toBeTruthy();
    expect(new Date(o.waktu).toISOString()).toBe(o.waktu);
    expect([...o.indikator].sort()).toEqual([iki.a, iki.b].sort());

    const h = await riwayat(skpKadis);
    expect(h[0]).toMatchObject({
      objek_tipe: 'SKP',
      objek_id: skpKadis,
      aksi: 'ABAIKAN_KONFLIK_DUPLIKAT',
      dari: 'DIAJUKAN',
      ke: 'DIAJUKAN',
      aktor_nip: NIP.kadis,
      bertindak_sebagai: 'DEFINITIF',
      catatan: `Konflik indikator ganda diabaikan: ${ALASAN}`,
    });
    expect(h.filter((x) => x.aksi === 'ABAIKAN_KONFLIK_DUPLIKAT')).toHaveLength(1);
    const au = await auditAbaikan(skpKadis);
    expect(au).toHaveLength(1);
    expect(au[0]).toMatchObject({ objek_tipe: 'skp', bertindak_sebagai: 'DEFINITIF' });
  });

  test('a new conflicting IKI added after the override (SKP rejected, editable again) blocks approval again', async () => {
    expect((await tolakKadis('Lengkapi indikator kepuasan.')).status).toBe(200);
    const c = await t
      .as(jwt.kadis)
      .post(`/api/rhk/${rhkKadis}/iki`)
      .send({ uraian: 'Indeks kepuasan masyarakat', target: '3,5', satuan: 'indeks' });
    const e = await t
      .as(jwt.kadis)
      .post(`/api/rhk/${rhkKadis}/iki`)
      .send({ uraian: 'INDEKS Kepuasan  Masyarakat', target: '3,5', satuan: 'nilai' });
    expect(c.status).toBe(201);
    expect(e.status).toBe(201);
    iki.c = c.body.data.id;
    iki.e = e.body.data.id;
    const d = await detail(skpKadis);
    expect(d.peringatan).toHaveLength(2);
    expect(d.konflik_terbuka).toBe(true);
    expect([...d.konflik_duplikat_diabaikan.indikator].sort()).toEqual([iki.a, iki.b].sort());

    expect((await t.as(jwt.kadis).post(`/api/skp/${skpKadis}/ajukan`).send({})).status).toBe(200);
    const s = await setujuiKadis();
    expect(s.status).toBe(409);
    expect(s.body.error.details).toMatchObject({ code: 'INDIKATOR_DUPLIKAT_BERKONFLIK', jumlah_konflik: 1 });
    expect((await skpDb(skpKadis)).status).toBe('DIAJUKAN');
  });

  test('the new conflict resolved (satuan aligned), approval succeeds; the history holds the override row once', async () => {
    expect((await tolakKadis('Samakan satuan indeks kepuasan.')).status).toBe(200);
    expect((await t.as(jwt.kadis).put(`/api/iki/${iki.e}`).send({ satuan: 'indeks' })).status).toBe(200);
    const d = await detail(skpKadis);
    expect(d.peringatan).toHaveLength(1);
    expect(d.konflik_terbuka).toBe(false);
    expect((await t.as(jwt.kadis).post(`/api/skp/${skpKadis}/ajukan`).send({})).status).toBe(200);
    const s = await setujuiKadis();
    expect(s.status).toBe(200);
    expect(s.body.data).toMatchObject({ status: 'DISETUJUI', konflik_terbuka: false });
    expect(await barisAbaikan(skpKadis)).toHaveLength(1);
    expect((await riwayat(skpKadis))[0]).toMatchObject({ aksi: 'SETUJUI', ke: 'DISETUJUI' });
  });

  test('an approved SKP cannot be overridden any more → 409 SKP_STATUS_TIDAK_SESUAI', async () => {
    const r = await abaikan(jwt.kadis, skpKadis, { alasan: ALASAN });
    expect(r.status).toBe(409);
    expect(r.body.error.details).toMatchObject({ code: 'SKP_STATUS_TIDAK_SESUAI', status_sekarang: 'DISETUJUI' });
    expect(await barisAbaikan(skpKadis)).toHaveLength(1);
  });

  test('a reopened RHK that brings a conflicting duplicate cannot be approved (409) until it agrees; the SKP stays approved', async () => {
    expect((await t.as(jwt.kadis).post(`/api/rhk/${rhkKadis}/revisi`).send({})).status).toBe(200);
    const f = await t
      .as(jwt.kadis)
      .post(`/api/rhk/${rhkKadis}/iki`)
      .send({ uraian: 'Indeks kepuasan masyarakat.', target: '4', satuan: 'indeks' });
    expect(f.status).toBe(201);
    expect((await detail(skpKadis)).konflik_terbuka).toBe(true);
    expect((await t.as(jwt.kadis).post(`/api/rhk/${rhkKadis}/ajukan`).send({})).status).toBe(200);

    const s = await olehPenilaiKadis(`/api/rhk/${rhkKadis}/setujui`);
    expect(s.status).toBe(409);
    expect(s.body.error.details).toMatchObject({ code: 'INDIKATOR_DUPLIKAT_BERKONFLIK', jumlah_konflik: 1 });
    expect(
      await t.strapi.db
        .query('plugin::kinerja.rhk')
        .findOne({ where: { documentId: rhkKadis }, select: ['status_revisi'] }),
    ).toMatchObject({ status_revisi: 'DIAJUKAN' });
    expect((await skpDb(skpKadis)).status).toBe('DISETUJUI');

    expect(
      (await olehPenilaiKadis(`/api/rhk/${rhkKadis}/tolak`, { catatan: 'Samakan target indeks kepuasan.' })).status,
    ).toBe(200);
    expect((await t.as(jwt.kadis).put(`/api/iki/${f.body.data.id}`).send({ target: '3,5' })).status).toBe(200);
    expect((await detail(skpKadis)).konflik_terbuka).toBe(false);
    expect((await t.as(jwt.kadis).post(`/api/rhk/${rhkKadis}/ajukan`).send({})).status).toBe(200);
    const ok = await olehPenilaiKadis(`/api/rhk/${rhkKadis}/setujui`);
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ status: 'DISETUJUI', rhk: { id: rhkKadis, status_revisi: null } });
  });
});

describe("a conflict on a staff member's SKP", () => {
  let skpStaf: string;

  beforeAll(async () => {
    const r = await t.as(jwt.staf).post('/api/skp').send({ tahun });
    expect(r.status).toBe(201);
    skpStaf = r.body.data.id;
    const a = await t
      .as(jwt.staf)
      .post(`/api/skp/${skpStaf}/rhk`)
      .send({ jenis: 'TAMBAHAN', uraian: 'Terlaksananya pendampingan pengguna aplikasi' });
    expect(a.status).toBe(201);
    for (const [uraian, satuan] of [
      ['Jumlah OPD didampingi', 'OPD'],
      ['jumlah opd  didampingi', 'kegiatan'],
    ]) {
      expect(
        (await t.as(jwt.staf).post(`/api/rhk/${a.body.data.id}/iki`).send({ uraian, target: '10', satuan })).status,
      ).toBe(201);
    }
    expect((await detail(skpStaf)).konflik_terbuka).toBe(true);
  });

  test('the owner (staff) → 403 BUKAN_KEPALA_OPD; his Kabid → 403', async () => {
    for (const jw of [jwt.staf, jwt.kabidAplikasi]) {
      const r = await abaikan(jw, skpStaf, { alasan: ALASAN });
      expect(r.status).toBe(403);
      expect(r.body.error.details.code).toBe('BUKAN_KEPALA_OPD');
    }
  });

  test('admin → 200 as ADMIN (in DRAFT); then the Kepala Dinas (Kepala OPD of the owner) → 200 as DEFINITIF, one row each', async () => {
    const a = await abaikan(jwt.admin, skpStaf, { alasan: 'Diverifikasi BKPSDM: satuan berbeda disengaja' });
    expect(a.status).toBe(200);
    expect(a.body.data).toMatchObject({
      status: 'DRAFT',
      konflik_terbuka: false,
      konflik_duplikat_diabaikan: {
        sebagai: 'ADMIN',
        oleh_nip: 'admin',
        alasan: 'Diverifikasi BKPSDM: satuan berbeda disengaja',
      },
    });
    expect(a.body.data.konflik_duplikat_diabaikan.indikator).toHaveLength(2);
    expect((await riwayat(skpStaf))[0]).toMatchObject({
      aksi: 'ABAIKAN_KONFLIK_DUPLIKAT',
      dari: 'DRAFT',
      ke: 'DRAFT',
      bertindak_sebagai: 'ADMIN',
    });

    const k = await abaikan(jwt.kadis, skpStaf, { alasan: ALASAN });
    expect(k.status).toBe(200);
    expect(k.body.data.konflik_duplikat_diabaikan).toMatchObject({ sebagai: 'DEFINITIF', oleh_nip: NIP.kadis });
    expect(await barisAbaikan(skpStaf)).toHaveLength(2);
    expect(await auditAbaikan(skpStaf)).toHaveLength(2);
    // the owner sees the override on his SKP
    const own = await t.as(jwt.staf).get(`/api/skp/${skpStaf}`);
    expect(own.status).toBe(200);
    expect(own.body.data).toMatchObject({
      konflik_terbuka: false,
      konflik_duplikat_diabaikan: { sebagai: 'DEFINITIF' },
    });
  });

  test('submitted, the overridden SKP is approved by its penilai', async () => {
    expect((await t.as(jwt.staf).post(`/api/skp/${skpStaf}/ajukan`).send({})).status).toBe(200);
    const s = await t.as(jwt.kabidAplikasi).post(`/api/skp/${skpStaf}/setujui`).send({});
    expect(s.status).toBe(200);
    expect(s.body.data.status).toBe('DISETUJUI');
  });
});
