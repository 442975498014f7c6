'use strict';
/**
 * Wording of the demo rencana aksi and realisasi: hand-written actions of the named Diskominfo
 * accounts (per RHK, in the order of skp-teks.js TETAP), templates for the generated pegawai,
 * supporting/hindering factors, the penilai's feedback, evidence names and innovation ideas.
 */

/** One action: uraian, satuan, monthly target (number or 12 numbers), options {turun, rtp}. */
const a = (uraian, satuan, nilai, opsi = {}) => ({
  uraian,
  satuan,
  nilai,
  polaritas: opsi.turun ? 'TURUN' : 'NAIK',
  rtp: !!opsi.rtp,
});

/** Named accounts (key as skp-teks TETAP): one list of actions per RHK, in RHK order. Every month has a target. */
// prettier-ignore
const TETAP = {
  '197001012000031001': [
    [a('Memimpin rapat koordinasi Tim Koordinasi SPBE Kota Madiun', 'kali', 1),
     a('Mengendalikan integrasi layanan perangkat daerah ke super app Sapa Madiun', 'layanan', [1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 2]),
     a('Menetapkan langkah perbaikan atas hasil pemantauan ketersediaan aplikasi layanan publik', 'dokumen', 1, { rtp: true })],
    [a('Memimpin penyampaian informasi kebijakan Pemerintah Kota melalui konferensi pers dan siaran radio', 'kali', 2),
     a('Mengevaluasi pelayanan informasi publik PPID Pelaksana perangkat daerah', 'laporan', 1)],
    [a('Mengendalikan pemutakhiran dataset sektoral perangkat daerah di Portal Satu Data', 'dataset', 10),
     a('Menetapkan tindak lanjut hasil pemantauan keamanan siber oleh tim CSIRT Kota Madiun', 'laporan', 1, { rtp: true })],
  ],
  '197502022001032002': [
    [a('Memverifikasi dokumen pertanggungjawaban keuangan (SPJ) Dinas Komunikasi dan Informatika', 'dokumen', 40),
     a('Menyusun laporan realisasi anggaran bulanan', 'laporan', 1, { rtp: true }),
     a('Memproses usulan layanan kepegawaian pegawai Diskominfo', 'usulan', 5)],
    [a('Mengoordinasikan penyusunan dokumen perencanaan dan laporan kinerja bidang', 'dokumen', 1),
     a('Memantau capaian rencana aksi seluruh bidang melalui M-SKP', 'laporan', 1)],
    [a('Menghimpun bahan profil dan standar pelayanan dari setiap bidang', 'berkas', 2),
     a('Menyelenggarakan rapat pembahasan standar pelayanan', 'kali', 1)],
  ],
  '198003032005011003': [
    [a('Mengintegrasikan aplikasi layanan perangkat daerah ke super app Sapa Madiun', 'aplikasi', 1),
     a('Memantau ketersediaan (uptime) aplikasi layanan publik', 'persen', 99, { rtp: true }),
     a('Melaksanakan sosialisasi Sapa Madiun kepada warga di kelurahan', 'kali', 2)],
    [a('Memutakhirkan dokumen arsitektur dan peta rencana SPBE Kota Madiun', 'dokumen', 1),
     a('Menghimpun bukti dukung indikator evaluasi SPBE dari perangkat daerah', 'indikator', 4, { rtp: true })],
    [a('Menyelenggarakan bimbingan teknis pengelola aplikasi perangkat daerah', 'orang', 3),
     a('Memberikan pendampingan teknis (klinik aplikasi) kepada perangkat daerah', 'perangkat daerah', 2)],
  ],
  '199004042015031004': [
    [a('Memantau ketersediaan jaringan intra pemerintah melalui dasbor pemantauan jaringan', 'persen', 98),
     a('Memulihkan gangguan jaringan perangkat daerah dalam waktu rata-rata paling lama 4 jam', 'jam', 4, { turun: true, rtp: true }),
     a('Melaksanakan pemeliharaan perangkat server dan jaringan pusat data', 'kali', 4)],
    [a('Menyiapkan server dan lingkungan integrasi aplikasi di pusat data daerah', 'aplikasi', 1),
     a('Melakukan pencadangan (backup) basis data aplikasi yang terintegrasi', 'kali', 4)],
    [a('Memeriksa dan memperbaiki jaringan internet kantor kecamatan', 'lokasi', 1),
     a('Menyusun laporan pendampingan teknis jaringan kecamatan', 'laporan', 1)],
  ],
  '199105052019032005': [
    [a('Menganalisis kebutuhan dan merancang modul aplikasi layanan publik', 'dokumen', 1),
     a('Membangun dan menguji modul aplikasi layanan publik', 'modul', 1),
     a('Memperbaiki cacat kritis hasil pengujian sebelum rilis', 'persen', 100, { rtp: true })],
    [a('Memelihara dan mengoptimalkan basis data aplikasi perangkat daerah', 'basis data', 10),
     a('Melakukan uji pemulihan cadangan basis data', 'kali', 1)],
  ],
  '198506062010011006': [
    [a('Memverifikasi dan memublikasikan dataset sektoral di Portal Satu Data Kota Madiun', 'dataset', 10),
     a('Memantau ketepatan waktu penyampaian data sektoral perangkat daerah', 'persen', 90, { rtp: true }),
     a('Membina walidata pendukung perangkat daerah', 'perangkat daerah', 3)],
    [a('Mengompilasi tabel data untuk publikasi statistik sektoral', 'tabel', 20),
     a('Menyusun naskah publikasi statistik sektoral', 'bab', 1)],
  ],
  PLT_PERSANDIAN: [
    [a('Mengoordinasikan penerapan sertifikat elektronik di perangkat daerah', 'perangkat daerah', 3),
     a('Menangani insiden keamanan informasi yang dilaporkan perangkat daerah', 'persen', 100, { rtp: true })],
    [a('Melaksanakan penilaian mandiri indeks KAMI bersama perangkat daerah', 'perangkat daerah', 1),
     a('Menyusun rekomendasi perbaikan hasil penilaian indeks KAMI', 'dokumen', 1)],
  ],
  '199207072020122007': [
    [a('Memverifikasi permohonan dan menerbitkan sertifikat elektronik aparatur', 'sertifikat', 30),
     a('Memperbarui sertifikat elektronik yang akan habis masa berlakunya', 'sertifikat', 5)],
    [a('Memantau log keamanan aplikasi pemerintah daerah dan menyusun laporan', 'laporan', 1, { rtp: true }),
     a('Menindaklanjuti laporan kerentanan aplikasi paling lama 2 hari', 'hari', 2, { turun: true })],
  ],
};

