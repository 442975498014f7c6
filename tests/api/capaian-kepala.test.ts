/**
 * Issue 10 "Hardening", rule error "Lurah capaian is null, so every Lurah's prestasi TPP is 0" (domain.md §1, §4, §7):
 * only a head the capaian policy names (`kepala_rerata_bawahan`: the JPT Pratama heading an OPD, and in Madiun
 * the Camat) takes the mean of his direct structural subordinates; a Lurah (head of a sub-unit) gets his own
 * representative figure, GET /api/capaian and the TPP run agree on it, his prestasi TPP is paid from it, and
 * the Camat's mean reads each Lurah's own figure. A head under the rule whose direct structural posts are all
 * vacant falls back to his own figure, with the reason on GET /api/capaian and on the TPP line.
 * Works on the demo city (MSKP_DEMO) on any date: the month is chosen among the open months with evaluations,
 * and two evaluated demo pegawai are moved into a Lurah post and its Camat post (the 40-pegawai test city leaves them vacant).
 */
import { mulaiStrapi, hariIniKota, bulanTerbuka, nipBaru } from '../helpers/strapi';
import { tanggalAcuanBulan } from '@m-skp/inti';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const hari = hariIniKota();
let tahun = Number(hari.slice(0, 4));
const q = (uid: string) => t.strapi.db.query(uid);
const num = (x: unknown) => (x == null ? null : Number(x));

/** the chosen month and posts */
let bulan = 0;
let lurah: { pegawaiId: number; nip: string; jabatanId: number; kodeOpd: string; camatJabatanId: number };
const lurahSemua: { pegawaiId: number; nip: string; jabatanId: number }[] = [];

const capaian = async (nip: string, b = bulan) => {
  const r = await t.as(jwt.admin).get(`/api/capaian?nip=${nip}&tahun=${tahun}&bulan=${b}`);
  expect([nip, r.status]).toEqual([nip, 200]);
  return r.body.data;
};
const jalankanTpp = async (kode_opd: string) => {
  const r = await t.as(jwt.bkad).post('/api/tpp/hitung').send({ tahun, bulan, kode_opd });
  expect([kode_opd, r.status, r.body?.error?.details?.code]).toEqual([kode_opd, 200, undefined]);
  return r.body.data;
};
const garisTpp = (pegawaiId: number) =>
  q('plugin::tpp.tpp').findOne({ where: { kunci_unik: `${pegawaiId}:${tahun}:${bulan}` } });

/**
 * Moves a demo pegawai with an approved SKP into a post: his definitive penugasan now points at it and his
 * home OPD is the post's OPD (the test city of 40 pegawai leaves the Lurah and Camat posts vacant).
 */
async function pindahkan(pegawaiId: number, jabatanId: number) {
  const pen = await q('plugin::inti.penugasan').findMany({
    where: { pegawai: { id: pegawaiId }, jenis: 'UTAMA' },
    select: ['documentId', 'tmt_mulai', 'tmt_akhir'],
  });
  const j = await q('plugin::inti.jabatan').findOne({
    where: { id: jabatanId },
    select: ['documentId'],
    populate: { opd: { select: ['documentId'] } },
  });
  const aktif = pen.find((p: any) => !p.tmt_akhir) ?? pen[0];
  await t.strapi
    .documents('plugin::inti.penugasan')
    .update({ documentId: aktif.documentId, data: { jabatan: j.documentId } });
  const pg = await q('plugin::inti.pegawai').findOne({ where: { id: pegawaiId }, select: ['documentId'] });
  await t.strapi
    .documents('plugin::inti.pegawai')
    .update({ documentId: pg.documentId, data: { opd: j.opd.documentId } });
}

