/**
 * SKP workflow through HTTP: role (owner, penilai, Plt penilai, other pegawai, superior who is not the
 * penilai, Admin OPD, BKPSDM) × action (edit, ajukan, setujui, tolak, revisi RHK) × status → expected
 * status code and resulting state; history written exactly once per transition, newest first, and
 * rolled back with the transition; bodies can never set status, owner, penilai or history.
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';

const t = mulaiStrapi();
/** Next year: the demo city already holds approved SKP of the named accounts for the current year. */
const tahun = Number(hariIniKota().slice(0, 4)) + 1;

type Siapa =
  'pemilik' | 'penilai' | 'rekan' | 'atasanPenilai' | 'lainOpd' | 'adminOpd' | 'bkpsdm' | 'bkad' | 'pltPenilai';
const jwt: Record<string, string> = {};
const as = (s: Siapa) => t.as(jwt[s]);

let skpId: string;
let rhkId: string;
let rhk2Id: string;
let ikiId: string;

const skpDb = (id: string) => t.strapi.db.query('plugin::kinerja.skp').findOne({ where: { documentId: id } });
const jumlahRiwayat = async (id: string) => (await t.as(jwt.pemilik).get(`/api/skp/${id}/riwayat`)).body.data.length;

beforeAll(async () => {
  jwt.pemilik = await t.token(NIP.staf);
  jwt.penilai = await t.token(NIP.kabidAplikasi);
  jwt.rekan = await t.token(NIP.jf);
  jwt.atasanPenilai = await t.token(NIP.kadis);
  jwt.pltPenilai = await t.token(NIP.kabidStatistik);
  jwt.lainOpd = await t.token(t.demo.lainOpd.username);
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  jwt.bkpsdm = await t.token('admin');
  jwt.bkad = await t.token('bkad');

  const r = await as('pemilik').post('/api/skp').send({ tahun });
  expect(r.status).toBe(201);
  skpId = r.body.data.id;
  const a = await as('pemilik')
    .post(`/api/skp/${skpId}/rhk`)
    .send({ jenis: 'TAMBAHAN', uraian: 'Tersusunnya laporan bulanan layanan aplikasi' });
  expect(a.status).toBe(201);
  rhkId = a.body.data.id;
  const b = await as('pemilik')
    .post(`/api/skp/${skpId}/rhk`)
    .send({ jenis: 'TAMBAHAN', uraian: 'Terlaksananya pendampingan pengguna aplikasi' });
  expect(b.status).toBe(201);
  rhk2Id = b.body.data.id;
  const i = await as('pemilik')
    .post(`/api/rhk/${rhkId}/iki`)
    .send({ uraian: 'Jumlah laporan tersusun', target: '12', satuan: 'laporan' });
  expect(i.status).toBe(201);
  ikiId = i.body.data.id;
});

/** A request for an action on the current SKP. */
const aksi: Record<string, (s: Siapa, body?: any) => Promise<any>> = {
  ubah: (s, body = { pendekatan: 'KUANTITATIF' }) => as(s).put(`/api/skp/${skpId}`).send(body),
  ubahRhk: (s, body = { uraian: 'Tersusunnya laporan bulanan layanan aplikasi (revisi)' }) =>
    as(s).put(`/api/rhk/${rhkId}`).send(body),
  ajukan: (s, body = {}) => as(s).post(`/api/skp/${skpId}/ajukan`).send(body),
  setujui: (s, body = {}) => as(s).post(`/api/skp/${skpId}/setujui`).send(body),
  tolak: (s, body = { catatan: 'Lengkapi indikator.' }) => as(s).post(`/api/skp/${skpId}/tolak`).send(body),
  revisi: (s, body = {}) => as(s).post(`/api/rhk/${rhkId}/revisi`).send(body),
};

