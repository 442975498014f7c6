/**
 * Demo rencana aksi and realisasi (database/seed/renaksi.js).
 *
 * The plan (pure): deterministic, the named accounts have targets in all 12 months and at least one
 * RTP, realisasi only for months that have begun and only on approved SKP, the clock only decides
 * which months exist (never their values), and every stored capaian is what capaianTersimpan gives
 * with the policy version in force that month.
 * The write (the demo city seeded at boot): links, `kunci_unik` = "<renaksiId>:<bulan>", counts.
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';

const { rencanakanKota, rencanakanSkp } = require('../../database/seed');

const { rencanakanRenaksi, kebijakanBerkas, pdfBukti } = require('../../database/seed/renaksi');

const { capaianTersimpan, tanggalKebijakanBulan } = require('@m-skp/kinerja');

const { periksaTargetRenaksi, targetPadaBulan } = require('@m-skp/kinerja');

/** 27 Nov 2026, 10:00 WIB: January–October are past, November is the current month. */
const SEKARANG = new Date('2026-11-27T03:00:00Z');
const SEMUA_BULAN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

function rencanakan(pegawai: number, sekarang: Date, tahun?: number) {
  const kota = rencanakanKota({ pegawai, tahun, sekarang });
  const skp = rencanakanSkp(kota, { sekarang });
  return { kota, skp, renaksi: rencanakanRenaksi(kota, skp, { sekarang }) };
}