beforeAll(async () => {
  jwt.admin = await t.token('admin');
  jwt.bkad = await t.token('bkad');
  const svc = t.strapi.plugin('kinerja').service('capaian');
  const kepala = new Set(
    (await q('plugin::inti.jabatan').findMany({ where: { kepala_opd: true }, select: ['id'] })).map((j: any) => j.id),
  );
  // an open month (this year before the current month, else last year) with two evaluated pegawai whose own figure is > 0
  const kini = Number(hari.slice(5, 7));
  const calon: [number, number][] = [];
  for (const [th, dari] of [
    [tahun, kini - 1],
    [tahun - 1, 12],
  ] as const) {
    const terbuka = new Set(await bulanTerbuka(t.strapi, th));
    for (let b = dari; b >= 1; b--) if (terbuka.has(b)) calon.push([th, b]);
  }
  let dipilih: number[] = [];
  for (const [th, b] of calon) {
    const ev = await q('plugin::kinerja.evaluasi').findMany({
      where: { tahun: th, periode_jenis: 'BULANAN', periode: b },
      select: ['id'],
      populate: { pegawai: { select: ['id', 'nip'] } },
    });
    const ids = [...new Set<number>(ev.map((e: any) => e.pegawai?.id).filter((x: any) => x != null))];
    dipilih = [];
    for (const id of ids) {
      const pos = await t.strapi
        .plugin('inti')
        .service('organisasi')
        .penugasanPegawai(id, tanggalAcuanBulan(th, b, hari));
      if (pos.length !== 1 || pos[0].jenis !== 'UTAMA' || kepala.has(Number(pos[0].jabatanId))) continue;
      if (!((await svc.sendiri(id, th, b)).capaian > 0)) continue;
      dipilih.push(id);
      if (dipilih.length === 2) break;
    }
    if (dipilih.length === 2) {
      tahun = th;
      bulan = b;
      break;
    }
  }
  expect(bulan).toBeGreaterThan(0);
  // a Lurah post and its Camat post; the two pegawai take them
  const posLurah = await q('plugin::inti.jabatan').findOne({
    where: { kepala_opd: true, opd: { jenis: 'KELURAHAN' } },
    select: ['id'],
    populate: { opd: { select: ['kode_opd'] }, atasan: { select: ['id'] } },
  });
  expect(posLurah?.atasan?.id).toBeDefined();
  const org = t.strapi.plugin('inti').service('organisasi');
  const terisi = async (id: number) =>
    (await org.pemegangJabatan([id], tanggalAcuanBulan(tahun, bulan, hari))).some((p: any) => p.jenis === 'UTAMA');
  expect(await terisi(posLurah.id)).toBe(false);
  await pindahkan(dipilih[0], posLurah.id);
  if (!(await terisi(posLurah.atasan.id))) await pindahkan(dipilih[1], posLurah.atasan.id);
  const nip = async (id: number) => (await q('plugin::inti.pegawai').findOne({ where: { id }, select: ['nip'] })).nip;
  lurah = {
    pegawaiId: dipilih[0],
    nip: await nip(dipilih[0]),
    jabatanId: posLurah.id,
    kodeOpd: posLurah.opd.kode_opd,
    camatJabatanId: posLurah.atasan.id,
  };
  // every definitive Lurah of the city at that month (here: ours)
  const semua = await q('plugin::inti.jabatan').findMany({
    where: { kepala_opd: true, opd: { jenis: 'KELURAHAN' } },
    select: ['id'],
  });
  for (const x of (
    await t.strapi
      .plugin('inti')
      .service('organisasi')
      .pemegangJabatan(
        semua.map((j: any) => j.id),
        tanggalAcuanBulan(tahun, bulan, hari),
      )
  ).filter((p: any) => p.jenis === 'UTAMA')) {
    lurahSemua.push({
      pegawaiId: Number(x.pegawaiId),
      nip: await nip(Number(x.pegawaiId)),
      jabatanId: Number(x.jabatanId),
    });
  }
  expect(lurahSemua.map((l) => l.pegawaiId)).toContain(lurah.pegawaiId);
});

