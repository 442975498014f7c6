import type { DefinisiSumber } from './tipe';
import { opd } from './opd';
import { jabatan } from './jabatan';
import { pegawai } from './pegawai';
import { penugasan } from './penugasan';
import { users } from './users';
import { riwayatLogin, auditLog } from './log';
import { tokenApi } from './token-api';

/**
 * The panel resources served at /api/panel/<name>: the base ones here; other engines add theirs in
 * their register phase through the `registri` service (layanan(strapi, 'panel', 'registri')).
 */
export const SUMBER: Record<string, DefinisiSumber> = {
  opd,
  jabatan,
  pegawai,
  penugasan,
  users,
  'riwayat-login': riwayatLogin,
  'audit-log': auditLog,
  'token-api': tokenApi,
};
