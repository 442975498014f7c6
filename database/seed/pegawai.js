'use strict';
/**
 * Generated people: NIP (valid and unique), name and titles, golongan consistent with the post and
 * years of service, personal data (NIK, NPWP, address in Madiun, Bank Jatim account).
 */
const { acak } = require('./acak');
const { buatNama, buatGelar } = require('./nama');
const { JALAN, SEMUA_KELURAHAN } = require('./kelurahan');

/** SIASN golongan codes in rank order. */
const GOLONGAN = ['11', '12', '13', '14', '21', '22', '23', '24', '31', '32', '33', '34', '41', '42', '43', '44', '45'];
const g = (kode) => GOLONGAN.indexOf(kode);

/** Entry golongan and highest golongan reachable by education. */
const PENDIDIKAN = {
  SMA: { awal: g('21'), puncak: g('32'), usiaMin: 20 },
  D3: { awal: g('23'), puncak: g('33'), usiaMin: 21 },
  S1: { awal: g('31'), puncak: g('45'), usiaMin: 23 },
  S2: { awal: g('32'), puncak: g('45'), usiaMin: 24 },
  S3: { awal: g('32'), puncak: g('45'), usiaMin: 26 },
};
const USIA_TMT_MAKS = 35;

/**
 * Per level: years of service (masa kerja), education mix, golongan band, retirement age (BUP).
 * Keys are jenjang, with Administrator split by eselon.
 */
const PROFIL_JENJANG = {
  JPT_MADYA: {
    mk: [26, 33],
    pendidikan: [
      ['S2', 80],
      ['S3', 20],
    ],
    gol: ['43', '44'],
    bup: 60,
  },
  JPT_PRATAMA: {
    mk: [20, 31],
    pendidikan: [
      ['S2', 85],
      ['S3', 15],
    ],
    gol: ['42', '43'],
    bup: 60,
  },
  'ADMINISTRATOR:III.a': {
    mk: [16, 30],
    pendidikan: [
      ['S2', 65],
      ['S1', 35],
    ],
    gol: ['41', '42'],
    bup: 58,
  },
  'ADMINISTRATOR:III.b': {
    mk: [12, 28],
    pendidikan: [
      ['S2', 55],
      ['S1', 45],
    ],
    gol: ['34', '41'],
    bup: 58,
  },
  PENGAWAS: {
    mk: [8, 26],
    pendidikan: [
      ['S1', 70],
      ['S2', 30],
    ],
    gol: ['33', '41'],
    bup: 58,
  },
  PELAKSANA: {
    mk: [1, 30],
    pendidikan: [
      ['SMA', 35],
      ['D3', 25],
      ['S1', 40],
    ],
    gol: ['21', '34'],
    bup: 58,
  },
  AHLI_UTAMA: {
    mk: [25, 33],
    pendidikan: [
      ['S2', 60],
      ['S3', 40],
    ],
    gol: ['43', '45'],
    bup: 65,
  },
  AHLI_MADYA: {
    mk: [16, 30],
    pendidikan: [
      ['S2', 80],
      ['S1', 20],
    ],
    gol: ['41', '43'],
    bup: 60,
  },
  AHLI_MUDA: {
    mk: [8, 22],
    pendidikan: [
      ['S1', 60],
      ['S2', 40],
    ],
    gol: ['33', '34'],
    bup: 58,
  },
  AHLI_PERTAMA: {
    mk: [1, 12],
    pendidikan: [
      ['S1', 90],
      ['S2', 10],
    ],
    gol: ['31', '32'],
    bup: 58,
  },
  PENYELIA: {
    mk: [14, 30],
    pendidikan: [
      ['D3', 70],
      ['S1', 30],
    ],
    gol: ['33', '34'],
    bup: 58,
  },
  MAHIR: { mk: [6, 22], pendidikan: [['D3', 100]], gol: ['31', '32'], bup: 58 },
  TERAMPIL: { mk: [1, 18], pendidikan: [['D3', 100]], gol: ['23', '24'], bup: 58 },
  PEMULA: { mk: [1, 6], pendidikan: [['SMA', 100]], gol: ['21', '22'], bup: 58 },
};

/** Education mix of pelaksana by kelas jabatan (clerical kelas 5 … analyst kelas 7). */
const PENDIDIKAN_PELAKSANA = {
  5: [
    ['SMA', 70],
    ['D3', 20],
    ['S1', 10],
  ],
  6: [
    ['SMA', 35],
    ['D3', 30],
    ['S1', 35],
  ],
  7: [
    ['D3', 20],
    ['S1', 80],
  ],
};

const profilJabatan = (j) =>
  PROFIL_JENJANG[
    j.jenjang === 'ADMINISTRATOR' ? `ADMINISTRATOR:${j.eselon === 'III.a' ? 'III.a' : 'III.b'}` : j.jenjang
  ];