const TW = [3, 6, 9, 12];
const SEMUA = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * Templates of the generated pegawai. Each gives {uraian, satuan, nilai, bulan?, polaritas?,
 * triwulan?}: `nilai` per month (a number, or a function of the month), `bulan` the months with a
 * target (default every month), `triwulan` true = a quarterly action of a JPT plan.
 */
// prettier-ignore
const JPT = {
  akuntabilitas: (k) => [
    { uraian: `Memimpin evaluasi capaian kinerja triwulanan ${k.s}`, satuan: 'laporan', nilai: 1, triwulan: true },
    { uraian: 'Menetapkan rencana tindak lanjut rekomendasi hasil evaluasi SAKIP', satuan: 'dokumen', nilai: 1, triwulan: true },
    { uraian: `Mengendalikan penyusunan perjanjian kinerja dan laporan kinerja ${k.s}`, satuan: 'dokumen', nilai: 1 },
  ],
  anggaran: (k) => [
    { uraian: `Mengendalikan realisasi anggaran ${k.s} sesuai rencana penarikan dana`, satuan: 'persen', nilai: (m) => [20, 45, 70, 95][Math.ceil(m / 3) - 1], triwulan: true },
    { uraian: 'Memimpin rapat pengendalian kegiatan dan anggaran', satuan: 'kali', nilai: 1 },
    { uraian: 'Menindaklanjuti rekomendasi hasil pemeriksaan BPK dan Inspektorat', satuan: 'rekomendasi', nilai: 2, triwulan: true },
  ],
  pelayanan: (k) => [
    { uraian: `Memantau penyelesaian layanan ${k.s} sesuai standar pelayanan`, satuan: 'persen', nilai: 95 },
    { uraian: 'Menyelenggarakan survei kepuasan masyarakat', satuan: 'survei', nilai: 1, triwulan: true },
    { uraian: 'Memastikan tindak lanjut pengaduan masyarakat dari kanal pengaduan Pemerintah Kota', satuan: 'persen', nilai: 100 },
  ],
  urusan: (k) => [
    { uraian: `Mengoordinasikan pelaksanaan program prioritas urusan ${k.u}`, satuan: 'kegiatan', nilai: 2 },
    { uraian: 'Melaporkan capaian indikator kinerja utama kepada Wali Kota', satuan: 'laporan', nilai: 1, triwulan: true },
    { uraian: `Memimpin pembinaan dan pengawasan pelaksanaan tugas bidang pada ${k.s}`, satuan: 'kali', nilai: 1 },
  ],
};

