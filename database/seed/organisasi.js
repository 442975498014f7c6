'use strict';
/**
 * The organisation of the demo city: the 29 OPD of Kota Madiun (opd-kota-madiun.csv), the 27
 * kelurahan as sub-units of their kecamatan, and a jabatan tree per OPD. Pure and deterministic:
 * it depends on nothing but the CSV and the fixed tables below (not on the number of pegawai).
 */
const fs = require('fs');
const path = require('path');
const { acak } = require('./acak');
const { KECAMATAN } = require('./kelurahan');

const BERKAS_OPD = path.join(__dirname, 'opd-kota-madiun.csv');

/** Minimal CSV reader (quoted fields with commas, "" escapes). */
function bacaCsv(teks) {
  const baris = [];
  let kolom = [];
  let sel = '';
  let kutip = false;
  for (let i = 0; i < teks.length; i++) {
    const c = teks[i];
    if (kutip) {
      if (c === '"' && teks[i + 1] === '"') {
        sel += '"';
        i++;
      } else if (c === '"') kutip = false;
      else sel += c;
    } else if (c === '"') kutip = true;
    else if (c === ',') {
      kolom.push(sel);
      sel = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && teks[i + 1] === '\n') i++;
      kolom.push(sel);
      if (kolom.some((x) => x !== '')) baris.push(kolom);
      kolom = [];
      sel = '';
    } else sel += c;
  }
  kolom.push(sel);
  if (kolom.some((x) => x !== '')) baris.push(kolom);
  const [kepala, ...isi] = baris;
  return isi.map((b) => Object.fromEntries(kepala.map((k, i) => [k.trim(), (b[i] ?? '').trim()])));
}

/** OPD kind from its short name / name (see database/seed/README.md). */
function jenisOpd(singkatan, nama) {
  if (singkatan === 'SETDA' || singkatan === 'SETWAN') return 'SEKRETARIAT';
  if (singkatan === 'INSPEKTORAT') return 'INSPEKTORAT';
  if (singkatan === 'SATPOLPP') return 'SATPOL';
  if (singkatan === 'RSUD') return 'RSUD';
  if (/^Badan\b/.test(nama)) return 'BADAN';
  if (/^Dinas\b/.test(nama)) return 'DINAS';
  if (/^Kecamatan\b/.test(nama)) return 'KECAMATAN';
  return 'LAINNYA';
}

// ---------------------------------------------------------------------------------------------
// Jabatan levels
// ---------------------------------------------------------------------------------------------

/** Middle of the job-value band of each kelas jabatan (PermenPANRB 34/2011 bands). */
const NILAI_KELAS = {
  1: 215,
  2: 270,
  3: 335,
  4: 410,
  5: 550,
  6: 750,
  7: 975,
  8: 1225,
  9: 1475,
  10: 1725,
  11: 1975,
  12: 2225,
  13: 2550,
  14: 2960,
  15: 3385,
  16: 3825,
  17: 4250,
};

const KELAS_JF = {
  AHLI_UTAMA: 14,
  AHLI_MADYA: 12,
  AHLI_MUDA: 9,
  AHLI_PERTAMA: 8,
  PENYELIA: 8,
  MAHIR: 7,
  TERAMPIL: 6,
  PEMULA: 5,
};

function jenjangJf(nama) {
  for (const [akhiran, jenjang] of [
    ['Ahli Utama', 'AHLI_UTAMA'],
    ['Ahli Madya', 'AHLI_MADYA'],
    ['Ahli Muda', 'AHLI_MUDA'],
    ['Ahli Pertama', 'AHLI_PERTAMA'],
    ['Penyelia', 'PENYELIA'],
    ['Mahir', 'MAHIR'],
    ['Terampil', 'TERAMPIL'],
    ['Pemula', 'PEMULA'],
  ]) {
    if (nama.endsWith(akhiran)) return jenjang;
  }
  throw new Error(`Jenjang JF tidak dikenali dari nama "${nama}"`);
}

function kelasPelaksana(nama) {
  if (/^(Analis|Penyusun|Verifikator|Bendahara|Pengelola Sistem|Pengelola Persandian)/.test(nama)) return 7;
  if (/^(Pengadministrasi|Pengemudi|Petugas)/.test(nama)) return 5;
  return 6;
}

// ---------------------------------------------------------------------------------------------
// Per-OPD tables. bidang: [nama, {jf: [[nama, kapasitas, tag?]], pelaksana: [...], kasubbag?: [...]}]
// kapasitas: relative share of the fillers of the OPD the post receives (0: no generated pegawai).
// ---------------------------------------------------------------------------------------------

// prettier-ignore
const PELAKSANA_SEKRETARIAT = [
  'Pengadministrasi Perkantoran', 'Pengelola Data Kepegawaian', 'Bendahara', 'Pengurus Barang',
  'Penyusun Program Anggaran dan Pelaporan', 'Verifikator Keuangan', 'Pengadministrasi Keuangan', 'Pengemudi',
];
// prettier-ignore
const PELAKSANA_BIDANG = [
  'Pengolah Data', 'Pengadministrasi Umum', 'Analis Data dan Informasi', 'Pengelola Program dan Kegiatan',
  'Pengelola Layanan Operasional', 'Penyusun Bahan Kebijakan', 'Pengelola Data Pelayanan',
];
const JF_SEKRETARIAT = [
  'Perencana Ahli Pertama',
  'Arsiparis Terampil',
  'Analis Keuangan Pusat dan Daerah Ahli Pertama',
  'Pranata Komputer Terampil',
  'Analis Sumber Daya Manusia Aparatur Ahli Pertama',
];