/** cells that must NOT change anything: [who, action, expected status, expected code] */
type Sel = [Siapa, keyof typeof aksi, number, string];
async function periksaSel(status: string, sel: Sel[]) {
  const sebelum = await skpDb(skpId);
  const riwayat = await jumlahRiwayat(skpId);
  for (const [siapa, a, kode, code] of sel) {
    const r = await aksi[a](siapa);
    try {
      expect(r.status).toBe(kode);
      expect(r.body.error.details.code).toBe(code);
    } catch (e) {
      throw new Error(`sel ${status} × ${siapa} × ${a}: ${r.status} ${JSON.stringify(r.body)}`, { cause: e });
    }
  }
  const sesudah = await skpDb(skpId);
  expect(sesudah.status).toBe(status);
  expect(sesudah.status).toBe(sebelum.status);
  expect(await jumlahRiwayat(skpId)).toBe(riwayat);
}

describe('DRAFT', () => {
  test('refused cells: nobody but the owner edits; nobody approves, rejects or revises a DRAFT', async () => {
    await periksaSel('DRAFT', [
      ['penilai', 'ubah', 403, 'BUKAN_PEMILIK'],
      ['rekan', 'ubah', 403, 'BUKAN_PEMILIK'],
      ['lainOpd', 'ubah', 403, 'BUKAN_PEMILIK'],
      ['adminOpd', 'ubah', 403, 'BUKAN_PEMILIK'],
      ['bkpsdm', 'ubah', 403, 'BUKAN_PEMILIK'],
      ['penilai', 'ubahRhk', 403, 'BUKAN_PEMILIK'],
      ['penilai', 'ajukan', 403, 'BUKAN_PEMILIK'],
      ['bkpsdm', 'ajukan', 403, 'BUKAN_PEMILIK'],
      ['pemilik', 'setujui', 403, 'BUKAN_PENILAI'],
      ['rekan', 'setujui', 403, 'BUKAN_PENILAI'],
      ['atasanPenilai', 'setujui', 403, 'BUKAN_PENILAI'],
      ['pltPenilai', 'setujui', 403, 'BUKAN_PENILAI'],
      ['lainOpd', 'setujui', 403, 'BUKAN_PENILAI'],
      ['adminOpd', 'setujui', 403, 'BUKAN_PENILAI'],
      ['penilai', 'setujui', 409, 'SKP_STATUS_TIDAK_SESUAI'],
      ['penilai', 'tolak', 409, 'SKP_STATUS_TIDAK_SESUAI'],
      ['pemilik', 'tolak', 403, 'BUKAN_PENILAI'],
      ['pemilik', 'revisi', 409, 'SKP_STATUS_TIDAK_SESUAI'],
      ['penilai', 'revisi', 403, 'BUKAN_PEMILIK'],
    ]);
  });

  test('approving a DRAFT answers 409 with the current status', async () => {
    const r = await aksi.setujui('penilai');
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({
      data: null,
      error: {
        status: 409,
        name: 'ConflictError',
        details: { code: 'SKP_STATUS_TIDAK_SESUAI', status_sekarang: 'DRAFT' },
      },
    });
    expect(r.body.error.message).toMatch(/Draf/);
  });

  test('owner edits: 200; a body that tries to set status, owner, penilai or history is ignored', async () => {
    const lain = t.demo.pegawai.kabidStatistik.documentId;
    const r = await aksi.ubah('pemilik', {
      pendekatan: 'KUALITATIF',
      lampiran: { dukungan_sumber_daya: ['Server aplikasi', 'Anggaran pemeliharaan'] },
      status: 'DISETUJUI',
      pegawai: lain,
      pegawai_id: lain,
      penilai_nip: NIP.staf,
      penilai_pegawai: t.demo.pegawai.staf.documentId,
      riwayat: [{ ke: 'DISETUJUI' }],
      kunci_unik: 'x',
    });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({
      status: 'DRAFT',
      pendekatan: 'KUALITATIF',
      pegawai: { nip: NIP.staf },
      penilai: { nip: NIP.kabidAplikasi },
    });
    expect(r.body.data.lampiran).toEqual({
      dukungan_sumber_daya: ['Server aplikasi', 'Anggaran pemeliharaan'],
      skema_pertanggungjawaban: [],
      konsekuensi: [],
    });
    expect(await jumlahRiwayat(skpId)).toBe(1);
  });

  test('a stale edit (updatedAt older than the stored one) → 409 DATA_KEDALUWARSA, nothing changed', async () => {
    const r = await aksi.ubah('pemilik', { pendekatan: 'KUANTITATIF', updatedAt: '2020-01-01T00:00:00.000Z' });
    expect(r.status).toBe(409);
    expect(r.body.error.details.code).toBe('DATA_KEDALUWARSA');
    expect((await skpDb(skpId)).pendekatan).toBe('KUALITATIF');
    const kini = (await as('pemilik').get(`/api/skp/${skpId}`)).body.data.updatedAt;
    expect((await aksi.ubah('pemilik', { pendekatan: 'KUALITATIF', updatedAt: kini })).status).toBe(200);
  });

  test('owner edits an RHK of his DRAFT: 200', async () => {
    expect((await aksi.ubahRhk('pemilik')).status).toBe(200);
  });

  test('owner submits (a body status is ignored): DRAFT → DIAJUKAN, one history row', async () => {
    // a stale penilai snapshot (e.g. the Kabid changed since the draft) is rewritten on submission
    await t.strapi.db.query('plugin::kinerja.skp').update({
      where: { documentId: skpId },
      data: { penilai_nip: null, penilai_nama: null, penilai_sebagai: null, penilai_pegawai: null },
    });
    const r = await aksi.ajukan('pemilik', { status: 'DISETUJUI' });
    expect(r.status).toBe(200);
    expect(r.body.data.status).toBe('DIAJUKAN');
    const h = (await as('pemilik').get(`/api/skp/${skpId}/riwayat`)).body.data;
    expect(h).toHaveLength(2);
    expect(h[0]).toMatchObject({
      objek_tipe: 'SKP',
      dari: 'DRAFT',
      ke: 'DIAJUKAN',
      aktor_nip: NIP.staf,
      bertindak_sebagai: 'DEFINITIF',
    });
    const db = await t.strapi.db
      .query('plugin::kinerja.skp')
      .findOne({ where: { documentId: skpId }, populate: { penilai_pegawai: { select: ['nip'] } } });
    expect({ nip: db.penilai_nip, sebagai: db.penilai_sebagai, tautan: db.penilai_pegawai?.nip }).toEqual({
      nip: NIP.kabidAplikasi,
      sebagai: 'DEFINITIF',
      tautan: NIP.kabidAplikasi,
    });
    expect(r.body.data.penilai).toMatchObject({ nip: NIP.kabidAplikasi });
  });

  test('GET tells each caller whether he decides on it today: only the penilai (and BKPSDM) does; the inbox row names the penilai', async () => {
    const lihat = async (s: Siapa) => (await as(s).get(`/api/skp/${skpId}`)).body.data.kedudukan_saya;
    expect(await lihat('pemilik')).toEqual({
      pemilik: true,
      penilai: false,
      sebagai_penilai: null,
      admin_bkpsdm: false,
    });
    expect(await lihat('penilai')).toEqual({
      pemilik: false,
      penilai: true,
      sebagai_penilai: 'DEFINITIF',
      admin_bkpsdm: false,
    });
    expect(await lihat('atasanPenilai')).toMatchObject({ pemilik: false, penilai: false });
    expect(await lihat('bkpsdm')).toMatchObject({ penilai: false, admin_bkpsdm: true });
    const baris = await as('atasanPenilai').get(
      `/api/panel/skp?filter=${encodeURIComponent(JSON.stringify({ status: 'DIAJUKAN', tahun }))}&range=[0,99]`,
    );
    expect(baris.status).toBe(200);
    expect(baris.body.find((x: any) => x.id === skpId)).toMatchObject({ penilai_nip: NIP.kabidAplikasi });
  });
});

