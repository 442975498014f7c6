'use strict';
/**
 * Indonesian (mostly Javanese, as in Madiun) given names, family-style second names and academic
 * titles (gelar) for the generated pegawai.
 */

// prettier-ignore
const DEPAN_L = [
  'Agus', 'Ahmad', 'Andi', 'Anton', 'Ari', 'Arif', 'Bagus', 'Bambang', 'Bayu', 'Budi', 'Danang', 'Dedi', 'Didik',
  'Dimas', 'Dwi', 'Edi', 'Eko', 'Fajar', 'Fery', 'Galih', 'Gunawan', 'Hadi', 'Hari', 'Hendra', 'Heru', 'Ilham', 'Imam',
  'Indra', 'Irfan', 'Joko', 'Kukuh', 'Lukman', 'Mochamad', 'Muhammad', 'Nanang', 'Nur', 'Puguh', 'Rahmat', 'Rizky',
  'Rudi', 'Sigit', 'Slamet', 'Sugeng', 'Suharto', 'Sutrisno', 'Taufik', 'Teguh', 'Tri', 'Wahyu', 'Wawan', 'Yoga',
  'Yudi', 'Yusuf', 'Zainal', 'Aditya', 'Bima', 'Catur', 'Dony', 'Erwin', 'Firman', 'Haris', 'Krisna',
];

// prettier-ignore
const DEPAN_P = [
  'Ani', 'Anik', 'Anisa', 'Ayu', 'Citra', 'Desi', 'Dewi', 'Diah', 'Dian', 'Dyah', 'Eka', 'Endah', 'Endang', 'Erna',
  'Evi', 'Fitri', 'Heni', 'Ika', 'Indah', 'Intan', 'Kartika', 'Lilik', 'Lina', 'Lusi', 'Maya', 'Mega', 'Nanik', 'Nia',
  'Novi', 'Nurul', 'Puji', 'Putri', 'Ratna', 'Retno', 'Rina', 'Rini', 'Riska', 'Sari', 'Siti', 'Sri', 'Susi', 'Tatik',
  'Titik', 'Tri', 'Tutik', 'Umi', 'Wahyu', 'Wiwik', 'Wulan', 'Yeni', 'Yuli', 'Yuni', 'Anggi', 'Dwi', 'Elok', 'Galuh',
  'Hesti', 'Laras', 'Niken', 'Okta',
];

// prettier-ignore
const BELAKANG_L = [
  'Santoso', 'Wibowo', 'Susanto', 'Prasetyo', 'Hidayat', 'Nugroho', 'Setiawan', 'Kurniawan', 'Saputra', 'Wijaya',
  'Purnomo', 'Hartono', 'Suryadi', 'Hakim', 'Firmansyah', 'Ramadhan', 'Hermawan', 'Budiman', 'Iskandar', 'Sudarsono',
  'Sugiarto', 'Mulyono', 'Haryanto', 'Sutanto', 'Widodo', 'Darmawan', 'Priyanto', 'Kusuma', 'Pamungkas', 'Ardiansyah',
  'Maulana', 'Mahendra', 'Prabowo', 'Wicaksono', 'Utomo', 'Cahyono', 'Riyanto', 'Subagyo', 'Syaifudin', 'Anwar',
];

// prettier-ignore
const BELAKANG_P = [
  'Rahmawati', 'Lestari', 'Wahyuni', 'Handayani', 'Susanti', 'Puspitasari', 'Kusumawati', 'Utami', 'Fitriani',
  'Anggraini', 'Pratiwi', 'Safitri', 'Permatasari', 'Wulandari', 'Setyaningsih', 'Ningsih', 'Rahayu', 'Kurniasari',
  'Maharani', 'Novitasari', 'Purwaningsih', 'Sulistyowati', 'Widyastuti', 'Hapsari', 'Astuti', 'Yuliana', 'Damayanti',
  'Indriani', 'Mariana', 'Oktaviani',
];