const b = (nama, opsi = {}) => [nama, opsi];

/** OPD that follow the Dinas/Badan pattern: kepala, sekretaris (+ subbagian), bidang. */
const PROFIL = {
  INSPEKTORAT: {
    kepala: 'Inspektur Daerah',
    sekretaris: 'Sekretaris Inspektorat Daerah',
    subbag: ['Umum dan Keuangan'],
    awalanBidang: 'Inspektur Pembantu',
    unitBidang: 'Inspektorat Pembantu',
    ilmu: 'ekonomi',
    bobot: 1.5,
    bidang: [
      b('Wilayah I', {
        jf: [
          ['Auditor Ahli Pertama', 3],
          ['Auditor Ahli Muda', 2],
          ['Auditor Ahli Madya', 1],
        ],
      }),
      b('Wilayah II', {
        jf: [
          ['Auditor Ahli Pertama', 3],
          ['Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama', 2],
        ],
      }),
      b('Wilayah III', {
        jf: [
          ['Auditor Ahli Pertama', 2],
          ['Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda', 2],
        ],
      }),
    ],
  },
  BAPPEDA: {
    ilmu: 'umum',
    bobot: 1.5,
    bidang: [
      b('Perencanaan, Pengendalian dan Evaluasi Pembangunan', {
        jf: [
          ['Perencana Ahli Pertama', 2],
          ['Perencana Ahli Madya', 1],
        ],
      }),
      b('Perekonomian dan Sumber Daya Alam', { jf: [['Perencana Ahli Muda', 2]] }),
      b('Pemerintahan dan Pembangunan Manusia', { jf: [['Perencana Ahli Pertama', 2]] }),
    ],
  },
  BKPSDM: {
    ilmu: 'umum',
    bobot: 1.5,
    bidang: [
      b('Mutasi dan Promosi', {
        jf: [
          ['Analis Sumber Daya Manusia Aparatur Ahli Muda', 2],
          ['Analis Sumber Daya Manusia Aparatur Ahli Pertama', 2],
        ],
      }),
      b('Pengembangan Kompetensi Aparatur', {
        jf: [
          ['Widyaiswara Ahli Muda', 1],
          ['Analis Sumber Daya Manusia Aparatur Ahli Pertama', 2],
        ],
      }),
      b('Pengadaan, Pemberhentian dan Informasi', {
        jf: [
          ['Pranata Komputer Ahli Pertama', 1],
          ['Analis Sumber Daya Manusia Aparatur Terampil', 2],
        ],
      }),
    ],
  },
  BKAD: {
    ilmu: 'ekonomi',
    bobot: 2,
    bidang: [
      b('Anggaran', {
        jf: [
          ['Analis Keuangan Pusat dan Daerah Ahli Pertama', 2],
          ['Analis Keuangan Pusat dan Daerah Ahli Muda', 1],
        ],
      }),
      b('Perbendaharaan', {
        pelaksana: [['Verifikator Keuangan', 3]],
        jf: [['Analis Keuangan Pusat dan Daerah Ahli Pertama', 2]],
      }),
      b('Akuntansi dan Pelaporan', { jf: [['Analis Keuangan Pusat dan Daerah Ahli Pertama', 2]] }),
      b('Aset Daerah', {
        pelaksana: [['Pengelola Barang Milik Daerah', 3]],
        jf: [['Penilai Pemerintah Ahli Pertama', 1]],
      }),
    ],
  },
  BAPENDA: {
    ilmu: 'ekonomi',
    bobot: 1.5,
    bidang: [
      b('Pendataan dan Penetapan', {
        pelaksana: [['Pengolah Data Pajak Daerah', 3]],
        jf: [['Penilai Pajak Bumi dan Bangunan Ahli Pertama', 1]],
      }),
      b('Penagihan dan Keberatan', { pelaksana: [['Petugas Penagihan Pajak Daerah', 3]] }),
      b('Pengembangan dan Pengendalian', { jf: [['Analis Kebijakan Ahli Pertama', 1]] }),
    ],
  },
  BAKESBANGPOL: {
    ilmu: 'umum',
    bobot: 0.8,
    bidang: [
      b('Ideologi, Wawasan Kebangsaan dan Karakter Bangsa'),
      b('Politik Dalam Negeri dan Organisasi Kemasyarakatan', { jf: [['Analis Kebijakan Ahli Pertama', 1]] }),
      b('Kewaspadaan Nasional dan Penanganan Konflik'),
    ],
  },
  BPBD: {
    kepala: 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah',
    ilmu: 'teknik',
    bobot: 1,
    bidang: [
      b('Pencegahan dan Kesiapsiagaan', { jf: [['Analis Bencana Ahli Pertama', 1]] }),
      b('Kedaruratan dan Logistik', { pelaksana: [['Petugas Pemadam Kebakaran dan Penyelamatan', 3]] }),
      b('Rehabilitasi dan Rekonstruksi'),
    ],
  },
  DISDIK: {
    ilmu: 'pendidikan',
    bobot: 5,
    bidang: [
      b('Pembinaan Sekolah Dasar', {
        jf: [
          ['Guru Ahli Pertama', 10],
          ['Guru Ahli Muda', 6],
          ['Pengawas Sekolah Ahli Madya', 1],
        ],
      }),
      b('Pembinaan Sekolah Menengah Pertama', {
        jf: [
          ['Guru Ahli Pertama', 8],
          ['Guru Ahli Muda', 5],
          ['Pengawas Sekolah Ahli Muda', 1],
        ],
      }),
      b('Pembinaan PAUD dan Pendidikan Nonformal', {
        jf: [
          ['Pamong Belajar Ahli Pertama', 1],
          ['Penilik Ahli Pertama', 1],
          ['Guru Ahli Pertama', 2],
        ],
      }),
    ],
  },
  'DINKES-KB': {
    ilmu: 'kesehatan',
    bobot: 4,
    bidang: [
      b('Kesehatan Masyarakat', {
        jf: [
          ['Penyuluh Kesehatan Masyarakat Ahli Pertama', 2],
          ['Nutrisionis Ahli Pertama', 2],
        ],
      }),
      b('Pencegahan dan Pengendalian Penyakit', {
        jf: [
          ['Epidemiolog Kesehatan Ahli Pertama', 2],
          ['Sanitarian Terampil', 2],
          ['Perawat Ahli Pertama', 2],
        ],
      }),
      b('Pelayanan dan Sumber Daya Kesehatan', {
        jf: [
          ['Dokter Ahli Pertama', 3],
          ['Perawat Terampil', 4],
          ['Bidan Terampil', 4],
          ['Apoteker Ahli Pertama', 1],
        ],
      }),
      b('Keluarga Berencana', { jf: [['Penyuluh Keluarga Berencana Ahli Pertama', 3]] }),
    ],
  },
  DPUTR: {
    ilmu: 'teknik',
    bobot: 2.5,
    bidang: [
      b('Bina Marga', {
        jf: [['Teknik Jalan dan Jembatan Ahli Pertama', 2]],
        pelaksana: [['Pengawas Lapangan Pekerjaan Jalan', 2]],
      }),
      b('Sumber Daya Air', { jf: [['Teknik Pengairan Ahli Pertama', 2]] }),
      b('Penataan Ruang', { jf: [['Penata Ruang Ahli Pertama', 2]] }),
    ],
  },
  DISPERKIM: {
    ilmu: 'teknik',
    bobot: 1.5,
    bidang: [
      b('Perumahan', { jf: [['Penata Kelola Bangunan Gedung dan Kawasan Permukiman Ahli Pertama', 1]] }),
      b('Kawasan Permukiman'),
      b('Pertamanan dan Penerangan Jalan Umum', { pelaksana: [['Petugas Pertamanan', 3]] }),
    ],
  },
  SATPOLPP: {
    kepala: 'Kepala Satuan Polisi Pamong Praja',
    sekretaris: 'Sekretaris Satuan Polisi Pamong Praja',
    ilmu: 'hukum',
    bobot: 2.5,
    bidang: [
      b('Penegakan Peraturan Daerah', {
        jf: [
          ['Polisi Pamong Praja Terampil', 4],
          ['Polisi Pamong Praja Mahir', 2],
          ['Polisi Pamong Praja Ahli Pertama', 1],
        ],
      }),
      b('Ketertiban Umum dan Ketenteraman Masyarakat', {
        jf: [
          ['Polisi Pamong Praja Terampil', 4],
          ['Polisi Pamong Praja Penyelia', 1],
        ],
      }),
      b('Perlindungan Masyarakat', { pelaksana: [['Petugas Perlindungan Masyarakat', 2]] }),
    ],
  },
  'DINSOS-P3A': {
    ilmu: 'umum',
    bobot: 1.2,
    bidang: [
      b('Rehabilitasi dan Perlindungan Jaminan Sosial', { jf: [['Pekerja Sosial Ahli Pertama', 2]] }),
      b('Pemberdayaan Sosial dan Penanganan Fakir Miskin', { jf: [['Penyuluh Sosial Ahli Pertama', 1]] }),
      b('Pemberdayaan Perempuan dan Perlindungan Anak', { jf: [['Analis Kebijakan Ahli Pertama', 1]] }),
    ],
  },
  DISNAKER: {
    ilmu: 'hukum',
    bobot: 1,
    bidang: [
      b('Penempatan dan Perluasan Kesempatan Kerja', { jf: [['Pengantar Kerja Ahli Pertama', 1]] }),
      b('Hubungan Industrial dan Jaminan Sosial', { jf: [['Mediator Hubungan Industrial Ahli Pertama', 1]] }),
      b('Pelatihan dan Produktivitas', { jf: [['Instruktur Ahli Pertama', 1]] }),
    ],
  },
  DLH: {
    ilmu: 'lingkungan',
    bobot: 2.5,
    subbag: ['Umum dan Kepegawaian', 'Keuangan'],
    bidang: [
      b('Tata Lingkungan', { jf: [['Pengendali Dampak Lingkungan Ahli Pertama', 1]] }),
      b('Pengelolaan Sampah dan Limbah B3', {
        pelaksana: [
          ['Petugas Kebersihan', 4],
          ['Pengemudi Angkutan Sampah', 3],
        ],
      }),
      b('Pengendalian Pencemaran dan Kerusakan Lingkungan', { jf: [['Pengawas Lingkungan Hidup Ahli Pertama', 1]] }),
    ],
  },
  DISPENDUKCAPIL: {
    ilmu: 'komputer',
    bobot: 1.5,
    bidang: [
      b('Pelayanan Pendaftaran Penduduk', { pelaksana: [['Pengadministrasi Kependudukan', 3]] }),
      b('Pelayanan Pencatatan Sipil', { pelaksana: [['Pengadministrasi Kependudukan', 2]] }),
      b('Pengelolaan Informasi Administrasi Kependudukan', {
        jf: [
          ['Administrator Database Kependudukan Ahli Pertama', 1],
          ['Pranata Komputer Terampil', 1],
        ],
      }),
    ],
  },
  DISHUB: {
    ilmu: 'teknik',
    bobot: 2,
    bidang: [
      b('Lalu Lintas', { pelaksana: [['Petugas Pengatur Lalu Lintas', 4]] }),
      b('Angkutan', { jf: [['Penguji Kendaraan Bermotor Terampil', 2]] }),
      b('Sarana dan Prasarana', { jf: [['Teknik Lalu Lintas Ahli Pertama', 1]] }),
    ],
  },
  DISKOMINFO: {
    ilmu: 'komputer',
    bobot: 1.2,
    subbag: [
      [
        'Umum dan Kepegawaian',
        {
          pelaksana: [
            ['Pengelola Data Kepegawaian', 1, 'POS_ADMIN_OPD'],
            ['Pengadministrasi Perkantoran', 2],
          ],
        },
      ],
    ],
    sekretariat: {
      pelaksana: [
        ['Bendahara', 1],
        ['Penyusun Program Anggaran dan Pelaporan', 1],
      ],
      jf: [['Pranata Humas Ahli Pertama', 1]],
    },
    bidang: [
      b('Aplikasi Informatika', {
        tag: 'KABID_APTIKA',
        pelaksana: [['Pengelola Sistem dan Jaringan', 0, 'POS_PELAKSANA_APTIKA']],
        jf: [['Pranata Komputer Ahli Pertama', 0, 'POS_JF_APTIKA']],
      }),
      b('Statistik', {
        tag: 'KABID_STATISTIK',
        pelaksana: [['Pengolah Data', 1]],
        jf: [['Statistisi Ahli Pertama', 1]],
      }),
      b('Persandian', {
        tag: 'KABID_PERSANDIAN',
        pelaksana: [['Pengelola Persandian dan Keamanan Informasi', 0, 'POS_PELAKSANA_PERSANDIAN']],
      }),
    ],
    tagKepala: 'KADIS_KOMINFO',
    tagSekretaris: 'SEKRETARIS_KOMINFO',
  },
  'DPMPTSP-KUM': {
    ilmu: 'umum',
    bobot: 1.2,
    bidang: [
      b('Penanaman Modal', { jf: [['Analis Kebijakan Ahli Pertama', 1]] }),
      b('Pelayanan Perizinan', { pelaksana: [['Pengadministrasi Perizinan', 3]] }),
      b('Koperasi dan Usaha Mikro', { jf: [['Pengawas Koperasi Ahli Pertama', 1]] }),
    ],
  },
  DISBUDPARPORA: {
    ilmu: 'umum',
    bobot: 1.2,
    bidang: [
      b('Kebudayaan', { jf: [['Pamong Budaya Ahli Pertama', 1]] }),
      b('Pariwisata', { jf: [['Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Pertama', 1]] }),
      b('Kepemudaan dan Olah Raga'),
    ],
  },
  DISPUSIP: {
    ilmu: 'umum',
    bobot: 1,
    bidang: [
      b('Layanan Perpustakaan', {
        jf: [
          ['Pustakawan Ahli Pertama', 2],
          ['Pustakawan Terampil', 2],
        ],
      }),
      b('Pengelolaan Arsip', {
        jf: [
          ['Arsiparis Ahli Pertama', 1],
          ['Arsiparis Terampil', 2],
        ],
      }),
    ],
  },
  DPKP: {
    ilmu: 'pertanian',
    bobot: 1.5,
    bidang: [
      b('Tanaman Pangan dan Hortikultura', {
        jf: [
          ['Penyuluh Pertanian Ahli Pertama', 2],
          ['Penyuluh Pertanian Terampil', 2],
        ],
      }),
      b('Peternakan dan Perikanan', {
        jf: [
          ['Medik Veteriner Ahli Pertama', 1],
          ['Paramedik Veteriner Terampil', 1],
        ],
      }),
      b('Ketahanan Pangan', { jf: [['Analis Ketahanan Pangan Ahli Pertama', 1]] }),
    ],
  },
  DISDAG: {
    ilmu: 'ekonomi',
    bobot: 1.5,
    bidang: [
      b('Perdagangan', { jf: [['Pengawas Perdagangan Ahli Pertama', 1]] }),
      b('Pengelolaan Pasar', { pelaksana: [['Petugas Pengelola Pasar', 4]] }),
      b('Metrologi Legal dan Perlindungan Konsumen', { jf: [['Penera Terampil', 2]] }),
    ],
  },
  RSUD: {
    kepala: 'Direktur Rumah Sakit Umum Daerah Kota Madiun',
    sekretaris: 'Kepala Bagian Tata Usaha',
    unitSekretariat: 'Bagian Tata Usaha',
    subbag: ['Umum dan Kepegawaian', 'Keuangan'],
    ilmu: 'kesehatan',
    bobot: 6,
    bidang: [
      b('Pelayanan Medik', {
        jf: [
          ['Dokter Ahli Pertama', 3],
          ['Dokter Ahli Muda', 2],
          ['Apoteker Ahli Pertama', 1],
          ['Pranata Laboratorium Kesehatan Terampil', 2],
          ['Radiografer Terampil', 1],
        ],
      }),
      b('Keperawatan', {
        jf: [
          ['Perawat Terampil', 8],
          ['Perawat Ahli Pertama', 5],
          ['Perawat Mahir', 3],
          ['Bidan Terampil', 3],
        ],
      }),
      b('Penunjang Medik dan Nonmedik', {
        jf: [
          ['Perekam Medis Terampil', 2],
          ['Nutrisionis Terampil', 1],
        ],
        pelaksana: [
          ['Pengelola Sarana dan Prasarana', 1],
          ['Pengemudi Ambulans', 1],
        ],
      }),
    ],
  },
};

