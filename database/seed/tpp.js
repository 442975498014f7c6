'use strict';
/**
 * TPP demo data of the demo year (see README.md): monthly attendance summaries, the TPP lines of the
 * past months, and the first quarter locked by BKAD.
 *
 * - `rencanakanPresensi(rencana, {sekarang})` (pure, deterministic: one stream per NIP and month) plans
 *   a `plugin::tpp.presensi` row for every AKTIF pegawai and every month of the demo year before the
 *   current one: mostly clean, some late arrivals / early departures in the minute buckets, a few
 *   days absent without leave, and one generated pegawai with an active disciplinary sentence in one
 *   month. The rows pass the import's own check (`periksaPresensi` of the tpp plugin).
 * - the TPP lines are computed by the TPP run itself (`strapi.plugin('tpp').service('hitung').hitung`)
 *   per past month, as BKAD, inside the seed's transaction: the same engine, policy version, posts,
 *   capaian (kinerja's capaian service over the seeded realisasi) and predikat (seeded evaluations)
 *   as a run by hand, with its audit record per month.
 * - Q1 of the demo year is locked (`plugin::inti.kunci-periode`, `dikunci_oleh` bkad) once March has
 *   passed, after its lines were computed; from July of the demo year (never the current or the previous quarter).
 */
const { acak, idDokumen } = require('./acak');
const { periksaPresensi, hariKerjaBulan, dataTersimpan, kunciUnikPresensi } = require('@m-skp/tpp');

const UID = {
  presensi: 'plugin::tpp.presensi',
  kunci: 'plugin::inti.kunci-periode',
  user: 'plugin::users-permissions.user',
};
const JAM = 3600000;

/** Months of the demo year before the current month (all twelve for a past year). */
function bulanLalu(tahun, sekarang) {
  const kini = new Date(sekarang.getTime() + 7 * JAM); // WIB
  const y = kini.getUTCFullYear();
  const m = kini.getUTCMonth() + 1;
  const akhir = tahun < y ? 12 : tahun === y ? m - 1 : 0;
  return Array.from({ length: Math.max(0, akhir) }, (_, i) => i + 1);
}

/** One pegawai's month: counts in the template's column names (what an import would carry). */
function barisBulan(nip, tahun, bulan, rajin) {
  const r = acak(`presensi:${nip}:${tahun}:${bulan}`);
  const hk = hariKerjaBulan(tahun, bulan);
  const b = {
    nip,
    hari_kerja: hk,
    tk: 0,
    cuti: 0,
    dl: 0,
    tl_1_30: 0,
    tl_31_60: 0,
    tl_61_90: 0,
    tl_91: 0,
    psw_1_30: 0,
    psw_31_60: 0,
    psw_61_90: 0,
    psw_91: 0,
    hukdis_aktif: false,
  };
  if (r.peluang(0.06)) b.cuti = r.bulat(1, 3);
  if (r.peluang(0.05)) b.dl = r.bulat(1, 2);
  const bersih = r.peluang(rajin ? 0.8 : 0.5);
  if (!bersih) {
    b.tl_1_30 = r.bulat(0, 4);
    if (r.peluang(0.3)) b.tl_31_60 = r.bulat(1, 2);
    if (r.peluang(0.08)) b.tl_61_90 = 1;
    if (r.peluang(0.06)) b.tl_91 = r.bulat(1, 2);
    if (r.peluang(0.25)) b.psw_1_30 = r.bulat(1, 2);
    if (r.peluang(0.05)) b.psw_91 = 1;
    if (r.peluang(rajin ? 0.03 : 0.1)) b.tk = r.bulat(1, 2);
  }
  b.hadir = hk - b.tk - b.cuti - b.dl;
  return b;
}

/**
 * Pure plan: `[{nip, bulan, nilai}]` for every AKTIF pegawai and past month of the demo year, plus
 * which pegawai serves a disciplinary sentence in which month.
 */
function rencanakanPresensi(rencana, { sekarang = new Date() } = {}) {
  const tahun = rencana.tahun;
  const bulan = bulanLalu(tahun, sekarang);
  const aktif = rencana.pegawai.filter((p) => p.status === 'AKTIF');
  // the sentence: a generated PNS pelaksana/JF (a small city has none: any generated pegawai; never a
  // named demo account), in the middle past month
  const dibuat = aktif.filter((p) => !p.tetap);
  const formasi = dibuat.filter((p) => p.jenis_asn === 'PNS' && !p.cpns && p.jabatan.tingkat == null);
  const calon = formasi.length ? formasi : dibuat;
  const hukdis =
    bulan.length && calon.length
      ? { nip: acak('presensi:hukdis').pilih(calon).nip, bulan: bulan[Math.floor((bulan.length - 1) / 2)] }
      : null;
  const baris = [];
  for (const p of aktif) {
    const rajin = acak('presensi:rajin:' + p.nip).peluang(0.75);
    for (const m of bulan) {
      const nilai = barisBulan(p.nip, tahun, m, rajin);
      if (hukdis && hukdis.nip === p.nip && hukdis.bulan === m) nilai.hukdis_aktif = true;
      baris.push({ nip: p.nip, bulan: m, nilai });
    }
  }
  return { tahun, bulan, baris, hukdis };
}