describe('DIAJUKAN', () => {
  test('refused cells: owner cannot edit or resubmit; only the penilai (or BKPSDM with reason) decides', async () => {
    await periksaSel('DIAJUKAN', [
      ['pemilik', 'ubah', 409, 'SKP_STATUS_TIDAK_SESUAI'],
      ['pemilik', 'ubahRhk', 409, 'SKP_STATUS_TIDAK_SESUAI'],
      ['pemilik', 'ajukan', 409, 'SKP_STATUS_TIDAK_SESUAI'],
      ['pemilik', 'setujui', 403, 'BUKAN_PENILAI'],
      ['rekan', 'setujui', 403, 'BUKAN_PENILAI'],
      ['atasanPenilai', 'setujui', 403, 'BUKAN_PENILAI'],
      ['atasanPenilai', 'tolak', 403, 'BUKAN_PENILAI'],
      ['pltPenilai', 'setujui', 403, 'BUKAN_PENILAI'],
      ['lainOpd', 'tolak', 403, 'BUKAN_PENILAI'],
      ['adminOpd', 'setujui', 403, 'BUKAN_PENILAI'],
      ['bkpsdm', 'setujui', 400, 'ALASAN_ADMIN_WAJIB'],
      ['bkpsdm', 'tolak', 400, 'ALASAN_ADMIN_WAJIB'],
      ['bkad', 'setujui', 403, 'AKSES_DITOLAK'],
      ['bkad', 'tolak', 403, 'AKSES_DITOLAK'],
      ['bkad', 'ubah', 403, 'AKSES_DITOLAK'],
      ['pemilik', 'revisi', 409, 'SKP_STATUS_TIDAK_SESUAI'],
    ]);
  });

  test('reject without catatan → 400 CATATAN_WAJIB naming the field', async () => {
    const r = await aksi.tolak('penilai', { catatan: '  ' });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toMatchObject({ code: 'CATATAN_WAJIB', field: 'catatan' });
    expect((await skpDb(skpId)).status).toBe('DIAJUKAN');
  });

  test('penilai rejects with catatan: DIAJUKAN → DITOLAK', async () => {
    const r = await aksi.tolak('penilai', { catatan: 'Target laporan belum sesuai.' });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ status: 'DITOLAK', catatan_penolakan: 'Target laporan belum sesuai.' });
    const [h] = (await as('penilai').get(`/api/skp/${skpId}/riwayat`)).body.data;
    expect(h).toMatchObject({
      dari: 'DIAJUKAN',
      ke: 'DITOLAK',
      aktor_nip: NIP.kabidAplikasi,
      bertindak_sebagai: 'DEFINITIF',
      catatan: 'Target laporan belum sesuai.',
    });
  });
});

