'use strict';
/**
 * Indexes and constraints of the kinerja tables. One SKP per (pegawai, penugasan, year): the service
 * writes kunci_unik = "<pegawaiId>:<penugasanId>:<tahun>" and this unique index enforces it even under
 * concurrent creates. Idempotent: re-run on every boot.
 */
module.exports.up = async ({ knex }) => {
  const stmts = [
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_skp_kunci_unik ON skp (kunci_unik)',
    'CREATE INDEX IF NOT EXISTS ix_skp_tahun_status ON skp (tahun, status)',
    'CREATE INDEX IF NOT EXISTS ix_riwayat_validasi_objek ON riwayat_validasi (objek_tipe, objek_id)',
    'CREATE INDEX IF NOT EXISTS ix_riwayat_validasi_waktu ON riwayat_validasi (waktu)',
  ];
  for (const s of stmts) await knex.raw(s);
};
