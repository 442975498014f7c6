/**
 * The SIPD upload columns of the TPP export as exports.md "TPP (SIPD format)" writes them, in order. Taken
 * from the spec, never from the code under test (laporan's domain/tpp.ts), so a drift of the exported layout
 * fails the tests; written once for the API and the e2e test.
 */
export const KOLOM_SIPD: string[] =
  `nama_pegawai, nip, nik, tanggal_lahir, alamat, tipe_jabatan, eselon, golongan, pns_pppk,
nama_jabatan, kode_bank, nama_bank, npwp, nomor_rekening_bank_pegawai, belanja_tpp_beban_kerja,
belanja_tpp_tempat_bertugas, belanja_tpp_kondisi_kerja, belanja_tpp_kelangkaan_profesi,
belanja_tpp_prestasi_kerja, tunjangan_iuran_jaminan_kesehatan,
tunjangan_iuran_jaminan_kecelakaan_kerja, tunjangan_iuran_jaminan_kematian,
tunjangan_jaminan_hari_tua, tunjangan_jaminan_pensiun, iwp_1%, tunjangan_iuran_simpanan_tapera,
pph_21, zakat, bulog, jumlah_ditransfer, jumlah_potongan`.split(/,\s*/);

/** The money columns of the SIPD file (from belanja_tpp_beban_kerja on). */
export const KOLOM_UANG_SIPD: string[] = KOLOM_SIPD.slice(KOLOM_SIPD.indexOf('belanja_tpp_beban_kerja'));