/**
 * Writes the presensi rows (checked by the import's rule first), runs the TPP per past month and
 * locks Q1, in the caller's transaction. Returns the summary keys.
 */
async function isiTppDemo(strapi, w, rencana, { pegId, sekarang = new Date() }) {
  const mulai = Date.now();
  const plan = rencanakanPresensi(rencana, { sekarang });
  const jejak = { createdAt: sekarang, updatedAt: sekarang };
  const pegawai = new Map(
    rencana.pegawai.map((p) => [p.nip, { id: pegId(p.nip), nip: p.nip, nama: p.nama, opdId: null }]),
  );

  const rows = [];
  for (const m of plan.bulan) {
    const bulanIni = plan.baris.filter((b) => b.bulan === m);
    const h = periksaPresensi(
      bulanIni.map((b, i) => ({ baris: i + 2, nilai: b.nilai })),
      { tahun: plan.tahun, bulan: m, pegawai, opdBoleh: null },
    );
    if (h.ditolak.length)
      throw new Error(`Presensi demo ${m}/${plan.tahun} ditolak: ${JSON.stringify(h.ditolak.slice(0, 3))}`);
    for (const b of h.diterima) rows.push({ pegawaiId: b.pegawaiId, bulan: m, data: dataTersimpan(b) });
  }
  const kunci = (r) => kunciUnikPresensi(r.pegawaiId, plan.tahun, r.bulan);
  const ids = await w.sisip(
    UID.presensi,
    rows.map((r) => ({
      documentId: idDokumen('presensi:' + kunci(r)),
      tahun: plan.tahun,
      bulan: r.bulan,
      kunci_unik: kunci(r),
      ...r.data,
      sumber: 'IMPOR',
      sumber_ref: `demo:${plan.tahun}-${String(r.bulan).padStart(2, '0')}`,
      ...jejak,
    })),
  );
  await w.tautkan(
    UID.presensi,
    'pegawai',
    rows.map((r) => [ids.get(idDokumen('presensi:' + kunci(r))), r.pegawaiId]),
  );
  const durasiPresensi = Date.now() - mulai;

  // TPP lines: the run itself, as BKAD, month by month (before the lock).
  const mulaiTpp = Date.now();
  let tppBaris = 0;
  const hitung = strapi.plugin('tpp')?.service('hitung');
  if (hitung && typeof hitung.hitung === 'function' && plan.bulan.length) {
    const bkad = await strapi.db.query(UID.user).findOne({ where: { username: 'bkad' }, select: ['id', 'username'] });
    const aktor = {
      userId: bkad.id,
      username: bkad.username,
      peran: 'bkad',
      jangkauan: 'SEMUA',
      pegawaiId: null,
      opdId: null,
      token: null,
      ip: null,
    };
    for (const m of plan.bulan) {
      const h = await hitung.hitung(aktor, { tahun: plan.tahun, bulan: m });
      tppBaris += h.jumlah_pegawai;
    }
  }
  const durasiTpp = Date.now() - mulaiTpp;

  // Q1 locked by BKAD in mid-April, shown once a whole quarter has passed since (from July): the
  // last past month, which the screens and tests work on, is then never in the locked quarter.
  const q1 = plan.bulan.includes(6);
  if (q1) {
    const pada = new Date(Math.min(sekarang.getTime(), Date.parse(`${plan.tahun}-04-15T10:00:00+07:00`)));
    await w.sisip(UID.kunci, [
      {
        documentId: idDokumen(`kunci-periode:${plan.tahun}:1`),
        tahun: plan.tahun,
        triwulan: 1,
        kunci_unik: `${plan.tahun}:1`,
        terkunci: true,
        dikunci_oleh: 'bkad',
        dikunci_pada: pada,
        ...jejak,
      },
    ]);
  }

  return {
    presensi: rows.length,
    presensi_bulan: plan.bulan.length,
    presensi_hukdis: plan.hukdis ? `${plan.hukdis.nip}:${plan.hukdis.bulan}` : null,
    tpp_baris: tppBaris,
    triwulan_terkunci: q1 ? [`${plan.tahun}:1`] : [],
    durasi_presensi_ms: durasiPresensi,
    durasi_tpp_ms: durasiTpp,
  };
}

module.exports = { rencanakanPresensi, isiTppDemo, bulanLalu };
