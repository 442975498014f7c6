import { snapshot } from './snapshot';
/** One pegawai's annual plan for one penugasan (one per pegawai, penugasan and year). Status is written only by the workflow service. */

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'skp',
    info: {
      singularName: 'skp',
      pluralName: 'skps',
      displayName: 'SKP',
      description: 'Sasaran Kinerja Pegawai tahunan per penugasan',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      pegawai: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.pegawai' },
      penugasan: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.penugasan' },
      tahun: { type: 'integer', required: true, min: 2000, max: 2100 },
      periode_mulai: { type: 'date', required: true },
      periode_akhir: { type: 'date', required: true },
      /** "<pegawaiId>:<penugasanId>:<tahun>": unique index (database/migrations/010-indeks-kinerja.js) */
      kunci_unik: { type: 'string', required: true, maxLength: 60, configurable: false },
      jenis: { type: 'enumeration', enum: ['JPT', 'JA', 'JF'], required: true },
      pendekatan: { type: 'enumeration', enum: ['KUANTITATIF', 'KUALITATIF'], required: true, default: 'KUANTITATIF' },
      status: {
        type: 'enumeration',
        enum: ['DRAFT', 'DIAJUKAN', 'DISETUJUI', 'DITOLAK'],
        required: true,
        default: 'DRAFT',
      },
      ...snapshot('pegawai'),
      ...snapshot('penilai'),
      penilai_sebagai: { type: 'enumeration', enum: ['DEFINITIF', 'PLT', 'PLH', 'PJ'] },
      ...snapshot('atasan_penilai'),
      atasan_penilai_sebagai: { type: 'enumeration', enum: ['DEFINITIF', 'PLT', 'PLH', 'PJ'] },
      penilai_pegawai: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.pegawai' },
      lampiran: { type: 'json' },
      catatan_penolakan: { type: 'text' },
      /** cross-validation warnings of duplicate indicators that disagree on target or satuan (they block approval unless overridden) */
      peringatan: { type: 'json' },
      /** override of those warnings by the Kepala OPD or BKPSDM: {alasan, oleh_nip, oleh_nama, sebagai, waktu, indikator[]} (domain/konflik.ts) */
      konflik_duplikat_diabaikan: { type: 'json' },
      /** the signed SKP document (PDF/image); the SKP counts as final once DISETUJUI and this is uploaded (domain.md §4) */
      dokumen_ditandatangani: { type: 'media', multiple: false, allowedTypes: ['files', 'images'] },
      dokumen_diunggah_pada: { type: 'datetime' },
    },
  },
};