describe('DITOLAK', () => {
  test('refused cells', async () => {
    await periksaSel('DITOLAK', [
      ['penilai', 'ubah', 403, 'BUKAN_PEMILIK'],
      ['penilai', 'setujui', 409, 'SKP_STATUS_TIDAK_SESUAI'],
      ['penilai', 'tolak', 409, 'SKP_STATUS_TIDAK_SESUAI'],
      ['pemilik', 'revisi', 409, 'SKP_STATUS_TIDAK_SESUAI'],
    ]);
  });

  test('owner edits and resubmits: DITOLAK → DIAJUKAN', async () => {
    expect((await aksi.ubah('pemilik', { lampiran: { konsekuensi: ['Teguran tertulis'] } })).status).toBe(200);
    expect((await as('pemilik').put(`/api/iki/${ikiId}`).send({ target: '12' })).status).toBe(200);
    const r = await aksi.ajukan('pemilik');
    expect(r.status).toBe(200);
    expect(r.body.data.status).toBe('DIAJUKAN');
  });

  test('penilai approves: DIAJUKAN → DISETUJUI', async () => {
    const r = await aksi.setujui('penilai');
    expect(r.status).toBe(200);
    expect(r.body.data.status).toBe('DISETUJUI');
  });
});

describe('DISETUJUI and per-RHK revision', () => {
  test('refused cells: the SKP is frozen, only one RHK can be reopened by its owner', async () => {
    await periksaSel('DISETUJUI', [
      ['pemilik', 'ubah', 409, 'SKP_STATUS_TIDAK_SESUAI'],
      ['pemilik', 'ubahRhk', 409, 'RHK_STATUS_TIDAK_SESUAI'],
      ['pemilik', 'ajukan', 409, 'SKP_STATUS_TIDAK_SESUAI'],
      ['penilai', 'setujui', 409, 'SKP_STATUS_TIDAK_SESUAI'],
      ['penilai', 'tolak', 409, 'SKP_STATUS_TIDAK_SESUAI'],
      ['penilai', 'revisi', 403, 'BUKAN_PEMILIK'],
      ['bkpsdm', 'revisi', 403, 'BUKAN_PEMILIK'],
    ]);
    expect((await as('pemilik').put(`/api/iki/${ikiId}`).send({ target: '10' })).status).toBe(409);
    expect(
      (await as('pemilik').post(`/api/skp/${skpId}/rhk`).send({ jenis: 'TAMBAHAN', uraian: 'RHK baru' })).status,
    ).toBe(409);
  });

  test('owner reopens one RHK: it alone becomes editable, the SKP stays approved', async () => {
    const r = await aksi.revisi('pemilik');
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ status: 'DISETUJUI', rhk: { id: rhkId, status_revisi: 'DRAFT' } });
    expect((await aksi.revisi('pemilik')).status).toBe(409); // already reopened
    expect((await aksi.ubahRhk('pemilik')).status).toBe(200);
    const iki = await as('pemilik').put(`/api/iki/${ikiId}`).send({ target: '10-12' });
    expect(iki.status).toBe(200);
    expect(iki.body.data).toMatchObject({ target: '10-12', target_min: 10, target_max: 12 });
    // the other RHK stays locked
    const lain = await as('pemilik').put(`/api/rhk/${rhk2Id}`).send({ uraian: 'ubah' });
    expect(lain.status).toBe(409);
    expect(lain.body.error.details.code).toBe('RHK_STATUS_TIDAK_SESUAI');
    expect((await as('penilai').put(`/api/rhk/${rhkId}`).send({ uraian: 'x' })).status).toBe(403);
    expect((await skpDb(skpId)).status).toBe('DISETUJUI');
  });

  test('revised RHK: ajukan by owner, tolak (catatan), ajukan, setujui by BKPSDM with a reason', async () => {
    expect((await as('penilai').post(`/api/rhk/${rhkId}/setujui`).send({})).body.error.details.code).toBe(
      'RHK_STATUS_TIDAK_SESUAI',
    );
    expect((await as('penilai').post(`/api/rhk/${rhkId}/ajukan`).send({})).status).toBe(403);
    let r = await as('pemilik').post(`/api/rhk/${rhkId}/ajukan`).send({});
    expect(r.status).toBe(200);
    expect(r.body.data.rhk.status_revisi).toBe('DIAJUKAN');
    expect((await as('pemilik').put(`/api/iki/${ikiId}`).send({ target: '11' })).status).toBe(409);
    expect((await as('pemilik').post(`/api/rhk/${rhkId}/setujui`).send({})).status).toBe(403);
    expect((await as('rekan').post(`/api/rhk/${rhkId}/setujui`).send({})).status).toBe(403);
    r = await as('penilai').post(`/api/rhk/${rhkId}/tolak`).send({});
    expect(r.status).toBe(400);
    expect(r.body.error.details.code).toBe('CATATAN_WAJIB');
    r = await as('penilai').post(`/api/rhk/${rhkId}/tolak`).send({ catatan: 'Rentang terlalu lebar.' });
    expect(r.status).toBe(200);
    expect(r.body.data.rhk.status_revisi).toBe('DRAFT');
    expect((await as('pemilik').post(`/api/rhk/${rhkId}/ajukan`).send({})).status).toBe(200);
    expect((await as('bkpsdm').post(`/api/rhk/${rhkId}/setujui`).send({})).body.error.details.code).toBe(
      'ALASAN_ADMIN_WAJIB',
    );
    r = await as('bkpsdm').post(`/api/rhk/${rhkId}/setujui`).send({ alasan: 'Penilai cuti besar.' });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ status: 'DISETUJUI', rhk: { status_revisi: null } });
    expect((await aksi.ubahRhk('pemilik')).status).toBe(409);
  });

  test('history: one row per transition, newest first, with actor and capacity', async () => {
    const r = await as('penilai').get(`/api/skp/${skpId}/riwayat`);
    expect(r.status).toBe(200);
    const h = r.body.data;
    expect(h.map((x: any) => `${x.objek_tipe}:${x.dari ?? '-'}>${x.ke}:${x.bertindak_sebagai}`)).toEqual([
      'RHK:DIAJUKAN>DISETUJUI:ADMIN',
      'RHK:DRAFT>DIAJUKAN:DEFINITIF',
      'RHK:DIAJUKAN>DRAFT:DEFINITIF',
      'RHK:DRAFT>DIAJUKAN:DEFINITIF',
      'RHK:DISETUJUI>DRAFT:DEFINITIF',
      'SKP:DIAJUKAN>DISETUJUI:DEFINITIF',
      'SKP:DITOLAK>DIAJUKAN:DEFINITIF',
      'SKP:DIAJUKAN>DITOLAK:DEFINITIF',
      'SKP:DRAFT>DIAJUKAN:DEFINITIF',
      'SKP:-' + '>DRAFT:DEFINITIF',
    ]);
    expect(h[0]).toMatchObject({ aktor_nip: 'admin', catatan: 'Alasan admin: Penilai cuti besar.' });
    const waktu = h.map((x: any) => new Date(x.waktu).getTime());
    expect([...waktu].sort((a, b) => b - a)).toEqual(waktu);
    // every transition is audited too
    const audit = await t.strapi.db.query('plugin::inti.audit-log').findMany({
      where: {
        objek_id: { $in: [skpId, rhkId] },
        aksi: {
          $in: ['SKP_AJUKAN', 'SKP_SETUJUI', 'SKP_TOLAK', 'RHK_REVISI', 'RHK_AJUKAN', 'RHK_SETUJUI', 'RHK_TOLAK'],
        },
      },
    });
    expect(audit).toHaveLength(9);
  });

  test('history is append-only: the Document Service refuses to change or delete a row', async () => {
    const row = await t.strapi.db
      .query('plugin::kinerja.riwayat-validasi')
      .findOne({ where: { objek_id: skpId }, select: ['documentId'] });
    const docs = t.strapi.documents('plugin::kinerja.riwayat-validasi');
    await expect(docs.update({ documentId: row.documentId, data: { ke: 'DISETUJUI' } })).rejects.toMatchObject({
      kode: 'RIWAYAT_APPEND_ONLY',
    });
    await expect(docs.delete({ documentId: row.documentId })).rejects.toMatchObject({ kode: 'RIWAYAT_APPEND_ONLY' });
    expect(await jumlahRiwayat(skpId)).toBe(10);
  });

  test('history is visible to those who see the SKP only', async () => {
    expect((await as('lainOpd').get(`/api/skp/${skpId}/riwayat`)).status).toBe(403);
    expect((await as('adminOpd').get(`/api/skp/${skpId}/riwayat`)).status).toBe(200);
    expect((await as('bkpsdm').get(`/api/skp/${skpId}/riwayat`)).status).toBe(200);
    expect((await as('rekan').get(`/api/skp/${skpId}/riwayat`)).status).toBe(403);
  });
});

