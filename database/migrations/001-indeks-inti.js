'use strict';
/**
 * Indexes and constraints of the base tables that Strapi's schema cannot express.
 * Idempotent: re-run on every boot.
 */
module.exports.up = async ({ knex }) => {
  const stmts = [
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_pegawai_nip ON pegawai (nip)',
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_opd_kode ON opd (kode_opd)',
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_jabatan_kode ON jabatan (kode)',
    'CREATE INDEX IF NOT EXISTS ix_pegawai_nama ON pegawai (nama)',
    'CREATE INDEX IF NOT EXISTS ix_penugasan_tmt ON penugasan (tmt_mulai, tmt_akhir)',
    'CREATE INDEX IF NOT EXISTS ix_riwayat_login_identifier ON riwayat_login (identifier, waktu)',
    'CREATE INDEX IF NOT EXISTS ix_audit_log_waktu ON audit_log (waktu)',
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_kunci_periode ON kunci_periode (kunci_unik)',
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_idempotensi ON idempotensi (kunci_unik)',
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_kunci_tugas_nama ON kunci_tugas (nama)',
  ];
  for (const s of stmts) await knex.raw(s);
};
