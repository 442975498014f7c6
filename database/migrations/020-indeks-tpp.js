'use strict';
/**
 * Indexes and constraints of the TPP tables: one presensi and one TPP line per (pegawai, year, month).
 * Idempotent: re-run on every boot.
 */
module.exports.up = async ({ knex }) => {
  const stmts = [
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_presensi_kunci_unik ON presensi (kunci_unik)',
    'CREATE INDEX IF NOT EXISTS ix_presensi_tahun_bulan ON presensi (tahun, bulan)',
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_tpp_kunci_unik ON tpp (kunci_unik)',
    'CREATE INDEX IF NOT EXISTS ix_tpp_tahun_bulan ON tpp (tahun, bulan)',
    'CREATE INDEX IF NOT EXISTS ix_dpa_tahun ON dpa (tahun)',
  ];
  for (const s of stmts) await knex.raw(s);
};