describe('BKPSDM acting instead of the penilai', () => {
  test('approve with a written reason; the history says ADMIN and keeps the reason', async () => {
    const jfJwt = jwt.rekan;
    const s = await t.as(jfJwt).post('/api/skp').send({ tahun });
    expect(s.status).toBe(201);
    const id = s.body.data.id;
    expect((await t.as(jfJwt).post(`/api/skp/${id}/ajukan`).send({})).status).toBe(200);
    const r = await as('bkpsdm')
      .post(`/api/skp/${id}/tolak`)
      .send({ catatan: 'Lengkapi RHK.', alasan: 'Penilai tugas belajar.' });
    expect(r.status).toBe(200);
    expect(r.body.data.status).toBe('DITOLAK');
    const [h] = (await t.as(jfJwt).get(`/api/skp/${id}/riwayat`)).body.data;
    expect(h).toMatchObject({ ke: 'DITOLAK', bertindak_sebagai: 'ADMIN', aktor_nip: 'admin' });
    expect(h.catatan).toContain('Penilai tugas belajar.');
  });
});

describe('Plt penilai', () => {
  test('the Plt Kabid Persandian approves his pelaksana; the definitive Kabid of another field cannot', async () => {
    const staf = await t.token(NIP.stafPersandian);
    const s = await t.as(staf).post('/api/skp').send({ tahun });
    expect(s.status).toBe(201);
    expect(s.body.data.penilai).toMatchObject({ nip: NIP.kabidStatistik, sebagai: 'PLT' });
    const id = s.body.data.id;
    expect((await t.as(staf).post(`/api/skp/${id}/ajukan`).send({})).status).toBe(200);
    expect((await as('penilai').post(`/api/skp/${id}/setujui`).send({})).status).toBe(403);
    const r = await as('pltPenilai').post(`/api/skp/${id}/setujui`).send({});
    expect(r.status).toBe(200);
    expect(r.body.data.status).toBe('DISETUJUI');
    const [h] = (await t.as(staf).get(`/api/skp/${id}/riwayat`)).body.data;
    expect(h).toMatchObject({ ke: 'DISETUJUI', aktor_nip: NIP.kabidStatistik, bertindak_sebagai: 'PLT' });
  });
});

