import type { Core } from '@strapi/strapi';
import type { Aktor } from '@m-skp/inti';
import { barisLog, type MasukanLog } from '../domain/sync-log';

export const UID_SYNC_LOG = 'plugin::integrasi.sync-log';

/** The stored row as the panel reads it back. */
export interface RekamanLog {
  id: number;
  documentId: string;
}

/**
 * The sync log: `catat(run, aktor)` writes one row per run (inside the caller's transaction when there is one,
 * so an applied run and its row commit together; a failed run is logged after its rollback).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async catat(m: MasukanLog, aktor: Aktor): Promise<RekamanLog> {
    const { kode_opd, ...baris } = barisLog(m, aktor);
    const opd = kode_opd
      ? await strapi.db.query('plugin::inti.opd').findOne({ where: { kode_opd }, select: ['id'] })
      : null;
    const r = await strapi.db.query(UID_SYNC_LOG).create({ data: { ...baris, opd: opd?.id ?? null } });
    return { id: r.id, documentId: r.documentId };
  },
});
