'use strict';
/**
 * DPA (budget per sub kegiatan, as imported from SIPD's DPA export) of the demo year for Diskominfo
 * and Bappeda (domain.md §7 "PK budget"): the Perjanjian Kinerja of these OPD then shows programs
 * with budget and the DPA source/date; every other OPD shows "belum ada DPA" (the import is the only
 * source). Codes follow the Permendagri 90/2019 nomenclature (urusan 2.16 Komunikasi dan Informatika,
 * 2.20 Statistik, 2.21 Persandian, 5.01 Perencanaan); the amounts are illustrative round figures.
 *
 * `rencanakanDpa` is pure and checks every line with the app's own reader (`bacaDpa`), so the rows are
 * exactly what a confirmed import would write; `isiDpaDemo` writes them in the caller's transaction.
 */
const { idDokumen } = require('./acak');
const { bacaDpa } = require('@m-skp/tpp');

const UID = 'plugin::tpp.dpa';

// [kode program, nama program, kode kegiatan, nama kegiatan, kode sub kegiatan, nama sub kegiatan, pagu]
// prettier-ignore
const DPA = {
  '1.11.01': [
    ['2.16.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', '2.16.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', '2.16.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 45000000],
    ['2.16.01', null, '2.16.01.2.02', 'Administrasi Keuangan Perangkat Daerah', '2.16.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 6850000000],
    ['2.16.01', null, '2.16.01.2.06', 'Administrasi Umum Perangkat Daerah', '2.16.01.2.06.0005', 'Penyediaan Bahan Logistik Kantor', 62500000],
    ['2.16.01', null, '2.16.01.2.08', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', '2.16.01.2.08.0002', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 1380000000],
    ['2.16.02', 'Program Informasi dan Komunikasi Publik', '2.16.02.1.01', 'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota', '2.16.02.1.01.0001', 'Pengelolaan Konten dan Perencanaan Media Komunikasi Publik', 215000000],
    ['2.16.02', null, '2.16.02.1.01', null, '2.16.02.1.01.0002', 'Pengelolaan Media Komunikasi Publik', 640000000],
    ['2.16.02', null, '2.16.02.1.01', null, '2.16.02.1.01.0003', 'Layanan Hubungan Media', 387500000],
    ['2.16.03', 'Program Aplikasi Informatika', '2.16.03.1.01', 'Pengelolaan Nama Domain yang Telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota', '2.16.03.1.01.0001', 'Penatalaksanaan dan Pengawasan Nama Domain dan Sub Domain dalam Penyelenggaraan Pemerintahan Daerah Kabupaten/Kota', 27500000],
    ['2.16.03', null, '2.16.03.1.02', 'Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota', '2.16.03.1.02.0001', 'Pengelolaan Pusat Data Pemerintahan Daerah', 1175000000],
    ['2.16.03', null, '2.16.03.1.02', null, '2.16.03.1.02.0002', 'Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah', 2450000000],
    ['2.16.03', null, '2.16.03.1.02', null, '2.16.03.1.02.0004', 'Pengembangan dan Pengelolaan Ekosistem Kabupaten/Kota Cerdas dan Kota Cerdas', 560000000],
    ['2.16.03', null, '2.16.03.1.02', null, '2.16.03.1.02.0005', 'Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik', 935000000],
    ['2.20.02', 'Program Penyelenggaraan Statistik Sektoral', '2.20.02.1.01', 'Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota', '2.20.02.1.01.0001', 'Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi Data Statistik Sektoral', 310000000],
    ['2.21.02', 'Program Penyelenggaraan Persandian untuk Pengamanan Informasi', '2.21.02.1.01', 'Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kabupaten/Kota', '2.21.02.1.01.0001', 'Pelaksanaan Keamanan Informasi Pemerintahan Daerah Kabupaten/Kota Berbasis Elektronik dan Non Elektronik', 265000000],
  ],
  '1.21.01': [
    ['5.01.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', '5.01.01.2.02', 'Administrasi Keuangan Perangkat Daerah', '5.01.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 3920000000],
    ['5.01.02', 'Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah', '5.01.02.1.01', 'Penyusunan Perencanaan dan Pendanaan', '5.01.02.1.01.0002', 'Penyusunan Dokumen Perencanaan Pembangunan Daerah (RPJPD, RPJMD dan RKPD)', 485000000],
    ['5.01.02', null, '5.01.02.1.02', 'Analisis Data dan Informasi Pemerintahan Daerah Bidang Perencanaan Pembangunan Daerah', '5.01.02.1.02.0001', 'Analisis Data dan Informasi Perencanaan Pembangunan Daerah', 172500000],
  ],
};
const KOLOM = [
  'kode_program',
  'nama_program',
  'kode_kegiatan',
  'nama_kegiatan',
  'kode_sub_kegiatan',
  'nama_sub_kegiatan',
  'pagu',
];

/** Pure: the DPA rows per OPD code of the demo year, read by the app's DPA reader (throws on any rejected row). */
function rencanakanDpa(tahun, sekarang) {
  // imported in the first working days of January (or now, when that lies in the future)
  const impor = new Date(Date.UTC(tahun, 0, 6, 2, 30));
  const diimporPada = impor > sekarang ? sekarang : impor;
  const hasil = [];
  for (const [kodeOpd, baris] of Object.entries(DPA)) {
    const h = bacaDpa(
      baris.map((b, i) => ({ baris: i + 2, nilai: Object.fromEntries(KOLOM.map((k, j) => [k, b[j]])) })),
    );
    if (h.ditolak.length)
      throw new Error(
        `DPA demo ${kodeOpd} tidak valid: ${h.ditolak.map((d) => `baris ${d.baris}: ${d.alasan}`).join('; ')}`,
      );
    // names left empty in the sheet carry the name of the program/kegiatan above (as SIPD prints them once)
    const nama = new Map();
    for (const d of h.diterima) {
      if (d.nama_program) nama.set(d.kode_program, d.nama_program);
      if (d.nama_kegiatan) nama.set(d.kode_kegiatan, d.nama_kegiatan);
      hasil.push({
        kodeOpd,
        documentId: idDokumen(`dpa:${kodeOpd}:${tahun}:${d.kode_sub_kegiatan}`),
        tahun,
        kode_program: d.kode_program,
        nama_program: d.nama_program ?? nama.get(d.kode_program) ?? null,
        kode_kegiatan: d.kode_kegiatan,
        nama_kegiatan: d.nama_kegiatan ?? nama.get(d.kode_kegiatan) ?? null,
        kode_sub_kegiatan: d.kode_sub_kegiatan,
        nama_sub_kegiatan: d.nama_sub_kegiatan,
        pagu: d.pagu,
        sumber_berkas: `DPA-SKPD_${kodeOpd}_${tahun}.xlsx`,
        diimpor_pada: diimporPada,
        diimpor_oleh: 'admin',
      });
    }
  }
  return hasil;
}

/** Writes the demo DPA (inside the caller's transaction); returns the counts for the summary. */
async function isiDpaDemo(strapi, w, rencana, { sekarang }) {
  const baris = rencanakanDpa(rencana.tahun, sekarang);
  const ids = await w.sisip(
    UID,
    baris.map(({ kodeOpd: _k, ...b }) => ({ ...b, createdAt: sekarang, updatedAt: sekarang, publishedAt: sekarang })),
  );
  const pasangan = [];
  for (const kode of Object.keys(DPA)) {
    const opd = await w
      .tabel(w.meta('plugin::inti.opd').tableName)
      .where({ document_id: idDokumen('opd:' + kode) })
      .first('id');
    if (!opd) throw new Error(`OPD demo ${kode} tidak ditemukan`);
    for (const b of baris.filter((x) => x.kodeOpd === kode)) pasangan.push([ids.get(b.documentId), opd.id]);
  }
  await w.tautkan(UID, 'opd', pasangan);
  return { dpa_baris: baris.length, dpa_opd: Object.keys(DPA).length };
}

module.exports = { isiDpaDemo, rencanakanDpa };