describe('one transaction per transition', () => {
  test('a failure inside the transition (audit write) leaves no state change and no history row', async () => {
    const kabid = jwt.penilai;
    const s = await t.as(kabid).post('/api/skp').send({ tahun });
    expect(s.status).toBe(201);
    const id = s.body.data.id;
    const sebelum = await jumlahRiwayatOleh(kabid, id);
    const auditSvc = t.strapi.plugin('inti').service('audit');
    const spy = jest.spyOn(auditSvc, 'catat').mockRejectedValueOnce(new Error('disk penuh (uji)'));
    try {
      const r = await t.as(kabid).post(`/api/skp/${id}/ajukan`).send({});
      expect(r.status).toBe(500);
      expect(JSON.stringify(r.body)).not.toMatch(/disk penuh|at .*\.js/);
    } finally {
      spy.mockRestore();
    }
    expect((await skpDb(id)).status).toBe('DRAFT');
    expect(await jumlahRiwayatOleh(kabid, id)).toBe(sebelum);
    const rows = await t.strapi.db
      .query('plugin::kinerja.riwayat-validasi')
      .count({ where: { objek_id: id, ke: 'DIAJUKAN' } });
    expect(rows).toBe(0);
    // and the same transition succeeds afterwards, written once
    const ok = await t.as(kabid).post(`/api/skp/${id}/ajukan`).send({});
    expect(ok.status).toBe(200);
    expect(await jumlahRiwayatOleh(kabid, id)).toBe(sebelum + 1);
  });

  test('a failure in the history write rolls the status back too', async () => {
    const kadis = jwt.atasanPenilai;
    const s = await t.as(kadis).post('/api/skp').send({ tahun });
    expect(s.status).toBe(201);
    const id = s.body.data.id;
    const svc = t.strapi.plugin('kinerja').service('skp');
    const spy = jest.spyOn(svc, 'catatRiwayat').mockRejectedValueOnce(new Error('gagal (uji)'));
    try {
      expect((await t.as(kadis).post(`/api/skp/${id}/ajukan`).send({})).status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect((await skpDb(id)).status).toBe('DRAFT');
    expect(
      await t.strapi.db.query('plugin::inti.audit-log').count({ where: { objek_id: id, aksi: 'SKP_AJUKAN' } }),
    ).toBe(0);
  });
});

const jumlahRiwayatOleh = async (token: string, id: string) =>
  (await t.as(token).get(`/api/skp/${id}/riwayat`)).body.data.length;
