/**
 * Realisasi of one renaksi in one month: value, evidence (files through the upload plugin and/or
 * links), supporting and hindering factors, the penilai's check, and the capaian computed at write
 * time with the formula version (domain/capaian.ts). One per (renaksi, month): `kunci_unik` =
 * "<renaksiId>:<bulan>" carries a unique index (database/migrations/010-indeks-kinerja.js).
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'realisasi',
    info: {
      singularName: 'realisasi',
      pluralName: 'realisasis',
      displayName: 'Realisasi',
      description: 'Realisasi rencana aksi per bulan dengan bukti dukung',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      rencana_aksi: { type: 'relation', relation: 'manyToOne', target: 'plugin::kinerja.rencana-aksi' },
      pegawai: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.pegawai' },
      tahun: { type: 'integer', required: true, min: 2000, max: 2100 },
      bulan: { type: 'integer', required: true, min: 1, max: 12 },
      kunci_unik: { type: 'string', required: true, maxLength: 40, configurable: false },
      nilai: { type: 'decimal', required: true },
      faktor_penunjang: { type: 'text' },
      faktor_penghambat: { type: 'text' },
      bukti: { type: 'media', multiple: true, allowedTypes: ['files', 'images'] },
      /** [{url, nama}] evidence links (http/https) */
      bukti_url: { type: 'json' },
      status: { type: 'enumeration', enum: ['UNCHECKED', 'CHECKED'], required: true, default: 'UNCHECKED' },
      umpan_balik: { type: 'text' },
      diperiksa_oleh_nip: { type: 'string', maxLength: 18 },
      diperiksa_oleh_nama: { type: 'string', maxLength: 250 },
      diperiksa_pada: { type: 'datetime' },
      diisi_pada: { type: 'datetime' },
      /** who wrote it: the pegawai's NIP or "token:<name>" for an external system */
      diisi_oleh: { type: 'string', maxLength: 120 },
      /** the month's target when the capaian was computed */
      target_nilai: { type: 'decimal' },
      capaian_mentah: { type: 'decimal' },
      capaian: { type: 'decimal' },
      formula: { type: 'string', maxLength: 30 },
    },
  },
};