/** Bagian of the Sekretariat Daerah under each Asisten. */
const SETDA = {
  asisten: [
    [
      'Asisten Pemerintahan dan Kesejahteraan Rakyat',
      [
        b('Pemerintahan', { jf: [['Analis Kebijakan Ahli Muda', 1]] }),
        b('Kesejahteraan Rakyat', { jf: [['Analis Kebijakan Ahli Pertama', 1]] }),
        b('Hukum', {
          jf: [['Perancang Peraturan Perundang-undangan Ahli Pertama', 2]],
          kasubbag: ['Perundang-undangan'],
        }),
      ],
    ],
    [
      'Asisten Perekonomian dan Pembangunan',
      [
        b('Perekonomian dan Sumber Daya Alam', { jf: [['Analis Kebijakan Ahli Pertama', 1]] }),
        b('Administrasi Pembangunan', { jf: [['Perencana Ahli Pertama', 1]] }),
        b('Pengadaan Barang dan Jasa', {
          jf: [
            ['Pengelola Pengadaan Barang/Jasa Ahli Pertama', 2],
            ['Pengelola Pengadaan Barang/Jasa Ahli Muda', 1],
          ],
        }),
      ],
    ],
    [
      'Asisten Administrasi Umum',
      [
        b('Umum', {
          pelaksana: [
            ['Pengemudi', 2],
            ['Pengadministrasi Perkantoran', 2],
          ],
          jf: [['Arsiparis Terampil', 1]],
          kasubbag: ['Tata Usaha dan Kepegawaian'],
        }),
        b('Organisasi', { jf: [['Analis Kebijakan Ahli Pertama', 1]] }),
        b('Protokol dan Komunikasi Pimpinan', { jf: [['Pranata Humas Ahli Pertama', 1]] }),
      ],
    ],
  ],
  stafAhli: [
    'Staf Ahli Wali Kota Bidang Hukum, Politik dan Pemerintahan',
    'Staf Ahli Wali Kota Bidang Ekonomi, Keuangan dan Pembangunan',
  ],
};