describe('Issue 10: Lurah capaian is his own figure (not the mean of subordinates he does not have)', () => {
  test('GET /api/capaian of every definitive Lurah: own representative figure, source RENCANA_AKSI, no Kepala OPD block', async () => {
    for (const l of lurahSemua) {
      const c = await capaian(l.nip);
      expect([l.nip, c.sumber, c.kepala_opd, c.sumber_alasan]).toEqual([l.nip, 'RENCANA_AKSI', null, null]);
      expect([l.nip, num(c.capaian)]).toEqual([l.nip, num(c.capaian_sendiri)]);
    }
    const c = await capaian(lurah.nip);
    expect(num(c.capaian)).toBeGreaterThan(0);
  });

  test("the Camat's mean uses each Lurah's own figure (the app agrees with itself)", async () => {
    const camat = (
      await t.strapi
        .plugin('inti')
        .service('organisasi')
        .pemegangJabatan([lurah.camatJabatanId], tanggalAcuanBulan(tahun, bulan, hari))
    ).sort((a: any) => (a.jenis === 'UTAMA' ? -1 : 1))[0];
    expect(camat).toBeDefined();
    const nipCamat = (
      await q('plugin::inti.pegawai').findOne({ where: { id: Number(camat.pegawaiId) }, select: ['nip'] })
    ).nip;
    const c = await capaian(nipCamat);
    expect(c.sumber).toBe('BAWAHAN_LANGSUNG');
    expect(c.sumber_alasan?.kode).toBe('BAWAHAN_LANGSUNG');
    const bawahanLurah = c.kepala_opd.bawahan.filter((b: any) => lurahSemua.some((l) => l.jabatanId === b.jabatan.id));
    expect(bawahanLurah.length).toBeGreaterThan(0);
    for (const b of bawahanLurah) {
      const l = lurahSemua.find((x) => x.jabatanId === b.jabatan.id)!;
      expect([b.jabatan.id, num(b.capaian)]).toEqual([b.jabatan.id, num((await capaian(l.nip)).capaian)]);
    }
    expect(bawahanLurah.some((b: any) => b.jabatan.id === lurah.jabatanId && num(b.capaian)! > 0)).toBe(true);
    const nilai = c.kepala_opd.bawahan
      .map((b: any) => num(b.capaian))
      .filter((x: number | null) => x != null) as number[];
    expect(num(c.capaian)).toBeCloseTo(nilai.reduce((a, x) => a + x, 0) / nilai.length, 2);
  });

  test("after a TPP run the Lurah's line carries his own figure and a prestasi TPP > 0; bulk and per-pegawai capaian agree on the kelurahan and kecamatan", async () => {
    await jalankanTpp(lurah.kodeOpd);
    const x = await garisTpp(lurah.pegawaiId);
    expect(x).toBeTruthy();
    const c = await capaian(lurah.nip);
    expect(num(x.capaian)).toBe(num(c.capaian));
    expect(num(x.capaian)).toBeGreaterThan(0);
    expect(Number(x.belanja_tpp_prestasi_kerja)).toBeGreaterThan(0);
    // the Camat's OPD: every line equals kinerja's per-pegawai capaian
    const opdCamat = await q('plugin::inti.jabatan').findOne({
      where: { id: lurah.camatJabatanId },
      populate: { opd: { select: ['id', 'kode_opd'] } },
    });
    await jalankanTpp(opdCamat.opd.kode_opd);
    const svc = t.strapi.plugin('kinerja').service('capaian');
    const opdLurah = await q('plugin::inti.opd').findOne({ where: { kode_opd: lurah.kodeOpd }, select: ['id'] });
    const rows = await q('plugin::tpp.tpp').findMany({
      where: { tahun, bulan, opd: { id: { $in: [opdCamat.opd.id, opdLurah.id] } } },
      populate: { pegawai: { select: ['id'] } },
    });
    expect(rows.length).toBeGreaterThan(1);
    let kepala = 0;
    for (const r of rows) {
      const p = await svc.pegawai(r.pegawai.id, tahun, bulan);
      expect([r.nip, num(r.capaian)]).toEqual([r.nip, num(p.capaian)]);
      if (p.sumber === 'BAWAHAN_LANGSUNG') {
        kepala++;
        expect((r.alasan as any[]).map((a) => a.kode)).toContain('BAWAHAN_LANGSUNG');
      }
    }
    expect(kepala).toBeGreaterThanOrEqual(1);
  });
});

describe('Issue 10: a head under the mean rule whose structural posts are all vacant falls back to his own figure, with the reason', () => {
  test('GET /api/capaian and the TPP line show BAWAHAN_SEMUA_KOSONG; bulk equals per-pegawai', async () => {
    const docs = (uid: string) => t.strapi.documents(uid);
    const kode = `9.99.${Date.now() % 100000}`;
    const opd = await docs('plugin::inti.opd').create({
      data: { kode_opd: kode, nama: 'Dinas Uji Kepala Tanpa Bawahan', singkatan: 'DUKTB', jenis: 'DINAS' },
    });
    const mk = (data: Record<string, unknown>) =>
      docs('plugin::inti.jabatan').create({ data: { opd: opd.documentId, kelas_jabatan: 14, ...data } });
    const kadis = await mk({
      kode: `${kode}.01`,
      nama: 'Kepala Dinas Uji Kepala Tanpa Bawahan',
      jenis: 'JPT',
      jenjang: 'JPT_PRATAMA',
      kepala_opd: true,
    });
    await mk({
      kode: `${kode}.02`,
      nama: 'Sekretaris Dinas Uji (lowong)',
      jenis: 'JA',
      jenjang: 'ADMINISTRATOR',
      atasan: kadis.documentId,
      kelas_jabatan: 11,
    });
    const nip = await nipBaru(t.strapi, '197501012000121');
    const p = await docs('plugin::inti.pegawai').create({
      data: { nip, nama: 'Kepala Tanpa Bawahan', opd: opd.documentId, status: 'AKTIF', golongan: '41' },
    });
    await docs('plugin::inti.penugasan').create({
      data: { pegawai: p.documentId, jabatan: kadis.documentId, jenis: 'UTAMA', tmt_mulai: `${tahun - 1}-01-02` },
    });

    const c = await capaian(nip);
    expect([c.sumber, c.sumber_alasan?.kode, c.kepala_opd?.jabatan?.id]).toEqual([
      'RENCANA_AKSI',
      'BAWAHAN_SEMUA_KOSONG',
      kadis.id,
    ]);
    expect(c.sumber_alasan.uraian).toMatch(/kosong/);
    expect(num(c.capaian)).toBe(num(c.capaian_sendiri));

    await jalankanTpp(kode);
    const x = await garisTpp(p.id);
    expect(x).toBeTruthy();
    expect(num(x.capaian)).toBe(num(c.capaian));
    const alasan = (x.alasan as any[]).find((a) => a.kode === 'BAWAHAN_SEMUA_KOSONG');
    expect(alasan).toMatchObject({ komponen: 'PRESTASI_KERJA', uraian: c.sumber_alasan.uraian });
  });
});
