'use strict';
/**
 * Wording of the demo SKP: hand-written plans of the named Diskominfo accounts, templates for the
 * generated pegawai, ekspektasi pimpinan per BerAKHLAK value and notes of rejection.
 */

const PERSPEKTIF = ['PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN'];
const KODE_BERAKHLAK = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
];

const i = (uraian, aspek, target, satuan, polaritas = 'NAIK') => ({ uraian, aspek, target, satuan, polaritas });

/** The named accounts of api.md (key: NIP, or PLT_PERSANDIAN for Kabid Statistik's Plt SKP). atasanKe: index of the penilai's RHK UTAMA. */
// prettier-ignore
const TETAP = {
  // Kepala Dinas (JPT): perspektif, no RHK atasan; the SPBE index appears twice (case/spacing/punctuation) → second hidden.
  '197001012000031001': [
    { jenis: 'UTAMA', perspektif: 'PENERIMA_LAYANAN', prioritas: true, uraian: 'Meningkatnya kualitas layanan aplikasi pemerintahan berbasis elektronik', iki: [
      i('Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE) Kota Madiun', 'KUALITAS', '3,5', 'indeks'),
      i('Persentase layanan publik yang terintegrasi secara elektronik', 'KUANTITAS', '80-85', 'persen') ] },
    { jenis: 'UTAMA', perspektif: 'PROSES_BISNIS', perintahWalikota: true, uraian: 'Meningkatnya keterbukaan informasi publik dan komunikasi pemerintah daerah', iki: [
      i('Nilai keterbukaan informasi publik dari Komisi Informasi Provinsi Jawa Timur', 'KUALITAS', '85', 'nilai'),
      i('indeks sistem pemerintahan berbasis elektronik  (SPBE) kota Madiun.', 'KUALITAS', '3,5', 'indeks') ] },
    { jenis: 'UTAMA', perspektif: 'PENGUATAN_INTERNAL', prioritas: true, uraian: 'Meningkatnya ketersediaan data statistik sektoral dan keamanan informasi pemerintah daerah', iki: [
      i('Persentase perangkat daerah yang menerapkan prinsip Satu Data Indonesia', 'KUANTITAS', '100', 'persen'),
      i('Jumlah insiden keamanan siber yang tidak tertangani', 'KUALITAS', '2', 'insiden', 'TURUN') ] },
  ],
  '197502022001032002': [
    { jenis: 'UTAMA', atasanKe: 2, uraian: 'Terwujudnya tata kelola kesekretariatan, keuangan, dan kepegawaian Dinas Komunikasi dan Informatika yang akuntabel', iki: [
      i('Nilai evaluasi SAKIP Dinas Komunikasi dan Informatika', 'KUALITAS', '75', 'nilai'),
      i('Persentase laporan keuangan yang disampaikan tepat waktu', 'WAKTU', '100', 'persen') ] },
    { jenis: 'UTAMA', atasanKe: 1, uraian: 'Tersedianya dokumen perencanaan dan pelaporan kinerja Diskominfo yang berkualitas', iki: [
      i('Jumlah dokumen perencanaan dan laporan kinerja yang tersusun', 'KUANTITAS', '6', 'dokumen') ] },
    { jenis: 'TAMBAHAN', uraian: 'Terlaksananya koordinasi penyusunan profil dan standar pelayanan Diskominfo', iki: [
      i('Jumlah dokumen profil dan standar pelayanan yang ditetapkan', 'KUANTITAS', '2', 'dokumen') ] },
  ],
  '198003032005011003': [
    { jenis: 'UTAMA', atasanKe: 0, prioritas: true, uraian: 'Meningkatnya pemanfaatan aplikasi layanan publik dan administrasi pemerintahan yang terintegrasi',
      inovasi: { judul: 'Sapa Madiun — super app layanan publik Kota Madiun', deskripsi: 'Satu aplikasi dan satu akun bagi warga untuk layanan kependudukan, perizinan, pengaduan, dan informasi publik, terhubung dengan aplikasi perangkat daerah melalui gerbang API.', tahap: 'UJI_COBA', manfaat: 'Warga tidak perlu memasang banyak aplikasi; data layanan tercatat terpadu.' }, iki: [
      i('Jumlah aplikasi layanan publik yang terintegrasi dengan super app', 'KUANTITAS', '12-15', 'aplikasi'),
      i('Persentase ketersediaan (uptime) layanan aplikasi pemerintahan', 'KUALITAS', '99', 'persen') ] },
    { jenis: 'UTAMA', atasanKe: 0, uraian: 'Meningkatnya kualitas tata kelola SPBE Kota Madiun', iki: [
      i('Jumlah domain SPBE yang dievaluasi secara mandiri', 'KUANTITAS', '4', 'domain') ] },
    { jenis: 'UTAMA', atasanKe: 0, uraian: 'Terlaksananya pembinaan pengelola aplikasi perangkat daerah', iki: [
      i('Jumlah pengelola aplikasi perangkat daerah yang dibina', 'KUANTITAS', '30', 'orang') ] },
  ],
  '199004042015031004': [
    { jenis: 'UTAMA', atasanKe: 0, uraian: 'Terkelolanya infrastruktur jaringan dan server aplikasi pemerintahan yang andal', iki: [
      i('Persentase ketersediaan jaringan intra pemerintah', 'KUALITAS', '98-99', 'persen'),
      i('Waktu rata-rata pemulihan gangguan jaringan', 'WAKTU', '4', 'jam', 'TURUN') ] },
    { jenis: 'UTAMA', atasanKe: 1, uraian: 'Terlaksananya dukungan teknis integrasi aplikasi layanan publik ke pusat data daerah', iki: [
      i('Jumlah aplikasi yang diintegrasikan ke pusat data daerah', 'KUANTITAS', '6', 'aplikasi') ] },
    { jenis: 'TAMBAHAN', uraian: 'Terlaksananya pendampingan teknis jaringan internet di kantor kecamatan', iki: [
      i('Jumlah kecamatan yang didampingi', 'KUANTITAS', '3', 'kecamatan') ] },
  ],
  '199105052019032005': [
    { jenis: 'UTAMA', atasanKe: 0, uraian: 'Tersusunnya rancangan dan pengembangan modul aplikasi layanan publik', iki: [
      i('Jumlah modul aplikasi yang selesai dikembangkan', 'KUANTITAS', '8', 'modul'),
      i('Persentase cacat kritis yang diperbaiki sebelum rilis', 'KUALITAS', '100', 'persen') ] },
    { jenis: 'UTAMA', atasanKe: 2, uraian: 'Terlaksananya pemeliharaan basis data aplikasi perangkat daerah', iki: [
      i('Jumlah basis data aplikasi yang dipelihara', 'KUANTITAS', '10-12', 'basis data') ] },
  ],
  '198506062010011006': [
    { jenis: 'UTAMA', atasanKe: 2, prioritas: true, uraian: 'Meningkatnya ketersediaan data statistik sektoral yang mutakhir dan berkualitas', iki: [
      i('Jumlah dataset statistik sektoral yang dipublikasikan di Portal Satu Data Kota Madiun', 'KUANTITAS', '120', 'dataset'),
      i('Persentase perangkat daerah yang menyampaikan data sektoral tepat waktu', 'WAKTU', '90', 'persen') ] },
    { jenis: 'UTAMA', atasanKe: 2, uraian: 'Tersusunnya publikasi statistik sektoral Kota Madiun', iki: [
      i('Jumlah publikasi statistik sektoral yang diterbitkan', 'KUANTITAS', '2', 'publikasi') ] },
  ],
  PLT_PERSANDIAN: [
    { jenis: 'UTAMA', atasanKe: 2, uraian: 'Meningkatnya keamanan informasi dan persandian pemerintah daerah', iki: [
      i('Jumlah perangkat daerah yang menerapkan sertifikat elektronik', 'KUANTITAS', '29', 'perangkat daerah'),
      i('Persentase insiden keamanan informasi yang ditangani', 'KUALITAS', '100', 'persen') ] },
    { jenis: 'UTAMA', atasanKe: 2, uraian: 'Terlaksananya penilaian indeks keamanan informasi (KAMI) perangkat daerah', iki: [
      i('Jumlah perangkat daerah yang dinilai dengan indeks KAMI', 'KUANTITAS', '10', 'perangkat daerah') ] },
  ],
  '199207072020122007': [
    { jenis: 'UTAMA', atasanKe: 0, uraian: 'Terkelolanya sertifikat elektronik aparatur pemerintah daerah', iki: [
      i('Jumlah sertifikat elektronik yang diterbitkan dan diperbarui', 'KUANTITAS', '350-400', 'sertifikat') ] },
    { jenis: 'UTAMA', atasanKe: 1, uraian: 'Terlaksananya pemantauan keamanan informasi aplikasi pemerintah daerah', iki: [
      i('Jumlah laporan pemantauan keamanan informasi', 'KUANTITAS', '12', 'laporan'),
      i('Waktu tindak lanjut laporan kerentanan aplikasi', 'WAKTU', '2', 'hari', 'TURUN') ] },
  ],
};