/** Administrator/Pengawas: `g` = the activity of the RHK ("pengelolaan keuangan dan aset"). */
// prettier-ignore
const STRUKTURAL = [
  (k) => ({ uraian: `Menyusun rencana kerja ${k.g}`, satuan: 'dokumen', nilai: 1, bulan: [1, 7] }),
  (k) => ({ uraian: `Membagi tugas dan mengendalikan pekerjaan pelaksana dalam ${k.g}`, satuan: 'kegiatan', nilai: k.r.bulat(2, 4) }),
  (k) => ({ uraian: `Memantau dan mengevaluasi pelaksanaan ${k.g}`, satuan: 'laporan', nilai: 1 }),
  (k) => ({ uraian: `Menyusun laporan triwulan ${k.g}`, satuan: 'laporan', nilai: 1, bulan: TW }),
  (k) => ({ uraian: `Membina dan memberi arahan kepada pelaksana dalam ${k.g}`, satuan: 'kali', nilai: 2 }),
  (k) => ({ uraian: `Menindaklanjuti hasil pemantauan ${k.g}`, satuan: 'persen', nilai: 100 }),
];

/** Pelaksana/JF: `dok` = the object of the RHK's first IKI ("naskah dinas"), `sat` its unit, `n` its yearly target. */
// prettier-ignore
const PELAKSANA = [
  (k) => ({ uraian: `Menerima dan mencatat ${k.dok} yang masuk`, satuan: k.sat, nilai: (m) => bagi(k.n, m, 0) }),
  (k) => ({ uraian: `Memverifikasi kelengkapan ${k.dok}`, satuan: k.sat, nilai: (m) => bagi(k.n, m, 1) }),
  (k) => ({ uraian: `Menginput ${k.dok} ke dalam aplikasi dan memutakhirkan statusnya`, satuan: k.sat, nilai: (m) => bagi(k.n, m, 2) }),
  (k) => ({ uraian: `Menyusun rekapitulasi bulanan ${k.dok}`, satuan: 'laporan', nilai: 1 }),
  (k) => ({ uraian: `Mengarsipkan ${k.dok} yang telah selesai diproses`, satuan: 'berkas', nilai: (m) => Math.max(1, Math.round(bagi(k.n, m, 3) * 0.8)) }),
];
/** The waktu IKI of a pelaksana RHK (TURUN): one action with that deadline. */
const PELAKSANA_WAKTU = (k) => ({
  uraian: `Menyelesaikan ${k.dok} paling lama ${k.t} hari kerja sejak diterima`,
  satuan: 'hari kerja',
  nilai: k.t,
  polaritas: 'TURUN',
});

// prettier-ignore
const TAMBAHAN = [
  (k) => ({ uraian: 'Menghadiri rapat dan kegiatan penugasan tambahan', satuan: 'kali', nilai: k.r.bulat(1, 2), bulan: k.bulan }),
  (k) => ({ uraian: 'Menyusun laporan pelaksanaan penugasan tambahan', satuan: 'laporan', nilai: 1, bulan: k.bulan }),
  (k) => ({ uraian: 'Menyiapkan bahan dan dokumentasi kegiatan penugasan tambahan', satuan: 'berkas', nilai: k.r.bulat(1, 3), bulan: k.bulan }),
];

/** A yearly count spread over 12 months (busier in the middle of the year), at least 1. */
function bagi(n, m, geser) {
  const pola = [0.7, 0.9, 1, 1, 1.1, 1, 1, 1.1, 1.1, 1.1, 1, 0.9];
  return Math.max(1, Math.round((n / 12) * pola[(m - 1 + geser) % 12]));
}

