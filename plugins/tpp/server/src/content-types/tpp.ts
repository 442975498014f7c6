/**
 * One TPP line: a pegawai's allowance for a month (1–12, 13 = THR, 14 = gaji-13) as computed by
 * domain/tpp.ts with the policy version in force (domain.md §7). Columns follow the SIPD names of
 * exports.md; money in whole rupiah. Written only by the TPP run (one transaction per run); lines of a
 * locked quarter are never rewritten. One per (pegawai, year, month): `kunci_unik`
 * "<pegawaiId>:<tahun>:<bulan>" carries a unique index.
 */
/** a fresh attribute object per column (Strapi annotates attribute objects in place) */
const rupiah = () => ({ type: 'biginteger', required: true, default: '0' });

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'tpp',
    info: {
      singularName: 'tpp',
      pluralName: 'tpps',
      displayName: 'TPP',
      description: 'Tambahan penghasilan pegawai per bulan',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      pegawai: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.pegawai' },
      opd: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.opd' },
      tahun: { type: 'integer', required: true, min: 2000, max: 2100 },
      bulan: { type: 'integer', required: true, min: 1, max: 14 },
      kunci_unik: { type: 'string', required: true, maxLength: 40, configurable: false },
      /** snapshots at computation: who, which post, which inputs */
      nip: { type: 'string', maxLength: 18 },
      nama: { type: 'string', maxLength: 250 },
      nama_jabatan: { type: 'string', maxLength: 250 },
      tipe_jabatan: { type: 'string', maxLength: 40 },
      eselon: { type: 'string', maxLength: 10 },
      golongan: { type: 'string', maxLength: 10 },
      pns_pppk: { type: 'string', maxLength: 10 },
      kelas: { type: 'integer' },
      sumber_kelas: { type: 'enumeration', enum: ['DEFINITIF', 'PLT'] },
      capaian: { type: 'decimal' },
      predikat_kode: { type: 'integer' },
      persen_potongan_disiplin: { type: 'decimal' },
      tpp_max: rupiah(),
      belanja_tpp_beban_kerja: rupiah(),
      belanja_tpp_tempat_bertugas: rupiah(),
      belanja_tpp_kondisi_kerja: rupiah(),
      belanja_tpp_kelangkaan_profesi: rupiah(),
      belanja_tpp_prestasi_kerja: rupiah(),
      tunjangan_iuran_jaminan_kesehatan: rupiah(),
      tunjangan_iuran_jaminan_kecelakaan_kerja: rupiah(),
      tunjangan_iuran_jaminan_kematian: rupiah(),
      tunjangan_jaminan_hari_tua: rupiah(),
      tunjangan_jaminan_pensiun: rupiah(),
      tunjangan_iuran_simpanan_tapera: rupiah(),
      potongan_iuran_jaminan_kesehatan: rupiah(),
      iwp_1: rupiah(),
      pph_21: rupiah(),
      zakat: rupiah(),
      bulog: rupiah(),
      potongan_lain: rupiah(),
      jumlah_tpp: rupiah(),
      jumlah_potongan: rupiah(),
      jumlah_ditransfer: rupiah(),
      /** [{komponen, kode, uraian, persen?, jumlah?}]: the reason for each deduction (ASN portal) */
      alasan: { type: 'json' },
      versi_kebijakan: { type: 'string', maxLength: 40 },
      dihitung_pada: { type: 'datetime' },
      dihitung_oleh: { type: 'string', maxLength: 120 },
    },
  },
};
