/**
 * Issue 10 item 7 ("subordinates at the date" applied two ways): one rule everywhere — a month's data belongs to
 * the penilai of that month (and to whoever else relates to the pegawai at the month's reference date); the
 * pegawai herself always sees all of hers.
 *
 * The move: the demo JF (Pranata Komputer, under Kabid Aplikasi) moves to a new JF post under Kabid Statistik
 * from 1 July of the demo year (her old penugasan ends 30 June), built through the panel as BKPSDM would.
 * The reference date of a month is today clamped into it, so months 1–6 fall on or before 30 June and months
 * 7–12 on or after 1 July on every day the test may run: old penilai → months 1–6, new penilai → 7–12, the
 * JF and her Kepala Dinas (above both Kabids) → every month.
 *
 * Table: months 1–12 × {old penilai, new penilai, the JF, Kepala Dinas} × {GET /api/rencana-aksi?bulan=,
 * GET /api/capaian, GET /api/cetak/skp-bulanan, GET /api/evaluasi?bulan=}; then the lists whose rows span
 * months (GET /api/rencana-aksi without bulan, GET /api/evaluasi without bulan, panel realisasi / evaluasi /
 * rencana-aksi), whose rows must be exactly those of the actor's months.
 */
import { mulaiStrapi, NIP, hariIniKota, type KunciNip } from '../helpers/strapi';

const t = mulaiStrapi();
const tahun = Number(hariIniKota().slice(0, 4));
const PINDAH = `${tahun}-07-01`;
const BULAN = Array.from({ length: 12 }, (_, i) => i + 1);

type Siapa = 'lama' | 'baru' | 'diri' | 'kadis';
const SIAPA: Siapa[] = ['lama', 'baru', 'diri', 'kadis'];
const AKUN: Record<Siapa, KunciNip> = { lama: 'kabidAplikasi', baru: 'kabidStatistik', diri: 'jf', kadis: 'kadis' };
const NAMA: Record<Siapa, string> = {
  lama: 'old penilai (Kabid Aplikasi)',
  baru: 'new penilai (Kabid Statistik)',
  diri: 'the JF herself',
  kadis: 'her Kepala Dinas',
};
/** the rule, stated from the spec: which months of the JF each actor sees after the move */
const boleh = (s: Siapa, bulan: number): boolean => (s === 'lama' ? bulan <= 6 : s === 'baru' ? bulan >= 7 : true);

const jwt: Partial<Record<Siapa, string>> = {};
let jfDoc = '';
let jfId = 0;

const panel = (s: Siapa, res: string, filter: Record<string, unknown>) =>
  t
    .as(jwt[s]!)
    .get(
      `/api/panel/${res}?range=${encodeURIComponent('[0,999]')}&filter=${encodeURIComponent(JSON.stringify(filter))}`,
    );

beforeAll(async () => {
  const admin = await t.token('admin');
  const jf = t.demo.pegawai.jf;
  jfDoc = jf.documentId;
  jfId = jf.pegawaiId;
  // the JF's current definitive post and the Kabid Statistik's post
  const utama = await t.strapi.db.query('plugin::inti.penugasan').findOne({
    where: { pegawai: { id: jfId }, jenis: 'UTAMA', tmt_akhir: { $null: true } },
    select: ['documentId', 'tmt_mulai'],
    populate: { jabatan: { select: ['documentId', 'kelas_jabatan'], populate: { opd: { select: ['documentId'] } } } },
  });
  expect(utama.tmt_mulai <= `${tahun}-01-01`).toBe(true); // the JF held her old post the whole first half
  const statistik = await t.strapi.db.query('plugin::inti.penugasan').findOne({
    where: { pegawai: { id: t.demo.pegawai.kabidStatistik.pegawaiId }, jenis: 'UTAMA', tmt_akhir: { $null: true } },
    populate: { jabatan: { select: ['documentId'] } },
  });
  const pos = await t
    .as(admin)
    .post('/api/panel/jabatan')
    .send({
      kode: 'DISKOMINFO.04.09',
      nama: 'Pranata Komputer Ahli Pertama (Bidang Statistik)',
      opd_id: utama.jabatan.opd.documentId,
      atasan_id: statistik.jabatan.documentId,
      jenis: 'JF',
      jenjang: 'AHLI_PERTAMA',
      kelas_jabatan: utama.jabatan.kelas_jabatan ?? 8,
    });
  expect(pos.status).toBe(201);
  const akhir = await t
    .as(admin)
    .put(`/api/panel/penugasan/${utama.documentId}`)
    .send({ tmt_akhir: `${tahun}-06-30`, alasan_berakhir: 'Mutasi ke Bidang Statistik' });
  expect(akhir.status).toBe(200);
  const baru = await t.as(admin).post('/api/panel/penugasan').send({
    pegawai_id: jfDoc,
    jabatan_id: pos.body.id,
    jenis: 'UTAMA',
    tmt_mulai: PINDAH,
    nomor_sk: 'MUTASI/UJI/001',
  });
  expect(baru.status).toBe(201);
  for (const s of SIAPA) jwt[s] = await t.token(NIP[AKUN[s]]);
});