const SETWAN_BAGIAN = [
  b('Umum dan Keuangan', {
    kasubbag: ['Tata Usaha dan Kepegawaian', 'Keuangan'],
    pelaksana: [
      ['Pengadministrasi Perkantoran', 2],
      ['Bendahara', 1],
      ['Pengemudi', 1],
    ],
  }),
  b('Persidangan dan Perundang-undangan', { jf: [['Perancang Peraturan Perundang-undangan Ahli Pertama', 1]] }),
  b('Fasilitasi Penganggaran dan Pengawasan', { jf: [['Analis Kebijakan Ahli Pertama', 1]] }),
];

const SEKSI_KECAMATAN = [
  'Pemerintahan',
  'Ketenteraman dan Ketertiban Umum',
  'Pemberdayaan Masyarakat dan Kesejahteraan Sosial',
];

/**
 * Deliberately vacant structural posts: [singkatan OPD, nama jabatan, Plt holder (singkatan, nama) or null].
 * The Persandian case is part of the public demo contract (api.md).
 */
const LOWONG = [
  ['DISKOMINFO', 'Kepala Bidang Persandian', ['DISKOMINFO', 'Kepala Bidang Statistik'], 'PLT_PERSANDIAN'],
  ['DISDAG', 'Kepala Dinas Perdagangan', ['SETDA', 'Asisten Perekonomian dan Pembangunan'], 'PLT_KADISDAG'],
  ['KEL-KEJURON', 'Lurah Kejuron', ['KEC-TAMAN', 'Sekretaris Kecamatan Taman'], 'PLT_LURAH_KEJURON'],
  ['DISHUB', 'Kepala Bidang Angkutan', null, null],
  ['DLH', 'Kepala Subbagian Keuangan', null, null],
];

