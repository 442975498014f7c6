'use strict';
/**
 * Indexes and constraints of the kinerja tables. One SKP per (pegawai, penugasan, year): the service
 * writes kunci_unik = "<pegawaiId>:<penugasanId>:<tahun>" and this unique index enforces it even under
 * concurrent creates; the same holds for one realisasi per (renaksi, month). Idempotent: re-run on every boot.
 */
module.exports.up = async ({ knex }) => {
  const stmts = [
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_skp_kunci_unik ON skp (kunci_unik)',
    'CREATE INDEX IF NOT EXISTS ix_skp_tahun_status ON skp (tahun, status)',
    'CREATE INDEX IF NOT EXISTS ix_riwayat_validasi_objek ON riwayat_validasi (objek_tipe, objek_id)',
    'CREATE INDEX IF NOT EXISTS ix_riwayat_validasi_waktu ON riwayat_validasi (waktu)',
    // one realisasi per (renaksi, month): kunci_unik = "<renaksiId>:<bulan>"
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_realisasi_kunci_unik ON realisasi (kunci_unik)',
    'CREATE INDEX IF NOT EXISTS ix_realisasi_tahun_bulan ON realisasi (tahun, bulan)',
    'CREATE INDEX IF NOT EXISTS ix_rencana_aksi_tahun ON rencana_aksi (tahun)',
    'CREATE INDEX IF NOT EXISTS ix_sasaran_opd_tahun ON sasaran_opd (tahun)',
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_evaluasi_kunci_unik ON evaluasi (kunci_unik)',
    'CREATE INDEX IF NOT EXISTS ix_evaluasi_tahun_periode ON evaluasi (tahun, periode_jenis, periode)',
    'CREATE UNIQUE INDEX IF NOT EXISTS ux_predikat_organisasi_kunci_unik ON predikat_organisasi (kunci_unik)',
  ];
  for (const s of stmts) await knex.raw(s);
};
