import type { Core } from '@strapi/strapi';
import { jejakAktor, type Aktor } from '../domain/aktor';
/**
 * Append-only audit trail. Every workflow transition, login, role change, lock, export and fix writes
 * here through `catat`; updates and deletes of audit records are refused by the document guard.
 */
export interface CatatanAudit {
  aksi: string;
  objekTipe?: string;
  objekId?: string | number | null;
  sebelum?: unknown;
  sesudah?: unknown;
  keterangan?: string;
  aktorId?: number | null;
  aktor?: string | null;
  bertindakSebagai?: string | null;
  ip?: string | null;
}

const TANPA_RAHASIA = new Set([
  'password',
  'resetPasswordToken',
  'confirmationToken',
  'refreshToken',
  'jwt',
  'token',
  'hash',
]);
const bersihkan = (v: unknown): unknown => {
  if (v == null || typeof v !== 'object') return v ?? null;
  if (Array.isArray(v)) return v.map(bersihkan);
  return Object.fromEntries(
    Object.entries(v as Record<string, unknown>)
      .filter(([k]) => !TANPA_RAHASIA.has(k))
      .map(([k, x]) => [k, bersihkan(x)]),
  );
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Writes one audit record (inside the caller's transaction when there is one). */
  async catat(c: CatatanAudit) {
    await strapi.db.query('plugin::inti.audit-log').create({
      data: {
        waktu: new Date(),
        aksi: c.aksi,
        objek_tipe: c.objekTipe ?? null,
        objek_id: c.objekId == null ? null : String(c.objekId),
        sebelum: bersihkan(c.sebelum),
        sesudah: bersihkan(c.sesudah),
        keterangan: c.keterangan ?? null,
        aktor_id: c.aktorId ?? null,
        aktor: c.aktor ?? null,
        bertindak_sebagai: c.bertindakSebagai ?? null,
        ip: c.ip ?? null,
      },
    });
  },
  /** The actor fields of an actor (a request's or a job's), for `catat`. */
  dariAktor(a: Aktor | null | undefined): Pick<CatatanAudit, 'aktorId' | 'aktor' | 'ip'> {
    return jejakAktor(a);
  },
});