const BOBOT_KECAMATAN = 1;
const BOBOT_KELURAHAN = 0.2;
const BOBOT_LAIN = { SETDA: 3, SETWAN: 1 };

// ---------------------------------------------------------------------------------------------

function singkatanKelurahan(nama) {
  return 'KEL-' + nama.toUpperCase().replace(/[^A-Z0-9]+/g, '-');
}

/** The 29 OPD of the CSV plus 27 kelurahan, in a fixed order. */
function daftarOpd() {
  const csv = bacaCsv(fs.readFileSync(BERKAS_OPD, 'utf8'));
  const hasil = [];
  for (const r of csv) {
    const singkatan = r.singkatan;
    const jenis = jenisOpd(singkatan, r.nama_opd);
    const bobot = PROFIL[singkatan]?.bobot ?? BOBOT_LAIN[singkatan] ?? (jenis === 'KECAMATAN' ? BOBOT_KECAMATAN : 1.2);
    hasil.push({ kode_opd: r.kode_opd, nama: r.nama_opd, singkatan, jenis, induk: null, bobot });
  }
  if (hasil.length !== 29) throw new Error(`opd-kota-madiun.csv harus berisi 29 OPD, ditemukan ${hasil.length}`);
  for (const kec of KECAMATAN) {
    const induk = hasil.find((o) => o.singkatan === kec.singkatan);
    if (!induk) throw new Error(`Kecamatan ${kec.singkatan} tidak ada di opd-kota-madiun.csv`);
    kec.kelurahan.forEach((kel, i) => {
      hasil.push({
        kode_opd: `${induk.kode_opd}.${String(i + 1).padStart(2, '0')}`,
        nama: `Kelurahan ${kel}`,
        singkatan: singkatanKelurahan(kel),
        jenis: 'KELURAHAN',
        induk: induk.kode_opd,
        bobot: BOBOT_KELURAHAN,
        namaKelurahan: kel,
      });
    });
  }
  hasil.forEach((o, i) => (o.indeks = i));
  return hasil;
}