describe('rencanakanRenaksi (pure plan)', () => {
  const { skp, renaksi: p } = rencanakan(60, SEKARANG, 2026);
  const renaksiByDoc = new Map<string, any>(p.renaksi.map((x: any) => [x.documentId, x]));
  const skpByRhk = new Map<string, any>();
  const skpByDoc = new Map<string, any>(skp.skp.map((s: any) => [s.documentId, s]));
  for (const r of skp.rhk) skpByRhk.set(r.documentId, skpByDoc.get(r.skp));

  test('same input → same output', () => {
    const lagi = rencanakan(60, SEKARANG, 2026).renaksi;
    expect(JSON.stringify(lagi)).toBe(JSON.stringify(p));
  });

  test('each named account has renaksi with a target in every month and at least one RTP', () => {
    for (const nip of Object.values(NIP)) {
      const milik = p.renaksi.filter((x: any) => x.pegawai === nip);
      expect(milik.length).toBeGreaterThanOrEqual(4);
      expect(milik.some((x: any) => x.sebagai_rtp)).toBe(true);
      for (const x of milik) expect(x.target.map((t: any) => t.bulan)).toEqual(SEMUA_BULAN);
    }
    // Kabid Statistik: his own SKP and the Plt SKP of Kabid Persandian both carry renaksi.
    const skpStatistik = new Set(
      p.renaksi.filter((x: any) => x.pegawai === NIP.kabidStatistik).map((x: any) => skpByRhk.get(x.rhk).documentId),
    );
    expect(skpStatistik.size).toBe(2);
  });

  test('2–3 renaksi per RHK of every DISETUJUI/DIAJUKAN SKP; targets pass periksaTargetRenaksi; about 1 in 6 is RTP', () => {
    const perRhk = new Map<string, number>();
    for (const x of p.renaksi) perRhk.set(x.rhk, (perRhk.get(x.rhk) ?? 0) + 1);
    for (const s of skp.skp) {
      const rhk = skp.rhk.filter((r: any) => r.skp === s.documentId);
      for (const r of rhk) {
        if (s.status === 'DISETUJUI' || s.status === 'DIAJUKAN') {
          expect(perRhk.get(r.documentId)).toBeGreaterThanOrEqual(s.periode_mulai.slice(5, 7) === '01' ? 2 : 1);
          expect(perRhk.get(r.documentId)).toBeLessThanOrEqual(3);
        } else expect(perRhk.has(r.documentId)).toBe(false);
      }
    }
    for (const x of p.renaksi) {
      const cek = periksaTargetRenaksi(x.periode, x.target);
      expect(cek).toEqual({ ok: true, nilai: x.target });
      if (x.periode === 'TRIWULAN') expect(skpByRhk.get(x.rhk).jenis).toBe('JPT');
    }
    const rtp = p.renaksi.filter((x: any) => x.sebagai_rtp).length / p.renaksi.length;
    expect(rtp).toBeGreaterThan(0.1);
    expect(rtp).toBeLessThan(0.3);
  });

  test('realisasi only on approved SKP, only for months that have begun, never after the clock', () => {
    expect(p.realisasi.length).toBeGreaterThan(0);
    const kini = SEKARANG.getTime();
    for (const x of p.realisasi) {
      const r = renaksiByDoc.get(x.renaksi);
      expect(skpByRhk.get(r.rhk).status).toBe('DISETUJUI');
      expect(x.bulan).toBeLessThanOrEqual(11);
      expect(x.diisi_pada.getTime()).toBeLessThanOrEqual(kini);
      expect(x.bukti_url.length).toBeGreaterThanOrEqual(1);
      for (const b of x.bukti_url) expect(b.url).toMatch(/^https:\/\/drive\.madiunkota\.go\.id\//);
      if (x.bulan === 11) expect(x.status).toBe('UNCHECKED'); // the current month is not checked yet
      if (x.status === 'CHECKED') {
        const s = skpByRhk.get(r.rhk);
        expect([x.diperiksa_oleh_nip, x.diperiksa_oleh_nama]).toEqual([s.penilai_nip, s.penilai_nama]);
        expect(x.umpan_balik).toBeTruthy();
        expect(x.diperiksa_pada.getTime()).toBeGreaterThanOrEqual(x.diisi_pada.getTime());
        expect(x.diperiksa_pada.getTime()).toBeLessThanOrEqual(kini);
      } else expect(x.diperiksa_pada).toBeNull();
    }
    // The named accounts: every past month of every renaksi; all checked but the last past month.
    for (const nip of Object.values(NIP)) {
      const milik = p.realisasi.filter((x: any) => x.pegawai === nip && x.bulan <= 10);
      expect(milik.length).toBe(p.renaksi.filter((x: any) => x.pegawai === nip).length * 10);
      for (const x of milik) expect(x.status).toBe(x.bulan === 10 ? 'UNCHECKED' : 'CHECKED');
    }
    // Generated pegawai: some missing, some above target, the last past month mostly unchecked.
    const umum = p.realisasi.filter((x: any) => !x.tetap);
    expect(umum.some((x: any) => x.capaian_mentah > 100)).toBe(true);
    expect(umum.some((x: any) => x.capaian < 80)).toBe(true);
    const okt = umum.filter((x: any) => x.bulan === 10);
    expect(okt.filter((x: any) => x.status === 'UNCHECKED').length).toBeGreaterThan(okt.length / 2);
  });

  test('stored capaian = capaianTersimpan with the policy version of that month', () => {
    const kebijakan = kebijakanBerkas();
    for (const x of p.realisasi) {
      const r = renaksiByDoc.get(x.renaksi);
      const k = kebijakan(tanggalKebijakanBulan(x.tahun, x.bulan));
      const t = targetPadaBulan(r.target, x.bulan);
      expect(x.target_nilai).toBe(t);
      const c = capaianTersimpan(t, x.nilai, r.polaritas, k.batas_capaian);
      expect([x.capaian_mentah, x.capaian, x.formula]).toEqual([c.mentah, c.capaian, k.formula]);
      expect(x.capaian).toBeLessThanOrEqual(k.batas_capaian);
    }
  });

  test('the clock decides which months exist, never their values', () => {
    const awal = rencanakan(60, new Date('2026-04-20T03:00:00Z'), 2026).renaksi;
    expect(awal.renaksi).toEqual(p.renaksi);
    const nanti = new Map<string, any>(p.realisasi.map((x: any) => [x.documentId, x]));
    const lalu = awal.realisasi.filter((x: any) => x.bulan <= 2);
    expect(lalu.length).toBeGreaterThan(0);
    for (const x of lalu) expect(nanti.get(x.documentId)?.nilai).toBe(x.nilai);
    expect(Math.max(...awal.realisasi.map((x: any) => x.bulan))).toBeLessThanOrEqual(4);
  });

  test('a past demo year: all 12 months, formula of that year (legacy before 2025)', () => {
    const { renaksi: lama } = rencanakan(20, SEKARANG, 2024);
    const bulan = new Set(lama.realisasi.map((x: any) => x.bulan));
    expect(bulan.has(12)).toBe(true);
    expect(new Set(lama.realisasi.map((x: any) => x.formula))).toEqual(new Set(['legacy']));
  });

  test('evidence PDF is a well-formed PDF', () => {
    const b = pdfBukti('Bukti dukung', ['Baris satu (uji)', 'Baris dua — huruf non-ASCII']);
    const s = b.toString('latin1');
    expect(s.startsWith('%PDF-1.4')).toBe(true);
    expect(s.trimEnd().endsWith('%%EOF')).toBe(true);
    const xref = Number(/startxref\n(\d+)/.exec(s)![1]);
    expect(s.slice(xref, xref + 4)).toBe('xref');
    // every object offset in the table points at "<n> 0 obj"
    const baris = s.slice(xref).split('\n').slice(3, 8);
    baris.forEach((l, i) => expect(s.startsWith(`${i + 1} 0 obj\n`, Number(l.slice(0, 10)))).toBe(true));
  });
});

describe('demo city seeded at boot: renaksi and realisasi rows', () => {
  // the demo evidence PDFs go to the throw-away folder the test helper gives every server
  const t = mulaiStrapi();
  const [tahun, bulanKini] = hariIniKota().split('-').map(Number);

  test('links, kunci_unik and the named accounts', async () => {
    if (!t.demo.dariSeed) throw new Error('the demo city was not seeded (MSKP_DEMO)');
    const q = (uid: string) => t.strapi.db.query(uid);
    const realisasi = await q('plugin::kinerja.realisasi').findMany({
      select: ['id', 'bulan', 'kunci_unik', 'status', 'capaian'],
      populate: { rencana_aksi: { select: ['id'] }, pegawai: { select: ['nip'] } },
    });
    expect(realisasi.length).toBeGreaterThan(0);
    for (const x of realisasi) {
      expect(x.kunci_unik).toBe(`${x.rencana_aksi.id}:${x.bulan}`);
      expect(x.bulan).toBeLessThanOrEqual(bulanKini);
    }
    const renaksi = await q('plugin::kinerja.rencana-aksi').findMany({
      where: { pegawai: { nip: NIP.kabidAplikasi } },
      select: ['id', 'sebagai_rtp', 'target', 'periode', 'tahun'],
      populate: { rhk: { select: ['id'], populate: { skp: { select: ['status', 'tahun'] } } } },
    });
    expect(renaksi.length).toBeGreaterThanOrEqual(6);
    expect(renaksi.some((x: any) => x.sebagai_rtp)).toBe(true);
    for (const x of renaksi) {
      expect([x.tahun, x.rhk.skp.tahun, x.rhk.skp.status]).toEqual([tahun, tahun, 'DISETUJUI']);
      expect(x.target.map((y: any) => y.bulan)).toEqual(SEMUA_BULAN);
    }
  });

  test('past months: the app computes the capaian from the seeded rows; evidence PDFs download for the owner', async () => {
    const jwt = await t.token(NIP.kabidAplikasi);
    const berkas = await t.strapi.db.query('plugin::kinerja.realisasi').findMany({
      where: { pegawai: { nip: NIP.kabidAplikasi }, bukti: { id: { $notNull: true } } },
      select: ['id', 'bulan'],
      populate: { bukti: { select: ['id', 'mime'] } },
    });
    if (bulanKini === 1) {
      // January: no month of the demo year has passed, so no realisasi is complete yet.
      expect(berkas).toHaveLength(0);
      return;
    }
    const r = await t.as(jwt).get(`/api/capaian?nip=${NIP.kabidAplikasi}&tahun=${tahun}&bulan=${bulanKini - 1}`);
    expect(r.status).toBe(200);
    expect(typeof r.body.data.capaian).toBe('number');
    expect(r.body.data.capaian).toBeGreaterThan(50);
    expect(r.body.data.capaian).toBeLessThanOrEqual(100);
    expect(berkas.length).toBeGreaterThanOrEqual(1);
    const f = berkas[0].bukti[0];
    expect(f.mime).toBe('application/pdf');
    const unduh = await t
      .as(jwt)
      .get(`/api/bukti/${f.id}`)
      .buffer(true)
      .parse((res, cb) => {
        const potong: Buffer[] = [];
        res.on('data', (c: Buffer) => potong.push(c));
        res.on('end', () => cb(null, Buffer.concat(potong)));
      });
    expect(unduh.status).toBe(200);
    expect((unduh.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