/** PPPK golongan (Perpres 98/2020) by education / JF level. */
function golonganPppk(jabatan, pendidikan) {
  if (jabatan.jenjang === 'AHLI_PERTAMA') return 'IX';
  if (jabatan.jenjang === 'AHLI_MUDA') return 'X';
  if (jabatan.jenjang === 'MAHIR') return 'VIII';
  if (jabatan.jenjang === 'TERAMPIL') return 'VII';
  return pendidikan === 'S1' || pendidikan === 'S2' ? 'IX' : pendidikan === 'D3' ? 'VII' : 'V';
}

const BULAN_TMT = [
  [3, 4],
  [1, 3],
  [12, 2],
  [4, 2],
  [2, 1],
  [6, 1],
  [10, 1],
  [11, 1],
  [7, 1],
];
const pad = (n, w = 2) => String(n).padStart(w, '0');
const hariDalamBulan = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Titles that belong to a profession rather than to a field of study. */
function gelarProfesi(r, jabatan, pendidikan) {
  const n = jabatan.nama;
  if (/^Dokter Ahli Muda/.test(n))
    return { gelar_depan: 'dr.', gelar_belakang: r.pilih(['Sp.PD.', 'Sp.A.', 'Sp.OG.', 'Sp.B.', 'Sp.An.', 'Sp.Rad.']) };
  if (/^Dokter/.test(n)) return { gelar_depan: 'dr.', gelar_belakang: null };
  if (/^Apoteker/.test(n)) return { gelar_depan: 'apt.', gelar_belakang: 'S.Farm.' };
  if (/^Perawat (Ahli|Penyelia)/.test(n)) return { gelar_depan: null, gelar_belakang: 'S.Kep., Ns.' };
  if (/^Perawat/.test(n)) return { gelar_depan: null, gelar_belakang: 'A.Md.Kep.' };
  if (/^Bidan/.test(n)) return { gelar_depan: null, gelar_belakang: pendidikan === 'D3' ? 'A.Md.Keb.' : 'S.Tr.Keb.' };
  if (/^Guru/.test(n)) return { gelar_depan: null, gelar_belakang: pendidikan === 'S2' ? 'S.Pd., M.Pd.' : 'S.Pd.' };
  return null;
}

/**
 * Generator of people. `tahun` is the demo year; every choice comes from streams keyed by the
 * person's index, so the same call sequence yields the same people.
 */
