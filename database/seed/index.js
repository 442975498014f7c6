'use strict';
/**
 * The demo city of Kota Madiun (see README.md in this folder): OPD, jabatan tree, pegawai with
 * penugasan history, users, login activity, the SKP of the demo year (skp.js), its rencana aksi
 * and realisasi (renaksi.js) and the evaluations and organisation predikat (evaluasi.js). Deterministic: the same `pegawai` and `tahun` give
 * the same data byte for byte, except timestamps (createdAt, login times relative to the server
 * clock) and the bcrypt salt of the shared demo password.
 *
 * buatKotaDemo(strapi, { pegawai = 300, tahun }) writes everything in ONE transaction with bulk
 * inserts (relations by numeric id through the link tables) and returns a summary.
 */
const { acak, idDokumen } = require('./acak');
const { daftarOpd, pohonJabatan } = require('./organisasi');
const { pembuatPegawai } = require('./pegawai');
const { penulis, hapusSemua } = require('./tulis');
const { rencanakanSkp, tulisSkp, ringkasanSkp } = require('./skp');
const { isiSasaranOpdDemo } = require('./sasaran-opd');
const { isiRenaksiDemo } = require('./renaksi');
const { isiEvaluasiDemo } = require('./evaluasi');
const { isiTppDemo } = require('./tpp');
const { isiDpaDemo } = require('./dpa');

const { validasiNip } = require('@m-skp/inti');
const { periksaPenugasan, JENJANG_TUNGGAL } = require('@m-skp/inti');
const { hariIni, tambahHari } = require('@m-skp/inti');

const KATA_SANDI_DEMO = 'Madiun#2026';
const ADMIN_OPD_NIP = '199308082019031008';
const DOMAIN_SUREL = 'madiunkota.go.id';

const UID = {
  opd: 'plugin::inti.opd',
  jabatan: 'plugin::inti.jabatan',
  pegawai: 'plugin::inti.pegawai',
  penugasan: 'plugin::inti.penugasan',
  riwayat: 'plugin::inti.riwayat-login',
  user: 'plugin::users-permissions.user',
  role: 'plugin::users-permissions.role',
};

/**
 * The accounts of api.md "Demo city". mulai: [years before the demo year, month] of the current
 * definitive penugasan.
 */
// prettier-ignore
const PEGAWAI_TETAP = [
  { tag: 'KADIS_KOMINFO', nip: '197001012000031001', nama: 'Agus Purwanto', gelar_depan: 'Drs.', gelar_belakang: 'M.Si.', golongan: '42', mulai: [3, 1] },
  { tag: 'SEKRETARIS_KOMINFO', nip: '197502022001032002', nama: 'Sri Wahyuni', gelar_depan: null, gelar_belakang: 'S.Sos., M.M.', golongan: '41', mulai: [4, 3] },
  { tag: 'KABID_APTIKA', nip: '198003032005011003', nama: 'Bambang Setiawan', gelar_depan: null, gelar_belakang: 'S.Kom., M.T.', golongan: '41', mulai: [2, 7] },
  { tag: 'POS_PELAKSANA_APTIKA', nip: '199004042015031004', nama: 'Dimas Ardiansyah', gelar_depan: null, gelar_belakang: 'S.Kom.', golongan: '32', mulai: [5, 1] },
  { tag: 'POS_JF_APTIKA', nip: '199105052019032005', nama: 'Rina Kusumawati', gelar_depan: null, gelar_belakang: 'S.Kom.', golongan: '31', mulai: [3, 4] },
  { tag: 'KABID_STATISTIK', nip: '198506062010011006', nama: 'Hendra Wijaya', gelar_depan: null, gelar_belakang: 'S.Si., M.Si.', golongan: '34', mulai: [3, 10] },
  { tag: 'POS_PELAKSANA_PERSANDIAN', nip: '199207072020122007', nama: 'Dewi Lestari', gelar_depan: null, gelar_belakang: 'S.Kom.', golongan: '31', mulai: [2, 1] },
  { tag: 'POS_ADMIN_OPD', nip: ADMIN_OPD_NIP, nama: 'Yoga Aditya Pratama', gelar_depan: null, gelar_belakang: 'S.Kom.', golongan: '32', mulai: [4, 2], peran: 'admin_opd' },
];