/** The field of an OPD in words: "Dinas Kesehatan" → "kesehatan". */
function urusan(opd) {
  const n = (opd?.nama ?? 'perangkat daerah').replace(/^(Dinas|Badan|Kantor|Satuan)\s+/i, '');
  return n.charAt(0).toLowerCase() + n.slice(1);
}

const SASARAN_JPT = [
  (u, s) => ({
    uraian: `Meningkatnya kualitas penyelenggaraan urusan ${u}`,
    iki: [
      i(`Indeks kepuasan masyarakat terhadap layanan ${s}`, 'KUALITAS', '82-85', 'indeks'),
      i(`Persentase capaian indikator kinerja utama ${s}`, 'KUANTITAS', '90', 'persen'),
    ],
  }),
  (u, s) => ({
    uraian: `Meningkatnya akuntabilitas kinerja dan tata kelola ${s}`,
    iki: [i(`Nilai evaluasi SAKIP ${s}`, 'KUALITAS', '72', 'nilai')],
  }),
  (u, s) => ({
    uraian: `Meningkatnya efektivitas pengelolaan anggaran ${s}`,
    iki: [
      i(`Persentase realisasi anggaran ${s}`, 'BIAYA', '95', 'persen'),
      i(`Jumlah temuan pemeriksaan keuangan ${s} yang belum ditindaklanjuti`, 'KUALITAS', '0', 'temuan', 'TURUN'),
    ],
  }),
  (u, s) => ({
    uraian: `Meningkatnya kualitas pelayanan publik bidang ${u}`,
    iki: [i(`Persentase layanan ${s} yang diselesaikan sesuai standar pelayanan`, 'WAKTU', '95-100', 'persen')],
  }),
];