function pembuatPegawai({ tahun }) {
  const nipTerpakai = new Set();
  const nikUrut = new Map();
  const rekeningTerpakai = new Set();

  /** Birth date, TMT and education for a level, by rejection sampling within the rules. */
  function riwayatKarier(r, jabatan, { jenisAsn, cpns }) {
    const prof = profilJabatan(jabatan);
    let pendidikan = r.pilihBobot(
      jabatan.jenjang === 'PELAKSANA'
        ? (PENDIDIKAN_PELAKSANA[jabatan.kelas_jabatan] ?? prof.pendidikan)
        : prof.pendidikan,
    );
    if (/^Pengemudi|^Petugas (Kebersihan|Pertamanan)/.test(jabatan.nama)) pendidikan = 'SMA';
    if (
      /^(Dokter|Apoteker|Guru|Perawat Ahli|Pranata Komputer Ahli|Statistisi)/.test(jabatan.nama) &&
      (pendidikan === 'SMA' || pendidikan === 'D3')
    )
      pendidikan = 'S1';
    const pend = PENDIDIKAN[pendidikan];
    const batasLahirBawah = Math.max(1965, tahun - prof.bup + 1);
    const batasLahirAtas = 2000;
    let mkMin = prof.mk[0];
    let mkMax = prof.mk[1];
    if (cpns) [mkMin, mkMax] = [0, 1];
    else if (jenisAsn === 'PPPK') [mkMin, mkMax] = [1, 4];
    let mk;
    let usia;
    let tahunLahir;
    for (let i = 0; i < 60; i++) {
      mk = r.bulat(mkMin, mkMax);
      usia = r.bulat(pend.usiaMin, USIA_TMT_MAKS);
      tahunLahir = tahun - mk - usia;
      if (tahunLahir >= batasLahirBawah && tahunLahir <= batasLahirAtas) break;
      tahunLahir = null;
    }
    if (tahunLahir == null) {
      // Fall back to the closest valid combination.
      mk = mkMin;
      tahunLahir = Math.min(batasLahirAtas, Math.max(batasLahirBawah, tahun - mk - pend.usiaMin));
    }
    const bulanLahir = r.bulat(1, 12);
    const hariLahir = r.bulat(1, hariDalamBulan(tahunLahir, bulanLahir));
    const tahunTmt = tahun - mk;
    let bulanTmt;
    if (jenisAsn === 'PPPK') bulanTmt = null;
    else if (cpns && mk === 0)
      bulanTmt = 1; // appointed in January of the demo year
    else bulanTmt = r.pilihBobot(BULAN_TMT);
    return { pendidikan, mk, tahunLahir, bulanLahir, hariLahir, tahunTmt, bulanTmt };
  }

  function golonganPns(jabatan, pendidikan, mk, cpns) {
    const prof = profilJabatan(jabatan);
    const pend = PENDIDIKAN[pendidikan];
    if (cpns) return GOLONGAN[pend.awal];
    const lo = g(prof.gol[0]);
    const hi = Math.max(lo, Math.min(g(prof.gol[1]), pend.puncak));
    const naik = pend.awal + Math.floor(mk / 4);
    return GOLONGAN[Math.min(hi, Math.max(lo, naik))];
  }

  function nipUnik(r, awalan) {
    let urut = r.bulat(1, 12);
    while (nipTerpakai.has(awalan + pad(urut, 3))) urut++;
    if (urut > 999) throw new Error(`Nomor urut NIP habis untuk ${awalan}`);
    const nip = awalan + pad(urut, 3);
    nipTerpakai.add(nip);
    return nip;
  }

  /** NIK: area code of the address, birth date (day + 40 for women), 4-digit sequence. */
  function buatNik(kodeWilayah, tanggalLahir, jk) {
    const [y, m, d] = tanggalLahir.split('-').map(Number);
    const awalan = kodeWilayah + pad(jk === 'P' ? d + 40 : d) + pad(m) + pad(y % 100);
    const n = (nikUrut.get(awalan) ?? 0) + 1;
    nikUrut.set(awalan, n);
    return awalan + pad(n, 4);
  }

  /** Personal data keyed by NIP (also used for the named demo accounts). */
  function dataPribadi(nip, tanggalLahir, jk) {
    const r = acak('pribadi:' + nip);
    const kel = r.pilih(SEMUA_KELURAHAN);
    const alamat = `${r.pilih(JALAN)} No. ${r.bulat(1, 150)}, RT ${pad(r.bulat(1, 40), 3)}/RW ${pad(r.bulat(1, 12), 3)}, Kel. ${kel.kelurahan}, Kec. ${kel.kecamatan}, Kota Madiun 631${r.bulat(20, 39)}`;
    const d = r.digit(9);
    const npwp = `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d[8]}-623.000`;
    let rekening;
    do rekening = '00' + r.digit(8);
    while (rekeningTerpakai.has(rekening));
    rekeningTerpakai.add(rekening);
    return {
      nik: buatNik(kel.kodeWilayah, tanggalLahir, jk),
      npwp,
      alamat,
      kode_bank: '114',
      nama_bank: 'Bank Jatim',
      nomor_rekening: rekening,
    };
  }

  /** Reserves a fixed NIP (named demo accounts) so that generated ones never collide with it. */
  function pesanNip(nip) {
    if (nipTerpakai.has(nip)) throw new Error(`NIP ganda: ${nip}`);
    nipTerpakai.add(nip);
  }

  /** One generated person for a post. */
  function buat(kunci, jabatan, { jenisAsn = 'PNS', cpns = false } = {}) {
    const r = acak('pegawai:' + kunci);
    const jk = r.peluang(jabatan.ilmu === 'kesehatan' || /Bidan/.test(jabatan.nama) ? 0.35 : 0.55) ? 'L' : 'P';
    const jkAkhir = /^Bidan/.test(jabatan.nama) ? 'P' : jk;
    const k = riwayatKarier(r, jabatan, { jenisAsn, cpns });
    const lahir = `${k.tahunLahir}${pad(k.bulanLahir)}${pad(k.hariLahir)}`;
    const tengah = jenisAsn === 'PPPK' ? `${k.tahunTmt}21` : `${k.tahunTmt}${pad(k.bulanTmt)}`;
    const nip = nipUnik(r, lahir + tengah + (jkAkhir === 'L' ? '1' : '2'));
    const nama = buatNama(r, jkAkhir);
    const gelar =
      gelarProfesi(r, jabatan, k.pendidikan) ??
      buatGelar(r, { pendidikan: k.pendidikan, bidang: jabatan.ilmu, jk: jkAkhir, tahunLahir: k.tahunLahir });
    const golongan =
      jenisAsn === 'PPPK' ? golonganPppk(jabatan, k.pendidikan) : golonganPns(jabatan, k.pendidikan, k.mk, cpns);
    return {
      nip,
      nama,
      gelar_depan: gelar.gelar_depan,
      gelar_belakang: gelar.gelar_belakang,
      jenis_asn: jenisAsn,
      cpns: !!cpns,
      golongan,
      pendidikan: k.pendidikan,
      masaKerja: k.mk,
    };
  }

  return { buat, pesanNip, dataPribadi, GOLONGAN };
}

module.exports = { pembuatPegawai, GOLONGAN, PROFIL_JENJANG };