test("the move: the JF's penilai is Kabid Aplikasi on 30 June and Kabid Statistik on 1 July", async () => {
  const org = t.strapi.plugin('inti').service('organisasi');
  expect(await org.penilaiPegawai(jfId, `${tahun}-06-30`)).toMatchObject({
    pegawaiId: t.demo.pegawai.kabidAplikasi.pegawaiId,
  });
  expect(await org.penilaiPegawai(jfId, PINDAH)).toMatchObject({ pegawaiId: t.demo.pegawai.kabidStatistik.pegawaiId });
});

const SEL = SIAPA.flatMap((s) =>
  BULAN.map((b) => [`${NAMA[s]} × month ${b} → ${boleh(s, b) ? 'allowed' : '403'}`, s, b, boleh(s, b)] as const),
);

const ditolak = (r: any) => {
  expect(r.status).toBe(403);
  expect(r.body.error.details.code).toBe('AKSES_DITOLAK');
};

describe("GET /api/rencana-aksi?nip=&bulan= (the month's renaksi)", () => {
  test.each(SEL)('%s', async (_n, s, b, ok) => {
    const r = await t.as(jwt[s]!).get(`/api/rencana-aksi?nip=${NIP.jf}&tahun=${tahun}&bulan=${b}`);
    if (!ok) return ditolak(r);
    expect(r.status).toBe(200);
    expect(r.body.data.length).toBeGreaterThan(0); // the demo JF has targets in every month
    expect(r.body.data.every((x: any) => x.nip === NIP.jf && x.target?.bulan === b)).toBe(true);
  });
});

describe('GET /api/capaian?nip=&bulan=', () => {
  test.each(SEL)('%s', async (_n, s, b, ok) => {
    const r = await t.as(jwt[s]!).get(`/api/capaian?nip=${NIP.jf}&tahun=${tahun}&bulan=${b}`);
    if (!ok) return ditolak(r);
    expect(r.status).toBe(200);
    expect(r.body.data.nip).toBe(NIP.jf);
  });
});

describe('GET /api/cetak/skp-bulanan (monthly SKP print)', () => {
  test.each(SEL)('%s', async (_n, s, b, ok) => {
    const r = await t.as(jwt[s]!).get(`/api/cetak/skp-bulanan?nip=${NIP.jf}&tahun=${tahun}&bulan=${b}`);
    if (!ok) return ditolak(r);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/pdf/);
  });
});

describe('GET /api/evaluasi?nip=&bulan=', () => {
  test.each(SEL)('%s', async (_n, s, b, ok) => {
    const r = await t.as(jwt[s]!).get(`/api/evaluasi?nip=${NIP.jf}&tahun=${tahun}&bulan=${b}`);
    if (!ok) return ditolak(r);
    expect(r.status).toBe(200);
    expect(Array.isArray(r.body.data)).toBe(true);
  });
});

/** the month an evaluation row belongs to: its period's last month */
const bulanEvaluasi = (e: { periode_jenis: string; periode: number }) =>
  e.periode_jenis === 'BULANAN' ? e.periode : e.periode_jenis === 'TRIWULAN' ? e.periode * 3 : 12;

