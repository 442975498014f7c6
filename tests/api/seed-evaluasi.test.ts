/**
 * Demo evaluations and organisation predikat (database/seed/evaluasi.js).
 *
 * The plan (pure): deterministic; every predikat is the matrix of the policy; only months before the
 * last past month, only SKP whose realisasi of that month are all checked; the named accounts are
 * evaluated every such month; the PLT rule leaves nothing for the sync; one OPD (not Diskominfo)
 * keeps a quota violation (DRAFT) in one month, one that blocks finalising when any OPD-month has enough evaluated pegawai; FINAL rows pass `putusanFinal`.
 * The write (the demo city seeded at boot): kunci_unik, the app's own capaian and proposal agree with
 * the stored rows, `sinkronPlt` changes nothing, the last past month is left for the penilai.
 */
import { aktorSistem } from '@m-skp/inti';
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';

const { rencanakanKota, rencanakanSkp } = require('../../database/seed');
const { rencanakanRenaksi } = require('../../database/seed/renaksi');
const { rencanakanEvaluasi, kebijakanDariBerkas } = require('../../database/seed/evaluasi');
const { predikatPegawai, periksaKurva } = require('@m-skp/kinerja');
const { perubahanPlt } = require('@m-skp/plt');
const { satuPerPegawai, putusanFinal } = require('@m-skp/kinerja');
const { targetPadaBulan } = require('@m-skp/kinerja');

/** 27 Nov 2026, 10:00 WIB: October is the last past month, so January–September are evaluated. */
const SEKARANG = new Date('2026-11-27T03:00:00Z');
const kebijakan = kebijakanDariBerkas();
const kp = (tahun: number, bulan: number) => kebijakan('predikat', `${tahun}-${String(bulan).padStart(2, '0')}-01`);

function rencanakan(pegawai: number, sekarang: Date, tahun?: number) {
  const kota = rencanakanKota({ pegawai, tahun, sekarang });
  const skp = rencanakanSkp(kota, { sekarang });
  const renaksi = rencanakanRenaksi(kota, skp, { sekarang });
  return { kota, skp, renaksi, evaluasi: rencanakanEvaluasi(kota, skp, renaksi, { sekarang }) };
}

/** The counted evaluation per pegawai (as the Laporan Predikat reads them) of one OPD and month. */
const dihitung = (rows: any[]) =>
  satuPerPegawai(
    rows.map((e, i) => ({
      id: i,
      pegawaiId: e.pegawai,
      jenisPenugasan: e.konteks === 'DEFINITIF' ? 'UTAMA' : 'PLT',
      e,
    })),
  ).map((x: any) => x.e);

