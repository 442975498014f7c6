/**
 * Predikat of an OPD for a period (domain.md §5), set by the authorised leader (default proposal from
 * the OPD capaian), with the quota check of the Laporan Predikat Kinerja. The period's final approval
 * (`status` FINAL) is refused while quota violations stand, unless BKPSDM overrides with a reason
 * (`override_kurva`, audited). `kunci_unik` "<opdId>:<tahun>:<jenis>:<periode>" is unique.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'predikat_organisasi',
    info: {
      singularName: 'predikat-organisasi',
      pluralName: 'predikat-organisasis',
      displayName: 'Predikat Organisasi',
      description: 'Predikat kinerja organisasi per OPD per periode',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      opd: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.opd' },
      tahun: { type: 'integer', required: true, min: 2000, max: 2100 },
      periode_jenis: {
        type: 'enumeration',
        enum: ['BULANAN', 'TRIWULAN', 'TAHUNAN'],
        required: true,
        default: 'BULANAN',
      },
      periode: { type: 'integer', required: true, min: 0, max: 12 },
      kunci_unik: { type: 'string', required: true, maxLength: 60, configurable: false },
      predikat: {
        type: 'enumeration',
        enum: ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'],
        required: true,
      },
      usulan: { type: 'enumeration', enum: ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] },
      capaian_opd: { type: 'decimal' },
      alasan: { type: 'text' },
      ditetapkan_oleh_nip: { type: 'string', maxLength: 100 },
      ditetapkan_oleh_nama: { type: 'string', maxLength: 250 },
      ditetapkan_sebagai: { type: 'string', maxLength: 20 },
      ditetapkan_pada: { type: 'datetime' },
      status: { type: 'enumeration', enum: ['DRAFT', 'FINAL'], required: true, default: 'DRAFT' },
      /** {alasan, oleh, waktu, pelanggaran[]}: BKPSDM's written override of standing quota violations */
      override_kurva: { type: 'json' },
      final_oleh: { type: 'string', maxLength: 100 },
      final_pada: { type: 'datetime' },
    },
  },
};