const AKUN_LAYANAN = [
  { username: 'admin', email: `admin@bkpsdm.${DOMAIN_SUREL}`, peran: 'admin_bkpsdm' },
  { username: 'bkad', email: `bkad@bkad.${DOMAIN_SUREL}`, peran: 'bkad' },
  { username: 'inspektorat', email: `inspektorat@inspektorat.${DOMAIN_SUREL}`, peran: 'inspektorat' },
];

/** Start of the acting appointments (Plt), relative to the demo year. */
const MULAI_PLT = { PLT_PERSANDIAN: [1, 1], PLT_KADISDAG: [1, 7], PLT_LURAH_KEJURON: [1, 10] };

const PROPORSI = { pppk: 0.08, cpns: 0.03, mutasi: 0.1, cuti: 0.02 };
const LOGIN = { tidakPernah: 0.15, idle: 0.2 };

const USER_AGENT = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
];

const pad = (n, w = 2) => String(n).padStart(w, '0');
const tgl = (y, m, d = 1) => `${y}-${pad(m)}-${pad(d)}`;

// ---------------------------------------------------------------------------------------------
// Plan (pure): everything the city contains, as plain rows keyed by codes and NIPs.
// ---------------------------------------------------------------------------------------------

/** Builds the whole city in memory. `sekarang` only anchors the login times. */
function rencanakanKota({ pegawai: jumlah = 300, tahun, sekarang = new Date() } = {}) {
  const hari = hariIni(sekarang);
  tahun = tahun == null ? Number(hari.slice(0, 4)) : Number(tahun);
  if (!Number.isInteger(jumlah) || jumlah < PEGAWAI_TETAP.length) {
    throw new Error(
      `Jumlah pegawai demo harus bilangan bulat ≥ ${PEGAWAI_TETAP.length} (akun demo tetap), bukan ${jumlah}.`,
    );
  }
  if (jumlah > 100000) throw new Error(`Jumlah pegawai demo paling banyak 100000, bukan ${jumlah}.`);
  if (!Number.isInteger(tahun) || tahun < 2010 || tahun > Number(hari.slice(0, 4))) {
    throw new Error(`Tahun demo harus antara 2010 dan tahun berjalan (${hari.slice(0, 4)}), bukan ${tahun}.`);
  }

  const opd = daftarOpd();
  const opdByKode = new Map(opd.map((o) => [o.kode_opd, o]));
  const { jabatan, perOpd, lowong } = pohonJabatan(opd);
  const jabatanByKode = new Map(jabatan.map((j) => [j.kode, j]));
  const jabatanByTag = new Map(jabatan.filter((j) => j.tag).map((j) => [j.tag, j]));
  const kodeLowong = new Set(lowong.map((l) => l.jabatan.kode));
  const sumberPlt = new Map(lowong.filter((l) => l.oleh).map((l) => [l.oleh.kode, l]));
  const gen = pembuatPegawai({ tahun });

  // 1. Who holds which post (named accounts first, then heads, structural posts, formasi).
  const orang = []; // {kunci, jabatan, tetap?, jenisAsn, cpns}
  const terisi = new Set();
  for (const t of PEGAWAI_TETAP) {
    const j = jabatanByTag.get(t.tag);
    if (!j) throw new Error(`Jabatan demo ${t.tag} tidak ada`);
    gen.pesanNip(t.nip);
    orang.push({ kunci: 'tetap:' + t.tag, jabatan: j, tetap: t });
    terisi.add(j.kode);
  }
  const struktural = jabatan
    .map((j, i) => [j, i])
    .filter(([j]) => j.tingkat != null && !terisi.has(j.kode) && !kodeLowong.has(j.kode))
    .sort((a, b) => a[0].tingkat - b[0].tingkat || a[1] - b[1])
    .map(([j]) => j);
  for (const j of struktural) {
    if (orang.length >= jumlah) break;
    orang.push({ kunci: 's:' + j.kode, jabatan: j });
    terisi.add(j.kode);
  }

  // Formasi (pelaksana/JF) posts: round-robin over the OPD weighted by size; each OPD cycles
  // through its posts by capacity. Round 0 gives every OPD one pegawai.
  const pengisi = [];
  let sisa = jumlah - orang.length;
  if (sisa > 0) {
    const antrian = opd
      .map((o) => {
        const pos = perOpd.get(o.kode_opd).filter((j) => j.tingkat == null && j.kapasitas > 0);
        const maks = Math.max(0, ...pos.map((j) => j.kapasitas));
        const urutan = [];
        for (let r = 0; r < maks; r++) for (const j of pos) if (j.kapasitas > r) urutan.push(j);
        return { o, urutan, i: 0, kredit: 1 };
      })
      .filter((a) => a.urutan.length);
    for (let putaran = 0; sisa > 0; putaran++) {
      for (const a of antrian) {
        if (putaran > 0) a.kredit += a.o.bobot;
        while (a.kredit >= 1 && sisa > 0) {
          pengisi.push(a.urutan[a.i % a.urutan.length]);
          a.i++;
          a.kredit -= 1;
          sisa--;
        }
      }
    }
  }
  // PPPK and CPNS among the formasi fillers.
  const idxPppk = new Set();
  const idxCpns = new Set();
  {
    const r = acak('asn');
    const calonPppk = pengisi
      .map((j, i) => [j, i])
      .filter(([j]) => ['PELAKSANA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'TERAMPIL', 'MAHIR'].includes(j.jenjang))
      .map(([, i]) => i);
    for (const i of r.kocok(calonPppk).slice(0, Math.round(PROPORSI.pppk * jumlah))) idxPppk.add(i);
    const calonCpns = pengisi
      .map((j, i) => [j, i])
      .filter(([j, i]) => !idxPppk.has(i) && ['PELAKSANA', 'AHLI_PERTAMA', 'TERAMPIL'].includes(j.jenjang))
      .map(([, i]) => i);
    for (const i of r.kocok(calonCpns).slice(0, Math.round(PROPORSI.cpns * jumlah))) idxCpns.add(i);
  }
  pengisi.forEach((j, i) =>
    orang.push({ kunci: 'f:' + i, jabatan: j, jenisAsn: idxPppk.has(i) ? 'PPPK' : 'PNS', cpns: idxCpns.has(i) }),
  );

  // 2. The people themselves.
  const daftarPegawai = [];
  for (const o of orang) {
    let p;
    if (o.tetap) {
      const t = o.tetap;
      p = {
        nip: t.nip,
        nama: t.nama,
        gelar_depan: t.gelar_depan ?? null,
        gelar_belakang: t.gelar_belakang ?? null,
        jenis_asn: 'PNS',
        cpns: false,
        golongan: t.golongan,
      };
    } else {
      p = gen.buat(o.kunci, o.jabatan, { jenisAsn: o.jenisAsn, cpns: o.cpns });
    }
    const v = validasiNip(p.nip, { jenisAsn: p.jenis_asn, hariIni: hari });
    if (!v.ok) throw new Error(`NIP demo tidak valid ${p.nip}: ${v.pesan}`);
    const d = v.data;
    const tmtCpns = d.tmt.length === 7 ? d.tmt + '-01' : d.tmt + '-01-01';
    const status = !o.tetap && acak('status:' + p.nip).peluang(PROPORSI.cuti) ? 'CUTI' : 'AKTIF';
    daftarPegawai.push({
      kunci: o.kunci,
      tetap: o.tetap ?? null,
      jabatan: o.jabatan,
      opd: o.jabatan.opd,
      nip: p.nip,
      nama: p.nama,
      gelar_depan: p.gelar_depan ?? null,
      gelar_belakang: p.gelar_belakang ?? null,
      tanggal_lahir: d.tanggalLahir,
      jenis_kelamin: d.jenisKelamin,
      tmt_cpns: tmtCpns,
      jenis_asn: p.jenis_asn,
      cpns: p.cpns,
      golongan: p.golongan,
      status,
      ...gen.dataPribadi(p.nip, d.tanggalLahir, d.jenisKelamin),
    });
  }

  // 3. Penugasan: the current definitive post, an earlier one for ~10% (mutasi), and the Plt.
  const penugasan = [];
  let nomorSk = 0;
  const sk = (tahunSk) => `821.2/${pad(++nomorSk, 4)}/401.302/${tahunSk}`;
  for (const p of daftarPegawai) {
    const r = acak('penugasan:' + p.nip);
    const [ty, tm] = p.tmt_cpns.split('-').map(Number);
    let mulai;
    if (p.tetap) {
      mulai = tgl(tahun - p.tetap.mulai[0], p.tetap.mulai[1]);
    } else if (p.cpns) {
      mulai = p.tmt_cpns;
    } else if (p.jenis_asn === 'PPPK') {
      mulai = tgl(ty, r.pilih([1, 1, 3, 4]));
    } else {
      const struktur = p.jabatan.tingkat != null;
      const maks = struktur ? 6 : 10;
      const min = sumberPlt.has(p.jabatan.kode) ? 2 : 1; // Plt holders held their own post before
      const thn = Math.max(tahun - r.bulat(min, Math.max(min, maks)), ty);
      let bln = r.bulat(1, 12);
      if (thn === ty && bln < tm) bln = tm;
      mulai = tgl(thn, bln);
    }
    if (mulai < p.tmt_cpns) mulai = p.tmt_cpns;
    const u = {
      pegawai: p.nip,
      jabatan: p.jabatan.kode,
      jenis: 'UTAMA',
      tmt_mulai: mulai,
      tmt_akhir: null,
      nomor_sk: sk(mulai.slice(0, 4)),
      alasan_berakhir: null,
    };
    p.penugasan = [u];
  }
  // Mutasi: an earlier definitive post in another OPD, ended the day before the current one.
  {
    const r = acak('mutasi');
    const formasi = jabatan.filter((j) => j.tingkat == null && j.kapasitas > 0);
    const calon = daftarPegawai.filter(
      (p) => !p.tetap && !p.cpns && Number(p.penugasan[0].tmt_mulai.slice(0, 4)) - Number(p.tmt_cpns.slice(0, 4)) >= 2,
    );
    for (const p of r.kocok(calon).slice(0, Math.round(PROPORSI.mutasi * jumlah))) {
      const rp = acak('mutasi:' + p.nip);
      let lama = rp.pilih(formasi);
      for (let i = 0; i < 10 && lama.opd === p.opd; i++) lama = rp.pilih(formasi);
      const kini = p.penugasan[0];
      const [ty, tm] = p.tmt_cpns.split('-').map(Number);
      const thn = rp.bulat(ty, Number(kini.tmt_mulai.slice(0, 4)) - 1);
      let bln = rp.bulat(1, 12);
      if (thn === ty && bln < tm) bln = tm;
      const awal = tgl(thn, bln);
      p.penugasan.unshift({
        pegawai: p.nip,
        jabatan: lama.kode,
        jenis: 'UTAMA',
        tmt_mulai: awal,
        tmt_akhir: tambahHari(kini.tmt_mulai, -1),
        nomor_sk: sk(awal.slice(0, 4)),
        alasan_berakhir: 'Mutasi jabatan',
      });
    }
  }
  for (const p of daftarPegawai) penugasan.push(...p.penugasan);
  const pemegang = new Map(daftarPegawai.map((p) => [p.jabatan.kode, p]));
  const plt = [];
  for (const l of lowong) {
    if (!l.oleh) continue;
    const p = pemegang.get(l.oleh.kode);
    if (!p) continue; // too few pegawai to fill the acting holder's own post
    const [dy, m] = MULAI_PLT[l.tag];
    const mulai = tgl(tahun - dy, m);
    const row = {
      pegawai: p.nip,
      jabatan: l.jabatan.kode,
      jenis: 'PLT',
      tmt_mulai: mulai,
      tmt_akhir: null,
      nomor_sk: sk(mulai.slice(0, 4)),
      alasan_berakhir: null,
    };
    penugasan.push(row);
    plt.push(row);
  }
  periksaSemuaPenugasan(penugasan, jabatanByKode);

  // 4. Users and login activity.
  const sekarangMs = sekarang.getTime();
  /** A moment `hariLalu` days ago at `menit` minutes after midnight WIB (office hours), never in the future. */
  const tengahMalam = new Map();
  const waktuPada = (hariLalu, menit) => {
    if (!tengahMalam.has(hariLalu))
      tengahMalam.set(hariLalu, Date.parse(`${hariIni(new Date(sekarangMs - hariLalu * 86400000))}T00:00:00+07:00`));
    const t0 = tengahMalam.get(hariLalu) + menit * 60000;
    return new Date(t0 <= sekarangMs ? t0 : t0 - 86400000); // later today: the day before instead
  };
  const users = [];
  const riwayat = [];
  for (const a of AKUN_LAYANAN)
    users.push({
      username: a.username,
      email: a.email,
      peran: a.peran,
      pegawai: null,
      lastLoginAt: null,
      lastLoginIp: null,
    });
  for (const p of daftarPegawai) {
    const u = {
      username: p.nip,
      email: `${p.nip}@asn.${DOMAIN_SUREL}`,
      peran: p.tetap?.peran ?? 'pegawai',
      pegawai: p.nip,
      lastLoginAt: null,
      lastLoginIp: null,
    };
    users.push(u);
    if (p.tetap) continue; // the documented demo accounts start with a clean login history
    const r = acak('login:' + p.nip);
    const x = r.angka();
    if (x < LOGIN.tidakPernah) continue;
    const hariTerakhir = x < LOGIN.tidakPernah + LOGIN.idle ? r.bulat(31, 120) : r.bulat(0, 14);
    const subnet = opdByKode.get(p.opd).indeks + 1;
    const host = r.bulat(10, 250);
    const ua = r.pilih(USER_AGENT);
    const n = hariTerakhir <= 14 ? r.bulat(2, 5) : r.bulat(1, 3);
    let lalu = hariTerakhir;
    const sukses = [];
    for (let i = 0; i < n; i++) {
      const ip = i > 0 && r.peluang(0.1) ? `10.20.${subnet}.${r.bulat(10, 250)}` : `10.20.${subnet}.${host}`;
      sukses.push({ waktu: waktuPada(lalu, r.bulat(7 * 60 + 15, 16 * 60)), ip });
      lalu += r.bulat(1, 12);
    }
    sukses.sort((a, b) => b.waktu - a.waktu);
    u.lastLoginAt = sukses[0].waktu;
    u.lastLoginIp = sukses[0].ip;
    for (const s of sukses)
      riwayat.push({
        identifier: p.nip,
        user: p.nip,
        berhasil: true,
        alasan: null,
        ip: s.ip,
        user_agent: ua,
        waktu: s.waktu,
      });
    if (r.peluang(0.12)) {
      const target = sukses[r.bulat(0, sukses.length - 1)];
      const gagal = r.bulat(1, 2);
      for (let i = 0; i < gagal; i++) {
        riwayat.push({
          identifier: p.nip,
          user: p.nip,
          berhasil: false,
          alasan: 'KREDENSIAL_SALAH',
          ip: target.ip,
          user_agent: ua,
          waktu: new Date(target.waktu.getTime() - (gagal - i) * r.bulat(40, 150) * 1000),
        });
      }
    }
  }
  // A few attempts with identifiers that match no account (typos), long ago.
  {
    const r = acak('login:salah-ketik');
    const calon = daftarPegawai.filter((p) => !p.tetap).slice(0, 3);
    for (const p of calon) {
      riwayat.push({
        identifier: p.nip.slice(0, 17),
        user: null,
        berhasil: false,
        alasan: 'KREDENSIAL_SALAH',
        ip: `10.20.${opdByKode.get(p.opd).indeks + 1}.${r.bulat(10, 250)}`,
        user_agent: r.pilih(USER_AGENT),
        waktu: waktuPada(r.bulat(20, 60), r.bulat(8 * 60, 15 * 60)),
      });
    }
  }
  // Rows stay in generation order (not sorted by time) so that ids do not depend on the clock.

  return { tahun, jumlah, opd, jabatan, lowong, pegawai: daftarPegawai, penugasan, plt, users, riwayat };
}

/** The rules of domain/penugasan.ts over the whole plan (fails loudly on a generator bug). */
function periksaSemuaPenugasan(penugasan, jabatanByKode) {
  const milik = new Map();
  const pemegang = new Map();
  penugasan.forEach((p, i) => {
    const d = {
      id: i,
      pegawaiId: p.pegawai,
      jabatanId: p.jabatan,
      jenis: p.jenis,
      tmtMulai: p.tmt_mulai,
      tmtAkhir: p.tmt_akhir,
    };
    const tunggal = JENJANG_TUNGGAL.includes(jabatanByKode.get(p.jabatan).jenjang);
    const salah = periksaPenugasan(d, milik.get(p.pegawai) ?? [], pemegang.get(p.jabatan) ?? [], {
      jabatanTunggal: tunggal,
    });
    if (salah)
      throw new Error(
        `Penugasan demo melanggar aturan (${salah.kode}) untuk ${p.pegawai} di ${p.jabatan}: ${salah.pesan}`,
      );
    if (!milik.has(p.pegawai)) milik.set(p.pegawai, []);
    milik.get(p.pegawai).push(d);
    if (!pemegang.has(p.jabatan)) pemegang.set(p.jabatan, []);
    pemegang.get(p.jabatan).push(d);
  });
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

async function tulisKota(strapi, trx, rencana, sekarang) {
  const w = penulis(strapi, trx);
  const jejak = { createdAt: sekarang, updatedAt: sekarang, publishedAt: sekarang };

  // Roles (created by the peran service at bootstrap).
  const peranPerlu = [...new Set(rencana.users.map((u) => u.peran))];
  const roles = await strapi.db
    .query(UID.role)
    .findMany({ where: { type: { $in: peranPerlu } }, select: ['id', 'type'] });
  const idPeran = new Map(roles.map((r) => [r.type, r.id]));
  const kurang = peranPerlu.filter((t) => !idPeran.has(t));
  if (kurang.length)
    throw new Error(`Peran belum ada: ${kurang.join(', ')} (peran dibuat oleh plugin inti saat bootstrap)`);

  // OPD
  const idOpd = await w.sisip(
    UID.opd,
    rencana.opd.map((o) => ({
      documentId: idDokumen('opd:' + o.kode_opd),
      kode_opd: o.kode_opd,
      nama: o.nama,
      singkatan: o.singkatan,
      jenis: o.jenis,
      aktif: true,
      ...jejak,
    })),
  );
  const opdId = (kode) => idOpd.get(idDokumen('opd:' + kode));
  await w.tautkan(
    UID.opd,
    'induk',
    rencana.opd.filter((o) => o.induk).map((o) => [opdId(o.kode_opd), opdId(o.induk)]),
  );

  // Jabatan
  const idJab = await w.sisip(
    UID.jabatan,
    rencana.jabatan.map((j) => ({
      documentId: idDokumen('jabatan:' + j.kode),
      kode: j.kode,
      nama: j.nama,
      unit_kerja: j.unit_kerja,
      jenis: j.jenis,
      jenjang: j.jenjang,
      eselon: j.eselon,
      kelas_jabatan: j.kelas_jabatan,
      nilai_jabatan: j.nilai_jabatan,
      kepala_opd: j.kepala_opd,
      aktif: j.aktif,
      ...jejak,
    })),
  );
  const jabId = (kode) => idJab.get(idDokumen('jabatan:' + kode));
  await w.tautkan(
    UID.jabatan,
    'opd',
    rencana.jabatan.map((j) => [jabId(j.kode), opdId(j.opd)]),
  );
  await w.tautkan(
    UID.jabatan,
    'atasan',
    rencana.jabatan.filter((j) => j.atasan).map((j) => [jabId(j.kode), jabId(j.atasan)]),
  );

  // Pegawai
  const idPeg = await w.sisip(
    UID.pegawai,
    rencana.pegawai.map((p) => ({
      documentId: idDokumen('pegawai:' + p.nip),
      nip: p.nip,
      nama: p.nama,
      gelar_depan: p.gelar_depan,
      gelar_belakang: p.gelar_belakang,
      tanggal_lahir: p.tanggal_lahir,
      jenis_kelamin: p.jenis_kelamin,
      tmt_cpns: p.tmt_cpns,
      jenis_asn: p.jenis_asn,
      cpns: p.cpns,
      golongan: p.golongan,
      status: p.status,
      nik: p.nik,
      npwp: p.npwp,
      alamat: p.alamat,
      kode_bank: p.kode_bank,
      nama_bank: p.nama_bank,
      nomor_rekening: p.nomor_rekening,
      ...jejak,
    })),
  );
  const pegId = (nip) => idPeg.get(idDokumen('pegawai:' + nip));
  await w.tautkan(
    UID.pegawai,
    'opd',
    rencana.pegawai.map((p) => [pegId(p.nip), opdId(p.opd)]),
  );

  // Users: the demo password is hashed once (bcrypt is slow by design) and shared.
  const bcrypt = require('bcryptjs');
  const hash = bcrypt.hashSync(KATA_SANDI_DEMO, 10);
  const idUser = await w.sisip(
    UID.user,
    rencana.users.map((u) => ({
      documentId: idDokumen('user:' + u.username),
      username: u.username,
      email: u.email,
      provider: 'local',
      password: hash,
      confirmed: true,
      blocked: false,
      lastLoginAt: u.lastLoginAt,
      lastLoginIp: u.lastLoginIp,
      ...jejak,
    })),
  );
  const userId = (username) => idUser.get(idDokumen('user:' + username));
  await w.tautkan(
    UID.user,
    'role',
    rencana.users.map((u) => [userId(u.username), idPeran.get(u.peran)]),
  );
  await w.tautkan(
    UID.pegawai,
    'user',
    rencana.users.filter((u) => u.pegawai).map((u) => [pegId(u.pegawai), userId(u.username)]),
  );

  // Penugasan
  const kunciPenugasan = (p, i) => `penugasan:${p.pegawai}:${p.jenis}:${p.jabatan}:${p.tmt_mulai}:${i}`;
  const idPen = await w.sisip(
    UID.penugasan,
    rencana.penugasan.map((p, i) => ({
      documentId: idDokumen(kunciPenugasan(p, i)),
      jenis: p.jenis,
      tmt_mulai: p.tmt_mulai,
      tmt_akhir: p.tmt_akhir,
      nomor_sk: p.nomor_sk,
      alasan_berakhir: p.alasan_berakhir,
      ...jejak,
    })),
  );
  const penId = (p, i) => idPen.get(idDokumen(kunciPenugasan(p, i)));
  await w.tautkan(
    UID.penugasan,
    'pegawai',
    rencana.penugasan.map((p, i) => [penId(p, i), pegId(p.pegawai)]),
  );
  await w.tautkan(
    UID.penugasan,
    'jabatan',
    rencana.penugasan.map((p, i) => [penId(p, i), jabId(p.jabatan)]),
  );

  // Riwayat login
  const idRw = await w.sisip(
    UID.riwayat,
    rencana.riwayat.map((x, i) => ({
      documentId: idDokumen('riwayat-login:' + i),
      identifier: x.identifier,
      berhasil: x.berhasil,
      alasan: x.alasan,
      ip: x.ip,
      user_agent: x.user_agent,
      waktu: x.waktu,
      ...jejak,
    })),
  );
  await w.tautkan(
    UID.riwayat,
    'user',
    rencana.riwayat
      .map((x, i) => [x, i])
      .filter(([x]) => x.user)
      .map(([x, i]) => [idRw.get(idDokumen('riwayat-login:' + i)), userId(x.user)]),
  );
  return { w, pegId, penId: (i) => penId(rencana.penugasan[i], i) };
}

/** Tables that must be empty before the demo city is written. */
async function isiTabel(strapi, trx) {
  const w = penulis(strapi, trx);
  const hasil = {};
  for (const [nama, uid] of [
    ['opd', UID.opd],
    ['jabatan', UID.jabatan],
    ['pegawai', UID.pegawai],
    ['penugasan', UID.penugasan],
    ['pengguna', UID.user],
  ]) {
    hasil[nama] = await w.hitung(uid);
  }
  return hasil;
}

function ringkasan(rencana, durasiMs) {
  const admin = rencana.pegawai.find((p) => p.tetap?.peran === 'admin_opd');
  return {
    tahun: rencana.tahun,
    opd: rencana.opd.length,
    kelurahan: rencana.opd.filter((o) => o.jenis === 'KELURAHAN').length,
    jabatan: rencana.jabatan.length,
    jabatan_lowong: rencana.lowong.length,
    pegawai: rencana.pegawai.length,
    pns: rencana.pegawai.filter((p) => p.jenis_asn === 'PNS').length,
    pppk: rencana.pegawai.filter((p) => p.jenis_asn === 'PPPK').length,
    cpns: rencana.pegawai.filter((p) => p.cpns).length,
    cuti: rencana.pegawai.filter((p) => p.status === 'CUTI').length,
    users: rencana.users.length,
    penugasan: rencana.penugasan.length,
    penugasan_plt: rencana.plt.length,
    mutasi: rencana.penugasan.filter((p) => p.tmt_akhir).length,
    belum_pernah_login: rencana.users.filter((u) => !u.lastLoginAt).length,
    riwayat_login: rencana.riwayat.length,
    admin_opd: admin ? admin.nip : null,
    durasi_ms: durasiMs,
  };
}

/**
 * Creates the demo city on an empty database (see README.md). Refuses in production. When the
 * organisation or user tables already hold data it changes nothing and returns
 * `{ dilewati: true, alasan }` (use `npm run seed -- --reset` to rebuild).
 */
async function buatKotaDemo(strapi, { pegawai = 300, tahun } = {}) {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Kota demo tidak pernah dibuat pada NODE_ENV=production.');
  }
  const mulai = Date.now();
  const sekarang = new Date();
  const rencana = rencanakanKota({ pegawai: Number(pegawai), tahun, sekarang });
  let mulaiSkp = Date.now();
  const rencanaSkp = rencanakanSkp(rencana, { sekarang });
  let durasiSkp = Date.now() - mulaiSkp;
  let renaksi = null;
  let evaluasi = null;
  let tpp = null;
  let dpa = null;
  const hasil = await strapi.db.transaction(async ({ trx }) => {
    const isi = await isiTabel(strapi, trx);
    const terisi = Object.entries(isi).filter(([, n]) => n > 0);
    if (terisi.length) {
      return {
        dilewati: true,
        alasan: `Basis data tidak kosong (${terisi.map(([k, n]) => `${n} ${k}`).join(', ')}); kota demo tidak dibuat. Jalankan "npm run seed -- --reset" untuk membuat ulang.`,
      };
    }
    const ids = await tulisKota(strapi, trx, rencana, sekarang);
    // SKP of the demo year (skp.js), in the same transaction.
    mulaiSkp = Date.now();
    // Sasaran OPD (PK) of Diskominfo (sasaran-opd.js): before tulisSkp, it re-marks the Kepala Dinas's IKI.
    await isiSasaranOpdDemo(strapi, ids.w, rencana, rencanaSkp, { sekarang });
    await tulisSkp(strapi, ids.w, rencanaSkp, { pegId: ids.pegId, penId: ids.penId, sekarang });
    durasiSkp += Date.now() - mulaiSkp;
    // Rencana aksi and realisasi of the demo year (renaksi.js), in the same transaction.
    renaksi = await isiRenaksiDemo(strapi, ids.w, rencana, rencanaSkp, { pegId: ids.pegId, sekarang });
    // Monthly evaluations and organisation predikat of the past months (evaluasi.js), in the same transaction.
    evaluasi = await isiEvaluasiDemo(strapi, ids.w, rencana, rencanaSkp, { pegId: ids.pegId, sekarang });
    // Attendance, TPP lines of the past months and the Q1 lock (tpp.js), in the same transaction.
    tpp = await isiTppDemo(strapi, ids.w, rencana, { pegId: ids.pegId, sekarang });
    // DPA (PK budget) of Diskominfo and Bappeda as a confirmed SIPD import would write it (dpa.js).
    dpa = await isiDpaDemo(strapi, ids.w, rencana, { sekarang });
    return null;
  });
  if (hasil) {
    strapi.log.warn(hasil.alasan);
    return hasil;
  }
  // Fresh planner statistics (PostgreSQL) once the rows are committed; a caller that wraps the seed in its own
  // transaction (scripts/bench.js) calls perbaruiStatistik after committing.
  if (!strapi.db.inTransaction()) await perbaruiStatistik(strapi);
  return {
    ...ringkasan(rencana, 0),
    ...ringkasanSkp(rencanaSkp),
    durasi_skp_ms: durasiSkp,
    ...renaksi,
    ...evaluasi,
    ...tpp,
    ...dpa,
    durasi_ms: Date.now() - mulai,
  };
}

/**
 * ANALYZE the demo tables and their link tables on PostgreSQL (no-op on SQLite). Rows bulk-loaded in one
 * transaction have no planner statistics until autovacuum gets to them: meanwhile PostgreSQL estimates a
 * handful of rows per table and picks nested loops (seen: 2.8 s instead of 0.4 ms for one pegawai's renaksi
 * at 5,000 pegawai). Returns the number of tables analysed.
 */
async function perbaruiStatistik(strapi) {
  if (strapi.db.dialect.client !== 'postgres') return 0;
  const { uidDataDemo } = require('./tulis');
  const tabel = new Set();
  for (const uid of uidDataDemo(strapi)) {
    const m = strapi.db.metadata.get(uid);
    tabel.add(m.tableName);
    for (const a of Object.values(m.attributes))
      if (a.joinTable && a.joinTable.name && !a.joinTable.morphColumn) tabel.add(a.joinTable.name);
  }
  const skema = typeof strapi.db.getSchemaName === 'function' ? strapi.db.getSchemaName() : undefined;
  const nama = [...tabel].map((t) => (skema ? `"${skema}"."${t}"` : `"${t}"`));
  await strapi.db.connection.raw(`ANALYZE ${nama.join(', ')}`);
  return nama.length;
}

/** Deletes the demo data (non-production only). Runs in the caller's transaction when there is one. */
async function hapusKotaDemo(strapi) {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Data demo tidak boleh dihapus pada NODE_ENV=production.');
  }
  return strapi.db.transaction(({ trx }) => hapusSemua(strapi, trx));
}

module.exports = {
  buatKotaDemo,
  hapusKotaDemo,
  perbaruiStatistik,
  rencanakanKota,
  rencanakanSkp,
  KATA_SANDI_DEMO,
  ADMIN_OPD_NIP,
  PEGAWAI_TETAP,
  AKUN_LAYANAN,
};