/**
 * The jabatan tree of the whole city. Each jabatan: {kode, nama, unit_kerja, opd (kode_opd),
 * atasan (kode|null), jenis, jenjang, eselon, kelas_jabatan, nilai_jabatan, kepala_opd, aktif,
 * tingkat (fill priority for structural posts), kapasitas (share of fillers; formasi posts only),
 * ilmu (field of study of its holders), tag (named demo posts)}.
 */
function pohonJabatan(opdList) {
  const semua = [];
  const perOpd = new Map();

  function pembuat(opd) {
    let n = 0;
    const daftar = [];
    perOpd.set(opd.kode_opd, daftar);
    return function tambah(j) {
      n++;
      const kode = `${opd.kode_opd}-${String(n).padStart(2, '0')}`;
      const jab = {
        kode,
        nama: j.nama,
        unit_kerja: j.unit_kerja ?? null,
        opd: opd.kode_opd,
        atasan: j.atasan ?? null,
        jenis: j.jenis,
        jenjang: j.jenjang,
        eselon: j.eselon ?? null,
        kelas_jabatan: j.kelas,
        nilai_jabatan: NILAI_KELAS[j.kelas],
        kepala_opd: !!j.kepala_opd,
        aktif: true,
        tingkat: j.tingkat ?? null,
        kapasitas: j.kapasitas ?? 0,
        ilmu: j.ilmu ?? 'umum',
        tag: j.tag ?? null,
      };
      semua.push(jab);
      daftar.push(jab);
      return jab;
    };
  }

  const struktural = (jenjang, eselon, kelas, tingkat) => ({
    jenis: jenjang.startsWith('JPT') ? 'JPT' : 'JA',
    jenjang,
    eselon,
    kelas,
    tingkat,
  });

  /** Pelaksana and JF posts under a structural post. */
  function formasi(tambah, atasan, unit, { pelaksana = [], jf = [] }, ilmu) {
    for (const [nama, kapasitas, tag] of pelaksana) {
      tambah({
        nama,
        unit_kerja: unit,
        atasan: atasan.kode,
        jenis: 'JA',
        jenjang: 'PELAKSANA',
        kelas: kelasPelaksana(nama),
        kapasitas,
        ilmu,
        tag,
      });
    }
    for (const [nama, kapasitas, tag] of jf) {
      const jenjang = jenjangJf(nama);
      tambah({
        nama,
        unit_kerja: unit,
        atasan: atasan.kode,
        jenis: 'JF',
        jenjang,
        kelas: KELAS_JF[jenjang],
        kapasitas,
        ilmu: ilmuJf(nama, ilmu),
        tag,
      });
    }
  }

  /** Fills in generic pelaksana (and sometimes a JF) when a unit has none of its own. */
  function formasiBawaan(r, isi, kolam, kolamJf, peluangJf = 0.5) {
    const pelaksana = isi.pelaksana ? isi.pelaksana.slice() : [];
    const jf = isi.jf ? isi.jf.slice() : [];
    const jumlah = pelaksana.length ? 1 : r.bulat(1, 2);
    const kocok = r.kocok(kolam).filter((n) => !pelaksana.some(([p]) => p === n));
    for (let i = 0; i < jumlah; i++) pelaksana.push([kocok[i], r.bulat(1, 2)]);
    if (!jf.length && kolamJf && r.peluang(peluangJf)) jf.push([r.pilih(kolamJf), 1]);
    return { pelaksana, jf };
  }

  let sekda = null;
  const camat = new Map();

  // SETDA first: every head hangs below the Sekretaris Daerah.
  for (const opd of opdList.filter((o) => o.singkatan === 'SETDA')) {
    const tambah = pembuat(opd);
    const r = acak('struktur:' + opd.singkatan);
    sekda = tambah({
      nama: 'Sekretaris Daerah',
      unit_kerja: 'Sekretariat Daerah',
      ...struktural('JPT_MADYA', 'II.a', 15, 1),
      kepala_opd: true,
    });
    const asisten = SETDA.asisten.map(([nama]) =>
      tambah({
        nama,
        unit_kerja: 'Sekretariat Daerah',
        atasan: sekda.kode,
        ...struktural('JPT_PRATAMA', 'II.b', 14, 2),
      }),
    );
    for (const nama of SETDA.stafAhli)
      tambah({
        nama,
        unit_kerja: 'Sekretariat Daerah',
        atasan: sekda.kode,
        ...struktural('JPT_PRATAMA', 'II.b', 13, 2),
      });
    const bagian = [];
    SETDA.asisten.forEach(([, daftarBagian], i) => {
      for (const [nama, isi] of daftarBagian) {
        const unit = 'Bagian ' + nama;
        bagian.push([
          tambah({
            nama: 'Kepala Bagian ' + nama,
            unit_kerja: unit,
            atasan: asisten[i].kode,
            ...struktural('ADMINISTRATOR', 'III.a', 11, 3),
          }),
          unit,
          isi,
        ]);
      }
    });
    const subbag = [];
    for (const [kabag, , isi] of bagian) {
      for (const s of isi.kasubbag ?? [])
        subbag.push([
          tambah({
            nama: 'Kepala Subbagian ' + s,
            unit_kerja: 'Subbagian ' + s,
            atasan: kabag.kode,
            ...struktural('PENGAWAS', 'IV.a', 9, 4),
          }),
          'Subbagian ' + s,
        ]);
    }
    for (const [kabag, unit, isi] of bagian)
      formasi(tambah, kabag, unit, formasiBawaan(r, isi, PELAKSANA_BIDANG, null), 'umum');
    for (const [kasubbag, unit] of subbag)
      formasi(tambah, kasubbag, unit, formasiBawaan(r, {}, PELAKSANA_SEKRETARIAT, null), 'umum');
  }

  for (const opd of opdList) {
    if (opd.singkatan === 'SETDA' || opd.jenis === 'KELURAHAN') continue;
    const tambah = pembuat(opd);
    const r = acak('struktur:' + opd.singkatan);

    if (opd.singkatan === 'SETWAN') {
      const kepala = tambah({
        nama: 'Sekretaris DPRD',
        unit_kerja: 'Sekretariat DPRD',
        atasan: sekda.kode,
        ...struktural('JPT_PRATAMA', 'II.b', 14, 1),
        kepala_opd: true,
      });
      const bagian = SETWAN_BAGIAN.map(([nama, isi]) => [
        tambah({
          nama: 'Kepala Bagian ' + nama,
          unit_kerja: 'Bagian ' + nama,
          atasan: kepala.kode,
          ...struktural('ADMINISTRATOR', 'III.a', 11, 3),
        }),
        'Bagian ' + nama,
        isi,
      ]);
      const subbag = [];
      for (const [kabag, , isi] of bagian) {
        for (const s of isi.kasubbag ?? [])
          subbag.push([
            tambah({
              nama: 'Kepala Subbagian ' + s,
              unit_kerja: 'Subbagian ' + s,
              atasan: kabag.kode,
              ...struktural('PENGAWAS', 'IV.a', 9, 4),
            }),
            'Subbagian ' + s,
          ]);
      }
      for (const [kabag, unit, isi] of bagian)
        formasi(tambah, kabag, unit, formasiBawaan(r, isi, PELAKSANA_BIDANG, null), 'umum');
      for (const [kasubbag, unit] of subbag)
        formasi(tambah, kasubbag, unit, formasiBawaan(r, {}, PELAKSANA_SEKRETARIAT, null), 'umum');
      continue;
    }

    if (opd.jenis === 'KECAMATAN') {
      const nama = opd.nama.replace(/^Kecamatan /, '');
      const unit = opd.nama;
      const kepala = tambah({
        nama: 'Camat ' + nama,
        unit_kerja: unit,
        atasan: sekda.kode,
        ...struktural('ADMINISTRATOR', 'III.a', 12, 1),
        kepala_opd: true,
      });
      camat.set(opd.kode_opd, kepala);
      const sekcam = tambah({
        nama: 'Sekretaris Kecamatan ' + nama,
        unit_kerja: 'Sekretariat Kecamatan',
        atasan: kepala.kode,
        ...struktural('ADMINISTRATOR', 'III.b', 10, 3),
      });
      const seksi = SEKSI_KECAMATAN.map((s) => [
        tambah({
          nama: 'Kepala Seksi ' + s,
          unit_kerja: 'Seksi ' + s,
          atasan: kepala.kode,
          ...struktural('PENGAWAS', 'IV.a', 9, 4),
        }),
        'Seksi ' + s,
      ]);
      formasi(
        tambah,
        sekcam,
        'Sekretariat Kecamatan',
        {
          pelaksana: [
            ['Pengadministrasi Perkantoran', 2],
            ['Bendahara', 1],
            ['Pengelola Data Kepegawaian', 1],
          ],
        },
        'umum',
      );
      for (const [kasi, u] of seksi) formasi(tambah, kasi, u, formasiBawaan(r, {}, PELAKSANA_BIDANG, null), 'umum');
      continue;
    }

    const p = PROFIL[opd.singkatan] ?? {};
    const ilmu = p.ilmu ?? 'umum';
    const namaKepala = p.kepala ?? 'Kepala ' + opd.nama;
    const kepala = tambah({
      nama: namaKepala,
      unit_kerja: opd.nama,
      atasan: sekda.kode,
      ...struktural('JPT_PRATAMA', 'II.b', 14, 1),
      kepala_opd: true,
      ilmu,
      tag: p.tagKepala,
    });
    const unitSekretariat = p.unitSekretariat ?? 'Sekretariat';
    const sekretaris = tambah({
      nama: p.sekretaris ?? 'Sekretaris ' + opd.nama,
      unit_kerja: unitSekretariat,
      atasan: kepala.kode,
      ...struktural('ADMINISTRATOR', 'III.a', 11, 3),
      ilmu,
      tag: p.tagSekretaris,
    });
    const awalan = p.awalanBidang ?? 'Kepala Bidang';
    const unitAwalan = p.unitBidang ?? 'Bidang';
    const bidang = (p.bidang ?? []).map(([nama, isi]) => [
      tambah({
        nama: `${awalan} ${nama}`,
        unit_kerja: `${unitAwalan} ${nama}`,
        atasan: kepala.kode,
        ...struktural('ADMINISTRATOR', 'III.b', 11, 3),
        ilmu,
        tag: isi.tag,
      }),
      `${unitAwalan} ${nama}`,
      isi,
    ]);
    // Subbagian under the Sekretaris: given by the profile, else one or two (or none: the
    // Sekretaris then has the pelaksana himself).
    const subbag =
      p.subbag ??
      r.pilihBobot([
        [[], 1],
        [['Umum dan Kepegawaian'], 2],
        [['Umum dan Kepegawaian', 'Keuangan'], 2],
        [['Perencanaan dan Keuangan'], 1],
      ]);
    const kasubbag = subbag.map((s) => {
      const [nama, isi] = Array.isArray(s) ? s : [s, null];
      return [
        tambah({
          nama: 'Kepala Subbagian ' + nama,
          unit_kerja: 'Subbagian ' + nama,
          atasan: sekretaris.kode,
          ...struktural('PENGAWAS', 'IV.a', 9, 4),
          ilmu,
        }),
        'Subbagian ' + nama,
        isi,
      ];
    });
    if (p.sekretariat) formasi(tambah, sekretaris, unitSekretariat, p.sekretariat, ilmu);
    else if (!kasubbag.length)
      formasi(
        tambah,
        sekretaris,
        unitSekretariat,
        formasiBawaan(r, {}, PELAKSANA_SEKRETARIAT, JF_SEKRETARIAT, 0.7),
        ilmu,
      );
    else if (r.peluang(0.5)) formasi(tambah, sekretaris, unitSekretariat, { jf: [[r.pilih(JF_SEKRETARIAT), 1]] }, ilmu);
    for (const [ks, unit, isi] of kasubbag)
      formasi(tambah, ks, unit, isi ?? formasiBawaan(r, {}, PELAKSANA_SEKRETARIAT, null), ilmu);
    for (const [kb, unit, isi] of bidang) {
      const eksplisit = opd.singkatan === 'DISKOMINFO';
      formasi(tambah, kb, unit, eksplisit ? isi : formasiBawaan(r, isi, PELAKSANA_BIDANG, null), ilmu);
    }
  }

  // Kelurahan: a Lurah (Pengawas, below the Camat) and the kelurahan's pelaksana.
  for (const opd of opdList.filter((o) => o.jenis === 'KELURAHAN')) {
    const tambah = pembuat(opd);
    const lurah = tambah({
      nama: 'Lurah ' + opd.namaKelurahan,
      unit_kerja: opd.nama,
      atasan: camat.get(opd.induk).kode,
      ...struktural('PENGAWAS', 'IV.a', 9, 4),
      kepala_opd: true,
    });
    formasi(
      tambah,
      lurah,
      opd.nama,
      {
        pelaksana: [
          ['Pengadministrasi Umum', 2],
          ['Pengolah Data', 1],
          ['Pengelola Pemberdayaan Masyarakat', 1],
        ],
      },
      'umum',
    );
  }

  // Vacancies and Plt.
  const cari = (singkatan, nama) => {
    const opd = opdList.find((o) => o.singkatan === singkatan);
    const j = opd && perOpd.get(opd.kode_opd).find((x) => x.nama === nama);
    if (!j) throw new Error(`Jabatan "${nama}" di ${singkatan} tidak ditemukan pada pohon demo`);
    return j;
  };
  const lowong = LOWONG.map(([s, nama, plt, tag]) => ({
    jabatan: cari(s, nama),
    oleh: plt ? cari(plt[0], plt[1]) : null,
    tag,
  }));

  // Sanity: unique kode, atasan exists.
  const kode = new Set();
  for (const j of semua) {
    if (kode.has(j.kode)) throw new Error(`Kode jabatan ganda: ${j.kode}`);
    kode.add(j.kode);
  }
  for (const j of semua)
    if (j.atasan && !kode.has(j.atasan)) throw new Error(`Atasan ${j.atasan} dari ${j.kode} tidak ada`);
  return { jabatan: semua, perOpd, lowong };
}