// prettier-ignore
const PENUNJANG = [
  'Koordinasi yang baik dengan rekan kerja dan atasan langsung.',
  'Aplikasi dan jaringan berjalan stabil selama bulan berjalan.',
  'Data pendukung diterima tepat waktu dari unit terkait.',
  'Arahan pimpinan jelas sehingga pekerjaan selesai sesuai jadwal.',
  'Sarana kerja dan anggaran kegiatan tersedia memadai.',
  'Pembagian tugas dalam tim sudah jelas.',
  'Dukungan aktif dari perangkat daerah mitra.',
  'Format laporan sudah baku sehingga penyusunan lebih cepat.',
];
// prettier-ignore
const PENGHAMBAT = [
  'Sebagian data dari perangkat daerah terlambat diterima.',
  'Gangguan jaringan beberapa hari sehingga input tertunda.',
  'Bertepatan dengan cuti bersama dan hari libur nasional.',
  'Terlibat kegiatan lain yang mendesak atas perintah pimpinan.',
  'Masih menunggu persetujuan dan tanda tangan pimpinan.',
  'Jadwal kegiatan diubah oleh pihak penyelenggara.',
  'Jumlah permohonan yang masuk lebih sedikit dari perkiraan.',
];
const TANPA_KENDALA = 'Tidak ada kendala berarti.';

// prettier-ignore
const UMPAN_BALIK = {
  tercapai: [
    'Capaian sesuai target. Pertahankan.',
    'Sudah baik, bukti dukung lengkap.',
    'Hasil kerja bulan ini sesuai rencana, terima kasih.',
    'Bagus, lanjutkan dan jaga kualitas dokumentasinya.',
  ],
  hampir: [
    'Cukup baik; kejar kekurangan target pada bulan berikutnya.',
    'Mohon bukti dukung dilengkapi dengan notulen atau daftar hadir.',
    'Sedikit di bawah target, tetap jaga ritme kerja.',
  ],
  kurang: [
    'Capaian masih di bawah target. Mohon susun langkah percepatan dan laporkan kendalanya.',
    'Perlu koordinasi lebih intensif; kita bahas pada rapat bidang.',
    'Target bulan ini belum tercapai; mohon jelaskan kendalanya secara rinci.',
  ],
};

const JENIS_BUKTI = [
  'Laporan',
  'Notulen rapat',
  'Dokumentasi kegiatan',
  'Rekap data',
  'Tangkapan layar aplikasi',
  'Daftar hadir',
];

// prettier-ignore
const INOVASI = [
  (s) => ({ judul: `Layanan antar-jemput dokumen ${s}`, deskripsi: 'Warga mengajukan permohonan secara daring dan dokumen hasil layanan diantar ke alamat pemohon.', tahap: 'UJI_COBA', manfaat: 'Warga tidak perlu datang ke kantor; waktu layanan lebih singkat.' }),
  (s) => ({ judul: `Dasbor kinerja ${s}`, deskripsi: 'Dasbor daring yang menampilkan capaian indikator dan realisasi anggaran setiap bulan bagi pimpinan.', tahap: 'PENERAPAN', manfaat: 'Pimpinan memantau kinerja secara langsung dan cepat mengambil keputusan.' }),
  (s) => ({ judul: `Pojok konsultasi ${s}`, deskripsi: 'Meja konsultasi terjadwal dan kanal pesan singkat untuk pertanyaan masyarakat.', tahap: 'PENERAPAN', manfaat: 'Pertanyaan masyarakat terjawab pada hari yang sama.' }),
  (s) => ({ judul: `Arsip digital ${s}`, deskripsi: 'Alih media arsip kertas ke arsip digital yang dapat dicari.', tahap: 'UJI_COBA', manfaat: 'Penelusuran arsip lebih cepat dan ruang arsip berkurang.' }),
  (s) => ({ judul: `Jemput bola layanan ${s} di kelurahan`, deskripsi: 'Petugas membuka layanan keliling terjadwal di kantor kelurahan.', tahap: 'PENERAPAN', manfaat: 'Layanan lebih dekat dengan warga.' }),
];

const NAMA_BULAN = [
  '',
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

module.exports = {
  TETAP,
  JPT,
  STRUKTURAL,
  PELAKSANA,
  PELAKSANA_WAKTU,
  TAMBAHAN,
  PENUNJANG,
  PENGHAMBAT,
  TANPA_KENDALA,
  UMPAN_BALIK,
  JENIS_BUKTI,
  INOVASI,
  NAMA_BULAN,
  SEMUA,
  TW,
};