const KEGIATAN_ADM = [
  'perencanaan, evaluasi, dan pelaporan program',
  'administrasi umum dan kepegawaian',
  'pelayanan teknis kepada masyarakat',
  'pembinaan dan pengawasan kegiatan',
  'pengelolaan keuangan dan aset',
  'koordinasi dan fasilitasi program prioritas',
  'pengendalian mutu layanan',
];
const OBJEK_PELAKSANA = [
  ['administrasi persuratan dan kearsipan', 'naskah dinas', 'naskah'],
  ['data kepegawaian', 'data kepegawaian', 'data'],
  ['barang milik daerah', 'catatan barang milik daerah', 'catatan'],
  ['dokumen pelaksanaan anggaran', 'dokumen anggaran', 'dokumen'],
  ['data pelayanan masyarakat', 'permohonan layanan', 'permohonan'],
  ['laporan kegiatan bidang', 'laporan kegiatan', 'laporan'],
  ['pengaduan masyarakat', 'pengaduan', 'pengaduan'],
  ['bahan rapat dan koordinasi', 'bahan rapat', 'berkas'],
  ['data program dan kegiatan', 'data kegiatan', 'data'],
  ['dokumen pertanggungjawaban keuangan', 'dokumen SPJ', 'dokumen'],
];
const KATA_KERJA_PELAKSANA = [
  'Terkelolanya',
  'Tersusunnya',
  'Terverifikasinya',
  'Terlaksananya pengolahan',
  'Tertibnya',
];