describe("lists spanning months: exactly the rows of the actor's months", () => {
  let realisasi: { documentId: string; bulan: number }[] = [];
  let evaluasi: { documentId: string; periode_jenis: string; periode: number }[] = [];
  let renaksi: { documentId: string; target: { bulan: number }[] }[] = [];
  beforeAll(async () => {
    const q = (uid: string) => t.strapi.db.query(uid);
    realisasi = await q('plugin::kinerja.realisasi').findMany({
      where: { pegawai: { id: jfId }, tahun },
      select: ['documentId', 'bulan'],
    });
    evaluasi = await q('plugin::kinerja.evaluasi').findMany({
      where: { pegawai: { id: jfId }, tahun },
      select: ['documentId', 'periode_jenis', 'periode'],
    });
    renaksi = await q('plugin::kinerja.rencana-aksi').findMany({
      where: { pegawai: { id: jfId }, tahun },
      select: ['documentId', 'target'],
    });
    // evaluations on both sides of the move, so that each side's list can be told apart
    const tambah = async (bulan: number) => {
      if (evaluasi.some((e) => e.periode_jenis === 'BULANAN' && e.periode === bulan)) return;
      const e = await q('plugin::kinerja.evaluasi').create({
        data: {
          pegawai: jfId,
          tahun,
          periode_jenis: 'BULANAN',
          periode: bulan,
          kunci_unik: `uji-pindah:${jfId}:BULANAN:${bulan}`,
          rating_hasil: 2,
          rating_perilaku: 2,
          perilaku_source: 'DEFINITIF',
          predikat_kode: 3,
          predikat_nama: 'Baik',
          pegawai_nama: 'JF',
          pegawai_nip: NIP.jf,
          dinilai_pada: new Date(),
        },
      });
      evaluasi.push({ documentId: e.documentId, periode_jenis: 'BULANAN', periode: bulan });
    };
    await tambah(5);
    await tambah(8);
  });

  test('the fixture: renaksi in both halves, evaluations in both halves', () => {
    expect(renaksi.length).toBeGreaterThan(0);
    expect(
      renaksi.some((r) => (r.target ?? []).some((x) => x.bulan <= 6)) &&
        renaksi.some((r) => (r.target ?? []).some((x) => x.bulan >= 7)),
    ).toBe(true);
    expect(evaluasi.some((e) => bulanEvaluasi(e) <= 6) && evaluasi.some((e) => bulanEvaluasi(e) >= 7)).toBe(true);
  });

  test.each(SIAPA.map((s) => [NAMA[s], s] as const))(
    'GET /api/rencana-aksi?nip= (no bulan) as %s: only the months of the actor, targets and realisasi',
    async (_n, s) => {
      const r = await t.as(jwt[s]!).get(`/api/rencana-aksi?nip=${NIP.jf}&tahun=${tahun}&pageSize=500`);
      expect(r.status).toBe(200);
      const bulanTarget = new Set<number>(r.body.data.flatMap((x: any) => x.target.map((y: any) => y.bulan)));
      const harus = new Set(renaksi.flatMap((x) => (x.target ?? []).map((y) => y.bulan)).filter((b) => boleh(s, b)));
      expect([...bulanTarget].sort((a, b) => a - b)).toEqual([...harus].sort((a, b) => a - b));
      const bulanReal = r.body.data.flatMap((x: any) => x.realisasi.map((y: any) => y.bulan));
      expect(bulanReal.every((b: number) => boleh(s, b))).toBe(true);
      expect(bulanReal.length).toBe(realisasi.filter((x) => boleh(s, x.bulan)).length);
    },
  );

  test.each(SIAPA.map((s) => [NAMA[s], s] as const))(
    "GET /api/evaluasi?nip= (no bulan) as %s: exactly the evaluations of the actor's months",
    async (_n, s) => {
      const r = await t.as(jwt[s]!).get(`/api/evaluasi?nip=${NIP.jf}&tahun=${tahun}&pageSize=500`);
      expect(r.status).toBe(200);
      const harus = evaluasi.filter((e) => boleh(s, bulanEvaluasi(e))).length;
      expect(r.body.data.length).toBe(harus);
      expect(r.body.data.every((e: any) => boleh(s, bulanEvaluasi(e)))).toBe(true);
    },
  );

  test.each(SIAPA.map((s) => [NAMA[s], s] as const))(
    "panel realisasi list as %s: exactly the JF's realisasi of the actor's months",
    async (_n, s) => {
      const r = await panel(s, 'realisasi', { pegawai_id: jfDoc, tahun });
      expect(r.status).toBe(200);
      const ids = r.body.map((x: any) => x.id).sort();
      expect(ids).toEqual(
        realisasi
          .filter((x) => boleh(s, x.bulan))
          .map((x) => x.documentId)
          .sort(),
      );
    },
  );

  test.each(SIAPA.map((s) => [NAMA[s], s] as const))(
    "panel evaluasi list as %s: exactly the JF's evaluations of the actor's months",
    async (_n, s) => {
      const r = await panel(s, 'evaluasi', { pegawai_id: jfDoc, tahun });
      expect(r.status).toBe(200);
      const ids = r.body.map((x: any) => x.id).sort();
      expect(ids).toEqual(
        evaluasi
          .filter((e) => boleh(s, bulanEvaluasi(e)))
          .map((e) => e.documentId)
          .sort(),
      );
    },
  );

  test.each(SIAPA.map((s) => [NAMA[s], s] as const))(
    "panel rencana-aksi list as %s: the JF's renaksi with a target in one of the actor's months",
    async (_n, s) => {
      const r = await panel(s, 'rencana-aksi', { pegawai_id: jfDoc, tahun });
      expect(r.status).toBe(200);
      const ids = r.body.map((x: any) => x.id).sort();
      expect(ids).toEqual(renaksi.map((x) => x.documentId).sort());
    },
  );

  test('a pegawai the old penilai never had (another OPD) stays out of every list', async () => {
    const r = await panel('lama', 'realisasi', { pegawai_id: t.demo.lainOpd.documentId });
    expect(r.status).toBe(200);
    expect(r.body).toEqual([]);
  });
});
