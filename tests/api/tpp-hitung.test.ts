/**
 * The TPP run (domain.md §7, api.md "TPP"): BKAD runs last month for Diskominfo → one line per pegawai
 * with a definitive post, every line balances (ditransfer = tpp − potongan), the staff's line equals the
 * pure engine on the same inputs, a re-run updates in place; other roles 403; a locked quarter 423;
 * GET /api/tpp is scoped (staff: himself; another pegawai 403). Reports the run's query count.
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';
import { hitungTpp, tanggalKebijakanTpp } from '@m-skp/tpp';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const hari = hariIniKota();
const kini = { tahun: Number(hari.slice(0, 4)), bulan: Number(hari.slice(5, 7)) };
const tahun = kini.bulan === 1 ? kini.tahun - 1 : kini.tahun;
const bulan = kini.bulan === 1 ? 12 : kini.bulan - 1;
const triwulan = Math.ceil(bulan / 3);
const UID = 'plugin::tpp.tpp';
const ALASAN = 'Uji perhitungan TPP: buka kembali triwulan setelah uji kunci.';
let kodeOpd: string;
let kodeOpdLain: string;

const hitung = (token: string, body: Record<string, unknown> = { tahun, bulan, kode_opd: kodeOpd }) =>
  t.as(token).post('/api/tpp/hitung').send(body);
const kode = (r: any) => [r.status, r.body?.error?.details?.code];
const garis = () =>
  t.strapi.db.query(UID).findMany({
    where: { tahun, bulan, opd: { id: t.demo.opdDiskominfo.id } },
    populate: { pegawai: { select: ['id', 'nip'] } },
  });

beforeAll(async () => {
  for (const k of ['staf', 'kabidAplikasi'] as const) jwt[k] = await t.token(NIP[k]);
  for (const u of ['admin', 'bkad', 'inspektorat']) jwt[u] = await t.token(u);
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  const opd = (id: number) => t.strapi.db.query('plugin::inti.opd').findOne({ where: { id }, select: ['kode_opd'] });
  kodeOpd = (await opd(t.demo.opdDiskominfo.id)).kode_opd;
  kodeOpdLain = (await opd(t.demo.opdLain.id)).kode_opd;
  // start from no lines for the month so the first run takes the insert path and the re-run the update path
  for (const x of await garis()) await t.strapi.db.query(UID).delete({ where: { id: x.id } });
  // a locked quarter left by another file would make the run 423
  await t.strapi.db
    .query('plugin::inti.kunci-periode')
    .updateMany({ where: { kunci_unik: `${tahun}:${triwulan}` }, data: { terkunci: false } });
});

describe('POST /api/tpp/hitung', () => {
  let hasil: any;

  test('pegawai, Admin OPD and Inspektorat get 403 (nothing written)', async () => {
    for (const k of ['staf', 'adminOpd', 'inspektorat']) {
      const r = await hitung(jwt[k]);
      expect([k, ...kode(r)]).toEqual([k, 403, 'AKSES_DITOLAK']);
    }
  });

  test('a bad month → 400 naming bulan', async () => {
    const r = await hitung(jwt.bkad, { tahun, bulan: 15 });
    expect([r.status, r.body.error.details.field]).toEqual([400, 'bulan']);
  });

  test('BKAD runs last month for Diskominfo: totals, one line per pegawai, every line balances; audited', async () => {
    let r: any;
    const { jumlah, sql } = await t.hitungQuery(async () => {
      r = await hitung(jwt.bkad);
    });
    expect(r.status).toBe(200);
    hasil = r.body.data;
    const jenis = (re: RegExp) => sql.filter((x) => re.test(x.trim())).length;

    console.log(
      `TPP run ${tahun}/${bulan} ${kodeOpd}: ${hasil.jumlah_pegawai} pegawai, ${jumlah} SQL queries (select ${jenis(/^select/i)}, insert ${jenis(/^insert/i)}, update ${jenis(/^update/i)}), ${hasil.durasi_ms} ms`,
    );
    expect(hasil).toMatchObject({
      tahun,
      bulan,
      kode_opd: kodeOpd,
      versi_kebijakan: expect.stringMatching(/^perwali-tpp-/),
    });
    expect(hasil.jumlah_pegawai).toBeGreaterThanOrEqual(7);
    const rows = await garis();
    expect(rows).toHaveLength(hasil.jumlah_pegawai);
    expect(rows.every((x: any) => x.pegawai?.id != null && typeof x.documentId === 'string')).toBe(true);
    expect(new Set(rows.map((x: any) => x.kunci_unik)).size).toBe(rows.length);
    for (const nip of Object.values(NIP)) expect(rows.map((x: any) => x.pegawai?.nip)).toContain(nip);
    let total = 0;
    for (const x of rows) {
      expect(Number(x.jumlah_ditransfer)).toBe(Number(x.jumlah_tpp) - Number(x.jumlah_potongan));
      total += Number(x.jumlah_ditransfer);
    }
    expect(hasil.total.jumlah_ditransfer).toBe(total);
    expect(hasil.total.jumlah_ditransfer).toBe(hasil.total.jumlah_tpp - hasil.total.jumlah_potongan);
    const a = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findMany({ where: { aksi: 'TPP_DIHITUNG', objek_id: `${tahun}:${bulan}:${kodeOpd}` } });
    expect(a.length).toBeGreaterThanOrEqual(1);
  });

  test("the staff's line equals hitungTpp on the same inputs", async () => {
    const p = await t.strapi.db
      .query('plugin::inti.pegawai')
      .findOne({ where: { nip: NIP.staf }, select: ['id', 'golongan', 'cpns'] });
    const line = await t.strapi.db.query(UID).findOne({ where: { kunci_unik: `${p.id}:${tahun}:${bulan}` } });
    const versi = t.strapi.plugin('inti').service('kebijakan').versi('tpp', tanggalKebijakanTpp(tahun, bulan));
    const cap = await t.as(jwt.admin).get(`/api/capaian?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`);
    expect(cap.status).toBe(200);
    const ev = await t.strapi.db.query('plugin::kinerja.evaluasi').findMany({
      where: { pegawai: { id: p.id }, tahun, periode_jenis: 'BULANAN', periode: bulan },
      select: ['predikat_kode'],
    });
    const pres = await t.strapi.db
      .query('plugin::tpp.presensi')
      .findOne({ where: { pegawai: { id: p.id }, tahun, bulan } });
    const presensi: any = { hukuman_disiplin_aktif: !!pres?.hukuman_disiplin_aktif };
    for (const k of [
      'telat_1_30',
      'telat_31_60',
      'telat_61_90',
      'telat_91_atau_tanpa_rekam',
      'pulang_cepat_1_30',
      'pulang_cepat_31_60',
      'pulang_cepat_61_90',
      'pulang_cepat_91_atau_tanpa_rekam',
      'alpa_hari',
    ])
      presensi[k] = Number(pres?.[k] ?? 0);
    const g = /^(\d)/.exec(p.golongan)?.[1];
    const ruang = ['', 'I', 'II', 'III', 'IV'][Number(g)] ?? p.golongan.split('/')[0];
    const h = hitungTpp(
      {
        bulan,
        kelas: line.sumber_kelas === 'PLT' ? line.kelas : Number(line.kelas),
        cpns: !!p.cpns,
        golongan: p.golongan,
        gaji_bpjs: versi.nilai.gaji_bpjs.pns[ruang],
        capaian: cap.body.data.capaian == null ? null : Number(cap.body.data.capaian),
        predikat_kode: ev[0]?.predikat_kode ?? null,
        presensi,
      },
      versi,
    );
    expect(line.sumber_kelas).toBe('DEFINITIF');
    for (const k of [
      'belanja_tpp_beban_kerja',
      'belanja_tpp_prestasi_kerja',
      'tunjangan_iuran_jaminan_kesehatan',
      'pph_21',
      'jumlah_tpp',
      'jumlah_potongan',
      'jumlah_ditransfer',
    ]) {
      expect([k, Number(line[k])]).toEqual([k, (h as any)[k]]);
    }
    expect(Number(line.iwp_1)).toBe(h['iwp_1%']);
    expect(line.versi_kebijakan).toBe(versi.kode);
    expect(line.alasan.length).toBeGreaterThanOrEqual(h.alasan.length);
  });

  test("a post listed in the policy's komponen_tetap is paid its fixed amounts on the run's line, with the reason", async () => {
    const pen = await t.strapi.db
      .query('plugin::inti.penugasan')
      .findOne({ where: { pegawai: { nip: NIP.staf }, jenis: 'UTAMA' }, populate: { jabatan: { select: ['kode'] } } });
    const versi = t.strapi.plugin('inti').service('kebijakan').versi('tpp', tanggalKebijakanTpp(tahun, bulan));
    const lama = versi.nilai.komponen_tetap;
    const baris = async () => (await garis()).find((x: any) => x.pegawai.nip === NIP.staf);
    const sebelum = await baris();
    versi.nilai.komponen_tetap = { [pen.jabatan.kode]: { tempat_bertugas: 400_000, kelangkaan_profesi: 600_000 } };
    try {
      expect((await hitung(jwt.bkad)).status).toBe(200);
      const l = await baris();
      expect([
        Number(l.belanja_tpp_tempat_bertugas),
        Number(l.belanja_tpp_kelangkaan_profesi),
        Number(l.belanja_tpp_kondisi_kerja),
      ]).toEqual([400_000, 600_000, 0]);
      expect(Number(l.belanja_tpp_beban_kerja) + Number(l.belanja_tpp_prestasi_kerja)).toBe(
        Number(sebelum.belanja_tpp_beban_kerja) + Number(sebelum.belanja_tpp_prestasi_kerja),
      );
      expect(l.alasan.filter((a: any) => a.komponen === 'KOMPONEN_TETAP').map((a: any) => a.kode)).toEqual([
        'TEMPAT_BERTUGAS',
        'KELANGKAAN_PROFESI',
      ]);
      expect(Number(l.jumlah_ditransfer)).toBe(Number(l.jumlah_tpp) - Number(l.jumlah_potongan));
    } finally {
      versi.nilai.komponen_tetap = lama;
      expect((await hitung(jwt.bkad)).status).toBe(200);
    }
    expect(Number((await baris()).belanja_tpp_tempat_bertugas)).toBe(0);
  });

  test("the run's bulk capaian equals kinerja's per-pegawai capaian for every pegawai of the OPD", async () => {
    const rows = await garis();
    const svc = t.strapi.plugin('kinerja').service('capaian');
    for (const x of rows) {
      const c = await svc.pegawai(x.pegawai.id, tahun, bulan);
      expect([x.nip, x.capaian == null ? null : Number(x.capaian)]).toEqual([
        x.nip,
        c.capaian == null ? null : Number(c.capaian),
      ]);
    }
  });

  test('a re-run updates the lines in place (no duplicates)', async () => {
    const sebelum = await garis();
    let r: any;
    const { jumlah, sql } = await t.hitungQuery(async () => {
      r = await hitung(jwt.admin);
    });
    const jenis = (re: RegExp) => sql.filter((x) => re.test(x.trim())).length;

    console.log(
      `TPP re-run: ${jumlah} SQL queries (select ${jenis(/^select/i)}, insert ${jenis(/^insert/i)}, update ${jenis(/^update/i)}, delete ${jenis(/^delete/i)})`,
    );
    expect(r.status).toBe(200);
    const sesudah = await garis();
    expect(sesudah.map((x: any) => x.id).sort()).toEqual(sebelum.map((x: any) => x.id).sort());
    expect(sesudah[0].dihitung_oleh).toBe('admin');
  });

  test('the number of reads does not grow with the number of pegawai (another OPD of a different size)', async () => {
    const baca = async (kode: string) => {
      let r: any;
      const { sql } = await t.hitungQuery(async () => {
        r = await hitung(jwt.bkad, { tahun, bulan, kode_opd: kode });
      });
      expect(r.status).toBe(200);
      return { pegawai: r.body.data.jumlah_pegawai, select: sql.filter((x) => /^select/i.test(x.trim())).length };
    };
    const a = await baca(kodeOpd);
    const b = await baca(kodeOpdLain);

    console.log(
      `TPP run reads: ${kodeOpd} ${a.pegawai} pegawai → ${a.select} selects; ${kodeOpdLain} ${b.pegawai} pegawai → ${b.select} selects`,
    );
    // the Kepala OPD branch of the capaian adds at most 4 reads when an OPD has no head in the month
    expect(Math.abs(a.select - b.select)).toBeLessThanOrEqual(4);
  });

  test("the pegawai's own BPJS salary basis (set on the pegawai by BKPSDM) replaces the golongan figure", async () => {
    const staf = await t.strapi.db
      .query('plugin::inti.pegawai')
      .findOne({ where: { nip: NIP.staf }, select: ['id', 'documentId'] });
    const ubah = (gaji_bpjs: unknown) =>
      t.as(jwt.admin).put(`/api/panel/pegawai/${staf.documentId}`).send({ gaji_bpjs });
    const lineStaf = async () => (await garis()).find((x: any) => x.nip === NIP.staf);
    const kodeAlasan = (x: any) => (x.alasan as { kode: string }[]).map((a) => a.kode);
    expect(kodeAlasan(await lineStaf())).toContain('DASAR_BPJS_GOLONGAN');
    const golongan = Number((await lineStaf()).tunjangan_iuran_jaminan_kesehatan);
    try {
      const salah = await ubah(-1);
      expect([salah.status, salah.body.error.details.field]).toEqual([400, 'gaji_bpjs']);
      expect((await ubah(11_500_000)).status).toBe(200);
      expect((await hitung(jwt.bkad)).status).toBe(200);
      const x = await lineStaf();
      expect(kodeAlasan(x)).not.toContain('DASAR_BPJS_GOLONGAN');
      // near the Rp12,000,000 ceiling little is left for the TPP allowance: less than on the golongan figure
      expect(Number(x.tunjangan_iuran_jaminan_kesehatan)).toBeLessThan(golongan);
      expect(Number(x.jumlah_ditransfer)).toBe(Number(x.jumlah_tpp) - Number(x.jumlah_potongan));
      // the other pegawai keep the golongan figure and say so
      expect(
        (await garis())
          .filter((g: any) => g.nip !== NIP.staf)
          .every((g: any) => kodeAlasan(g).includes('DASAR_BPJS_GOLONGAN')),
      ).toBe(true);
    } finally {
      expect((await ubah(null)).status).toBe(200);
      expect((await hitung(jwt.bkad)).status).toBe(200);
    }
    expect(Number((await lineStaf()).tunjangan_iuran_jaminan_kesehatan)).toBe(golongan);
  });

  test('Hardening 10 (errors 4xx, not 500): three concurrent runs of one OPD-month → no 500, the losers 409 TPP_SEDANG_DIHITUNG, one line per pegawai', async () => {
    // no lines for the month: every run takes the insert path, where two writers collide on kunci_unik
    for (const x of await garis()) await t.strapi.db.query(UID).delete({ where: { id: x.id } });
    const r = await Promise.all([hitung(jwt.bkad), hitung(jwt.admin), hitung(jwt.bkad)]);
    expect(r.map((x) => (x.status === 200 ? 200 : kode(x).join(' ')))).toEqual(
      r.map((x) => (x.status === 200 ? 200 : '409 TPP_SEDANG_DIHITUNG')),
    );
    const ok = r.filter((x) => x.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    const baris = await garis();
    expect(baris).toHaveLength(ok[0].body.data.jumlah_pegawai);
    expect(new Set(baris.map((x: any) => x.kunci_unik)).size).toBe(baris.length);
    expect(
      baris.every((x: any) => Number(x.jumlah_ditransfer) === Number(x.jumlah_tpp) - Number(x.jumlah_potongan)),
    ).toBe(true);
    // the lock is released: the next run goes through
    expect((await hitung(jwt.bkad)).status).toBe(200);
  });

  test('a locked quarter → 423 PERIODE_TERKUNCI', async () => {
    // last month's quarter may still be open to entry (issue 10 Rule 4): the Admin BKPSDM locks it early with a reason
    const k = await t.as(jwt.admin).post('/api/tpp/kunci').send({ tahun, triwulan, alasan: ALASAN });
    expect(k.status).toBe(200);
    try {
      const r = await hitung(jwt.bkad);
      expect(kode(r)).toEqual([423, 'PERIODE_TERKUNCI']);
    } finally {
      const b = await t.as(jwt.admin).post('/api/tpp/buka').send({ tahun, triwulan, alasan: ALASAN });
      expect(b.status).toBe(200);
    }
  });
});

describe('GET /api/tpp (scoped)', () => {
  test('the staff sees only his own lines, with every component and alasan', async () => {
    const r = await t.as(jwt.staf).get(`/api/tpp?tahun=${tahun}&bulan=${bulan}`);
    expect(r.status).toBe(200);
    expect(r.body.data.length).toBe(1);
    const x = r.body.data[0];
    expect(x).toMatchObject({ nip: NIP.staf, tahun, bulan });
    expect(x.jumlah_ditransfer).toBe(x.jumlah_tpp - x.jumlah_potongan);
    expect(Array.isArray(x.alasan)).toBe(true);
    for (const k of [
      'belanja_tpp_beban_kerja',
      'belanja_tpp_prestasi_kerja',
      'pph_21',
      'iwp_1%',
      'tunjangan_iuran_jaminan_kesehatan',
    ])
      expect(typeof x[k]).toBe('number');
  });

  test("another pegawai's nip → 403 for the staff; the penilai sees his subordinate", async () => {
    const r = await t.as(jwt.staf).get(`/api/tpp?nip=${NIP.kadis}&tahun=${tahun}&bulan=${bulan}`);
    expect(kode(r)).toEqual([403, 'AKSES_DITOLAK']);
    const p = await t.as(jwt.kabidAplikasi).get(`/api/tpp?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`);
    expect([p.status, p.body.data.length]).toEqual([200, 1]);
  });

  test("Admin OPD sees his OPD's lines and none of another OPD", async () => {
    const a = await t.as(jwt.adminOpd).get(`/api/tpp?tahun=${tahun}&bulan=${bulan}&kode_opd=${kodeOpd}`);
    expect(a.status).toBe(200);
    expect(a.body.meta.total).toBeGreaterThanOrEqual(7);
    const b = await t.as(jwt.adminOpd).get(`/api/tpp?tahun=${tahun}&bulan=${bulan}&kode_opd=${kodeOpdLain}`);
    expect([b.status, b.body.data.length]).toEqual([200, 0]);
  });

  test('panel resource tpp is scoped the same way', async () => {
    const r = await t.as(jwt.staf).get(`/api/panel/tpp?filter=${encodeURIComponent(JSON.stringify({ tahun, bulan }))}`);
    expect(r.status).toBe(200);
    expect(r.body.map((x: any) => x.nip)).toEqual([NIP.staf]);
  });
});
