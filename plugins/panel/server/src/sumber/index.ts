import type { DefinisiSumber } from './tipe';
import { opd } from './opd';
import { jabatan } from './jabatan';
import { pegawai } from './pegawai';
import { penugasan } from './penugasan';
import { users } from './users';
import { riwayatLogin, auditLog } from './log';

/** The panel resources served at /api/panel/<name>. Later engines add theirs here. */
export const SUMBER: Record<string, DefinisiSumber> = {
  opd,
  jabatan,
  pegawai,
  penugasan,
  users,
  'riwayat-login': riwayatLogin,
  'audit-log': auditLog,
};