describe.each([60, 300])('rencanakanEvaluasi (pure plan, %i pegawai)', (jumlah) => {
  const { kota, skp, renaksi, evaluasi: p } = rencanakan(jumlah, SEKARANG, 2026);
  const skpByDoc = new Map<string, any>(skp.skp.map((s: any) => [s.documentId, s]));
  const rhkByDoc = new Map<string, any>(skp.rhk.map((r: any) => [r.documentId, r]));
  const pegawaiByNip = new Map<string, any>(kota.pegawai.map((x: any) => [x.nip, x]));

  test('same input → same output; months before the last past month only', () => {
    expect(JSON.stringify(rencanakan(jumlah, SEKARANG, 2026).evaluasi)).toBe(JSON.stringify(p));
    expect(p.bulanTerakhirLalu).toBe(10);
    expect(p.bulanDinilai).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(p.evaluasi.length).toBeGreaterThan(jumlah);
    for (const e of p.evaluasi) {
      expect(e.periode).toBeLessThanOrEqual(9);
      expect(e.dinilai_pada.getTime()).toBeLessThanOrEqual(SEKARANG.getTime());
    }
  });

  test('every predikat is the matrix of the policy; ratings 1–3; perilaku mostly Sesuai', () => {
    for (const e of p.evaluasi) {
      const x = predikatPegawai(e.rating_hasil, e.rating_perilaku, kp(e.tahun, e.periode));
      expect([e.predikat_kode, e.predikat_nama, e.predikat_siasn_id]).toEqual([x.kode, x.nama, x.siasn_id]);
      for (const r of [e.rating_hasil, e.rating_perilaku]) expect([1, 2, 3]).toContain(r);
    }
    const sesuai = p.evaluasi.filter((e: any) => e.rating_perilaku === 2).length;
    expect(sesuai / p.evaluasi.length).toBeGreaterThan(0.6);
    expect(p.evaluasi.some((e: any) => e.rating_perilaku === 1)).toBe(true);
  });

  test('the realisasi gate: an evaluated SKP month has realisasi, all CHECKED; approved SKP with a penilai only', () => {
    const real = new Map<string, any>(renaksi.realisasi.map((x: any) => [`${x.renaksi}:${x.bulan}`, x]));
    const perSkp = new Map<string, any[]>();
    for (const r of renaksi.renaksi) {
      const s = rhkByDoc.get(r.rhk).skp;
      perSkp.set(s, [...(perSkp.get(s) ?? []), r]);
    }
    for (const e of p.evaluasi) {
      const s = skpByDoc.get(e.skp);
      expect(s.status).toBe('DISETUJUI');
      expect(e.penilai).toBe(s.penilai);
      const xs = perSkp
        .get(e.skp)!
        .filter((r: any) => targetPadaBulan(r.target, e.periode) != null)
        .map((r: any) => real.get(`${r.documentId}:${e.periode}`))
        .filter(Boolean);
      expect(xs.length).toBeGreaterThan(0);
      for (const x of xs) expect(x.status).toBe('CHECKED');
      expect(e.snapshot.pegawai_nip).toBe(e.pegawai);
      expect(e.snapshot.penilai_nip).toBe(s.penilai_nip);
    }
  });

  test('named accounts: evaluated every month before the last past month, with umpan balik per RHK and per BerAKHLAK value', () => {
    for (const nip of Object.values(NIP)) {
      const milik = p.evaluasi.filter((e: any) => e.pegawai === nip && e.konteks === 'DEFINITIF');
      expect(milik.map((e: any) => e.periode)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      for (const e of milik) {
        expect(e.umpan_balik).toBeTruthy();
        expect(e.umpan_balik_rhk.length).toBeGreaterThanOrEqual(1);
        for (const u of e.umpan_balik_rhk) {
          expect(skpByDoc.get(rhkByDoc.get(u.rhk_id).skp).documentId).toBe(e.skp);
          expect(u.uraian).toBe(rhkByDoc.get(u.rhk_id).uraian);
        }
        for (const u of e.umpan_balik_perilaku) expect(u.nama).toBeTruthy();
        expect(e.umpan_balik_perilaku.map((u: any) => u.kode).sort()).toEqual([
          'ADAPTIF',
          'AKUNTABEL',
          'BERORIENTASI_PELAYANAN',
          'HARMONIS',
          'KOLABORATIF',
          'KOMPETEN',
          'LOYAL',
        ]);
      }
    }
    // the Plt evaluation of Kabid Statistik (Plt. Kepala Bidang Persandian) by the penilai of that post
    const plt = p.evaluasi.filter((e: any) => e.pegawai === NIP.kabidStatistik && e.konteks === 'PLT');
    expect(plt).toHaveLength(9);
    for (const e of plt) expect(e.snapshot.pegawai_jabatan).toMatch(/^Plt\. /);
    // his subordinate in Persandian is rated by him as Plt
    const sandi = p.evaluasi.filter((e: any) => e.pegawai === NIP.stafPersandian);
    for (const e of sandi)
      expect([e.penilai, e.penilai_sebagai, e.snapshot.penilai_jabatan.slice(0, 5)]).toEqual([
        NIP.kabidStatistik,
        'PLT',
        'Plt. ',
      ]);
  });

  test('PLT rule: definitive perilaku of Kabid Statistik = his Plt rating; perubahanPlt finds nothing left', () => {
    const hs = p.evaluasi.filter((e: any) => e.pegawai === NIP.kabidStatistik);
    for (const d of hs.filter((e: any) => e.konteks === 'DEFINITIF')) {
      const plt = hs.find((e: any) => e.konteks === 'PLT' && e.periode === d.periode);
      expect(d).toMatchObject({ perilaku_source: 'PLT', rating_perilaku: plt.rating_perilaku });
      expect([1, 2, 3]).toContain(d.rating_perilaku_asli);
    }
    const rows = p.evaluasi.map((e: any, i: number) => ({
      id: i,
      pegawaiId: e.pegawai,
      periode_jenis: e.periode_jenis,
      periode: e.periode,
      konteks: e.konteks,
      jabatanId: e.jabatan,
      rating_perilaku: e.rating_perilaku,
      rating_perilaku_asli: e.rating_perilaku_asli,
      perilaku_source: e.perilaku_source,
    }));
    const pltAktif = p.bulanDinilai.flatMap((m: number) =>
      kota.plt.map((x: any) => ({ pegawaiId: x.pegawai, jabatanId: x.jabatan, periode_jenis: 'BULANAN', periode: m })),
    );
    expect(perubahanPlt(rows, pltAktif)).toEqual([]);
  });

  test('organisation predikat: proposal stored; FINAL only where the kurva allows; one violation OPD (not Diskominfo), DRAFT', () => {
    const diskominfo = kota.jabatan.find((j: any) => j.tag === 'KADIS_KOMINFO').opd;
    expect(p.predikatOrganisasi.length).toBeGreaterThan(0);
    for (const o of p.predikatOrganisasi) {
      const rows = dihitung(
        p.evaluasi.filter((e: any) => pegawaiByNip.get(e.pegawai).opd === o.opd && e.periode === o.periode),
      );
      const k = kp(o.tahun, o.periode);
      const kurva = periksaKurva(
        o.predikat,
        rows.map((e: any) => e.predikat_kode),
        k,
      );
      expect(o.predikat).toBe(o.usulan);
      expect(kurva.n).toBe(o.n);
      if (o.status === 'FINAL') expect(putusanFinal(kurva, o.predikat, null).boleh).toBe(true);
      else expect(o.langgar || !putusanFinal(kurva, o.predikat, null).boleh).toBe(true);
    }
    expect(p.opdPelanggaran).toBeTruthy();
    expect(p.opdPelanggaran).not.toBe(diskominfo);
    const langgar = p.predikatOrganisasi.filter((o: any) => o.langgar);
    expect(langgar.map((o: any) => o.opd)).toEqual([p.opdPelanggaran]);
    const akhir = langgar[0];
    expect(akhir).toMatchObject({ status: 'DRAFT', langgar: true });
    const rows = dihitung(
      p.evaluasi.filter((e: any) => pegawaiByNip.get(e.pegawai).opd === akhir.opd && e.periode === akhir.periode),
    );
    const kurvaAkhir = periksaKurva(
      akhir.predikat,
      rows.map((e: any) => e.predikat_kode),
      kp(akhir.tahun, akhir.periode),
    );
    expect(kurvaAkhir.pelanggaran.length).toBeGreaterThan(0);
    // it blocks finalising (enough evaluated pegawai), so the Laporan Predikat has something to show
    expect({ n: kurvaAkhir.n, blokir: kurvaAkhir.blokir }).toEqual({ n: kurvaAkhir.n, blokir: true });
    // Diskominfo passes its quotas every month
    for (const o of p.predikatOrganisasi.filter((x: any) => x.opd === diskominfo)) expect(o.status).toBe('FINAL');
  });
});

test('a past demo year: months 1–11 evaluated (December is the last past month)', () => {
  const { evaluasi: p } = rencanakan(20, SEKARANG, 2025);
  expect(p.bulanDinilai).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  expect(Math.max(...p.evaluasi.map((e: any) => e.periode))).toBe(11);
});

describe('demo city seeded at boot: evaluations and organisation predikat', () => {
  const t = mulaiStrapi();
  const [tahun, bulanKini] = hariIniKota().split('-').map(Number);
  const bulanTerakhirLalu = bulanKini - 1;
  const q = (uid: string) => t.strapi.db.query(uid);

  test('rows: kunci_unik, matrix predikat, months before the last past month, named accounts; app capaian agrees', async () => {
    if (!t.demo.dariSeed) throw new Error('the demo city was not seeded (MSKP_DEMO)');
    const rows = await q('plugin::kinerja.evaluasi').findMany({
      where: { tahun },
      populate: {
        skp: { select: ['id', 'status'] },
        pegawai: { select: ['id', 'nip'] },
        penilai_pegawai: { select: ['nip'] },
      },
    });
    if (bulanTerakhirLalu <= 1) {
      // January or February: no month before the last past month exists yet
      expect(rows).toHaveLength(0);
      return;
    }
    expect(rows.length).toBeGreaterThan(0);
    for (const e of rows) {
      expect(e.kunci_unik).toBe(`${e.skp.id}:BULANAN:${e.periode}`);
      expect(e.periode).toBeLessThan(bulanTerakhirLalu);
      expect(e.skp.status).toBe('DISETUJUI');
      expect(e.penilai_pegawai.nip).toBe(e.penilai_nip);
      const x = predikatPegawai(e.rating_hasil, e.rating_perilaku, kp(tahun, e.periode));
      expect([e.predikat_kode, e.predikat_nama]).toEqual([x.kode, x.nama]);
    }
    for (const nip of Object.values(NIP)) {
      const bulan = rows.filter((e: any) => e.pegawai.nip === nip).map((e: any) => e.periode);
      for (let m = 1; m < bulanTerakhirLalu; m++) expect(bulan).toContain(m);
    }
    // the stored capaian is what the app computes now for the named accounts
    const capaian = t.strapi.plugin('kinerja').service('capaian');
    for (const nip of [NIP.staf, NIP.kabidAplikasi, NIP.kadis]) {
      const e = rows.find((x: any) => x.pegawai.nip === nip && x.periode === 1);
      const c = await capaian.pegawai(e.pegawai.id, tahun, 1);
      expect(Number(e.capaian)).toBeCloseTo(c.capaian, 2);
    }
  });

  test('the last past month is left for the penilai (no evaluation, Penilaian screens have work)', async () => {
    if (bulanTerakhirLalu < 1) return expect(bulanKini).toBe(1);
    expect(
      await q('plugin::kinerja.evaluasi').count({
        where: { tahun, periode_jenis: 'BULANAN', periode: { $gte: bulanTerakhirLalu } },
      }),
    ).toBe(0);
    expect(
      await q('plugin::kinerja.predikat-organisasi').count({ where: { tahun, periode: { $gte: bulanTerakhirLalu } } }),
    ).toBe(0);
  });

  test('sinkronPlt after seeding reports no change', async () => {
    const r = await t.strapi.plugin('plt').service('sinkron').sinkronPlt(aktorSistem('seed-evaluasi'), { tahun });
    if (bulanTerakhirLalu > 1) expect(r.diperiksa).toBeGreaterThan(0);
    expect(r.diubah).toEqual([]);
  });

  test('organisation predikat: the app proposal and kurva agree; FINAL rows pass; the violation OPD is DRAFT with a violation', async () => {
    const rows = await q('plugin::kinerja.predikat-organisasi').findMany({
      where: { tahun },
      populate: { opd: { select: ['id', 'kode_opd'] } },
    });
    if (bulanTerakhirLalu <= 1) return expect(rows).toHaveLength(0);
    expect(rows.length).toBeGreaterThan(0);
    const svc = t.strapi.plugin('kinerja').service('predikat-organisasi');
    let langgar = 0;
    for (const o of rows) {
      expect(o.kunci_unik).toBe(`${o.opd.id}:${tahun}:BULANAN:${o.periode}`);
      const k = svc.kebijakan(tahun, o.periode);
      const tanggal = new Date(Date.UTC(tahun, o.periode, 0)).toISOString().slice(0, 10); // the month's last day
      const kepala = (await svc.kepalaOpd([o.opd.id], tanggal)).get(o.opd.id) ?? [];
      const usulan = await svc.usulan(kepala, tahun, o.periode, k);
      expect([usulan.predikat, usulan.capaian]).toEqual([o.usulan, Number(o.capaian_opd)]);
      const kurva = svc.kurva(o.predikat, await svc.evaluasiBulan([o.opd.id], tahun, o.periode), k);
      if (o.status === 'FINAL') expect(putusanFinal(kurva, o.predikat, null).boleh).toBe(true);
      else {
        expect(kurva.pelanggaran.length).toBeGreaterThan(0);
        langgar++;
      }
    }
    expect(langgar).toBeGreaterThanOrEqual(1);
    const draft = rows.filter((o: any) => o.status === 'DRAFT');
    expect(draft.every((o: any) => o.opd.id !== t.demo.opdDiskominfo.id)).toBe(true);
  });
});