/** A full name (without titles) for sex 'L' or 'P'. */
function buatNama(r, jk) {
  const depan = r.pilih(jk === 'L' ? DEPAN_L : DEPAN_P);
  const belakang = r.pilih(jk === 'L' ? BELAKANG_L : BELAKANG_P);
  const pola = r.angka();
  if (pola < 0.08) {
    const tengah = r.pilih(jk === 'L' ? DEPAN_L : DEPAN_P);
    if (tengah !== depan) return `${depan} ${tengah} ${belakang}`;
  } else if (pola < 0.14) {
    return jk === 'L' ? r.pilih(['Muhammad', 'Ahmad', 'Mochamad']) + ' ' + belakang : 'Siti ' + belakang;
  } else if (pola < 0.18) {
    return belakang; // single-word Javanese name
  }
  return depan + ' ' + belakang;
}

/** Field of study per kind of work: decides which degree letters a pegawai has. */
const GELAR = {
  S1: {
    umum: ['S.Sos.', 'S.AP.', 'S.IP.', 'S.E.'],
    komputer: ['S.Kom.', 'S.T.'],
    ekonomi: ['S.E.', 'S.Ak.'],
    hukum: ['S.H.'],
    teknik: ['S.T.'],
    kesehatan: ['S.KM.', 'S.Kep.', 'S.Farm.'],
    pendidikan: ['S.Pd.'],
    pertanian: ['S.P.', 'S.Pt.'],
    statistik: ['S.Si.', 'S.Stat.'],
    lingkungan: ['S.T.', 'S.Si.'],
  },
  S2: {
    umum: ['M.Si.', 'M.AP.', 'M.M.'],
    komputer: ['M.T.', 'M.Kom.'],
    ekonomi: ['M.M.', 'M.Ak.', 'M.Si.'],
    hukum: ['M.H.'],
    teknik: ['M.T.'],
    kesehatan: ['M.Kes.', 'M.KM.'],
    pendidikan: ['M.Pd.'],
    pertanian: ['M.P.', 'M.Si.'],
    statistik: ['M.Si.', 'M.Stat.'],
    lingkungan: ['M.T.', 'M.Si.'],
  },
  D3: {
    umum: ['A.Md.'],
    komputer: ['A.Md.Kom.', 'A.Md.T.'],
    ekonomi: ['A.Md.Ak.', 'A.Md.'],
    hukum: ['A.Md.'],
    teknik: ['A.Md.T.'],
    kesehatan: ['A.Md.Kep.', 'A.Md.Keb.', 'A.Md.Farm.'],
    pendidikan: ['A.Md.'],
    pertanian: ['A.Md.P.'],
    statistik: ['A.Md.'],
    lingkungan: ['A.Md.T.'],
  },
};

/**
 * Titles for an education level (SMA, D3, S1, S2, S3) and field. Older social-science graduates
 * carry the pre-1993 "Drs."/"Dra." instead of an S1 suffix.
 */
function buatGelar(r, { pendidikan, bidang = 'umum', jk, tahunLahir }) {
  const b = GELAR.S1[bidang] ? bidang : 'umum';
  if (pendidikan === 'SMA') return { gelar_depan: null, gelar_belakang: null };
  if (pendidikan === 'D3') return { gelar_depan: null, gelar_belakang: r.pilih(GELAR.D3[b]) };
  const drs = tahunLahir < 1971 && (b === 'umum' || b === 'ekonomi') && r.peluang(0.6);
  const s1 = drs ? null : r.pilih(GELAR.S1[b]);
  const depan = drs ? (jk === 'L' ? 'Drs.' : 'Dra.') : null;
  if (pendidikan === 'S1') return { gelar_depan: depan, gelar_belakang: s1 };
  const s2 = r.pilih(GELAR.S2[b]);
  const belakang = [s1, s2].filter(Boolean).join(', ');
  if (pendidikan === 'S3') return { gelar_depan: depan ? 'Dr. ' + depan : 'Dr.', gelar_belakang: belakang };
  return { gelar_depan: depan, gelar_belakang: belakang };
}

module.exports = { DEPAN_L, DEPAN_P, BELAKANG_L, BELAKANG_P, buatNama, buatGelar, GELAR };