/** Field of study implied by a JF name (falls back to the OPD's). */
function ilmuJf(nama, bawaan) {
  if (/Pranata Komputer|Administrator Database|Sandiman/.test(nama)) return 'komputer';
  if (/Statistisi/.test(nama)) return 'statistik';
  if (
    /Dokter|Perawat|Bidan|Apoteker|Nutrisionis|Sanitarian|Epidemiolog|Radiografer|Laboratorium|Perekam Medis|Penyuluh Kesehatan/.test(
      nama,
    )
  )
    return 'kesehatan';
  if (/Guru|Pengawas Sekolah|Pamong Belajar|Penilik|Widyaiswara|Instruktur/.test(nama)) return 'pendidikan';
  if (/Auditor|Keuangan|Penilai/.test(nama)) return 'ekonomi';
  if (/Perancang|Mediator|Polisi Pamong/.test(nama)) return 'hukum';
  if (/Teknik|Penata Ruang|Penata Kelola|Penguji Kendaraan/.test(nama)) return 'teknik';
  if (/Penyuluh Pertanian|Veteriner|Ketahanan Pangan/.test(nama)) return 'pertanian';
  if (/Lingkungan|Dampak/.test(nama)) return 'lingkungan';
  return bawaan;
}

module.exports = { daftarOpd, pohonJabatan, bacaCsv, jenisOpd, NILAI_KELAS, KELAS_JF, LOWONG };