/** RHK with IKI for one SKP (named accounts: their hand-written plan). */
function rhkUntuk(k, jenis, r) {
  if (k.tetap) return TETAP[k.tetap] ?? [];
  const u = urusan(k.opd);
  const s = k.opd?.singkatan || k.opd?.nama || 'perangkat daerah';
  const unit = k.unit || s;
  const hasil = [];
  if (jenis === 'JPT') {
    const pilih = r.kocok(SASARAN_JPT).slice(0, r.bulat(2, 3));
    pilih.forEach((f, n) =>
      hasil.push({ jenis: 'UTAMA', perspektif: PERSPEKTIF[n], prioritas: n === 0 && r.peluang(0.5), ...f(u, s) }),
    );
  } else if (k.j.tingkat != null) {
    const pilih = r.kocok(KEGIATAN_ADM).slice(0, r.bulat(2, 3));
    pilih.forEach((g) =>
      hasil.push({
        jenis: 'UTAMA',
        prioritas: r.peluang(0.15),
        uraian: `Meningkatnya kualitas ${g} pada ${unit}`,
        iki: [
          i(
            `Persentase ${g} yang terlaksana sesuai rencana`,
            'KUANTITAS',
            r.pilih(['90', '95', '100', '90-95']),
            'persen',
          ),
          ...(r.peluang(0.5)
            ? [i(`Jumlah laporan ${g} yang disampaikan tepat waktu`, 'WAKTU', String(r.pilih([4, 6, 12])), 'laporan')]
            : []),
        ],
      }),
    );
  } else {
    const pilih = r.kocok(OBJEK_PELAKSANA).slice(0, r.bulat(2, 3));
    pilih.forEach(([obj, dok, satuan]) => {
      const n = r.bulat(4, 40) * 10;
      hasil.push({
        jenis: 'UTAMA',
        uraian: `${r.pilih(KATA_KERJA_PELAKSANA)} ${obj} pada ${unit}`,
        iki: [
          r.peluang(0.3)
            ? i(`Jumlah ${dok} yang diproses`, 'KUANTITAS', `${n}-${n + 50}`, satuan)
            : i(`Jumlah ${dok} yang diproses`, 'KUANTITAS', String(n), satuan),
          ...(r.peluang(0.5)
            ? [
                r.peluang(0.5)
                  ? i(`Persentase ${dok} yang diselesaikan tanpa kesalahan`, 'KUALITAS', '95', 'persen')
                  : i(`Rata-rata waktu penyelesaian ${dok}`, 'WAKTU', String(r.bulat(1, 3)), 'hari kerja', 'TURUN'),
              ]
            : []),
        ],
      });
    });
  }
  if (r.peluang(0.2)) {
    hasil.push({
      jenis: 'TAMBAHAN',
      uraian: r.pilih([
        'Terlaksananya tugas sebagai anggota tim kerja lintas perangkat daerah',
        'Terlaksananya tugas sebagai panitia kegiatan hari besar nasional',
        'Terlaksananya pendampingan magang mahasiswa',
      ]),
      iki: [i('Jumlah laporan penugasan tambahan', 'KUANTITAS', String(r.bulat(1, 4)), 'laporan')],
    });
  }
  return hasil;
}

// prettier-ignore
const EKSPEKTASI = {
  BERORIENTASI_PELAYANAN: ['Menanggapi permintaan layanan dari perangkat daerah dan masyarakat paling lambat satu hari kerja.', 'Menyelesaikan layanan sesuai standar pelayanan dan menindaklanjuti setiap keluhan pengguna.', 'Ramah dan solutif ketika melayani pengguna, serta mengusulkan perbaikan layanan secara berkala.'],
  AKUNTABEL: ['Menyampaikan laporan pelaksanaan tugas bulanan secara jujur, lengkap, dan tepat waktu.', 'Menggunakan perangkat dan anggaran kantor secara bertanggung jawab dan efisien.', 'Mendokumentasikan setiap pekerjaan sehingga dapat ditelusuri dan dipertanggungjawabkan.'],
  KOMPETEN: ['Mengikuti paling sedikit satu pelatihan atau bimbingan teknis yang relevan dalam tahun ini.', 'Membagikan pengetahuan teknis kepada rekan kerja melalui forum berbagi internal.', 'Menyelesaikan pekerjaan dengan kualitas terbaik dan minim revisi.'],
  HARMONIS: ['Menghargai pendapat rekan kerja dan menjaga suasana kerja yang kondusif.', 'Membantu rekan kerja yang mengalami kesulitan tanpa membedakan latar belakang.', 'Menjaga komunikasi yang santun dalam rapat dan grup kerja daring.'],
  LOYAL: ['Menjaga kerahasiaan data dan informasi yang dikelola sesuai ketentuan.', 'Mendukung pelaksanaan program prioritas Wali Kota dan kebijakan pimpinan.', 'Menjaga nama baik instansi di media sosial dan ruang publik.'],
  ADAPTIF: ['Cepat menyesuaikan diri dengan perubahan aplikasi dan proses bisnis yang baru.', 'Proaktif mengusulkan cara kerja baru yang lebih efisien.', 'Terbuka terhadap masukan dan segera memperbaiki hasil kerja.'],
  KOLABORATIF: ['Aktif berkoordinasi dengan bidang lain dan perangkat daerah terkait.', 'Bersedia terlibat dalam tim kerja lintas bidang untuk menyelesaikan target bersama.', 'Berbagi data dan sumber daya dengan unit lain sesuai kebutuhan.'],
};

const CATATAN_TOLAK = [
  'Target indikator belum terukur; mohon dilengkapi angka target dan satuannya.',
  'RHK belum selaras dengan RHK atasan yang diintervensi; mohon disesuaikan.',
  'Indikator kualitas dan waktu belum dicantumkan; mohon dilengkapi.',
  'Uraian RHK terlalu umum; mohon dirinci sesuai tugas jabatan.',
];

module.exports = { PERSPEKTIF, KODE_BERAKHLAK, TETAP, rhkUntuk, EKSPEKTASI, CATATAN_TOLAK };
