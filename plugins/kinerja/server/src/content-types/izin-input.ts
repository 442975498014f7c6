/**
 * A penilai's reopening of realisasi entry for one pegawai and month after the input deadline
 * (policy `capaian.batas_input_hari`), valid until `sampai` (inclusive, WIB).
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'izin_input',
    info: {
      singularName: 'izin-input',
      pluralName: 'izin-inputs',
      displayName: 'Izin Input Realisasi',
      description: 'Pembukaan input realisasi setelah batas waktu',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      pegawai: { type: 'relation', relation: 'manyToOne', target: 'plugin::inti.pegawai' },
      tahun: { type: 'integer', required: true },
      bulan: { type: 'integer', required: true, min: 1, max: 12 },
      sampai: { type: 'date', required: true },
      alasan: { type: 'text', required: true },
      oleh_nip: { type: 'string', maxLength: 18 },
      oleh_nama: { type: 'string', maxLength: 250 },
      sebagai: { type: 'string', maxLength: 20 },
    },
  },
};
