import type { Core } from '@strapi/strapi';
const UID = 'plugin::inti.pratinjau-impor';

/** Default lifetime of a preview: one hour. */
export const UMUR_PRATINJAU_MS = 60 * 60 * 1000;

export interface PratinjauImpor<P = Record<string, unknown>, D = unknown, T = unknown> {
  id: string;
  jenis: string;
  pemilik: string;
  parameter: P;
  diterima: D[];
  ditolak: T[];
  nama_berkas: string | null;
  kedaluwarsa: string;
}

/** Who owns a preview: the user, or the API token, of the request's actor. */
export const pemilikAktor = (aktor: { token: string | null; userId: number | null }) =>
  aktor.token != null ? `token:${aktor.token}` : `user:${aktor.userId}`;

/** A stored preview row. */
interface BarisPratinjau {
  documentId: string;
  jenis: string;
  pemilik: string;
  parameter?: Record<string, unknown> | null;
  diterima?: unknown[] | null;
  ditolak?: unknown[] | null;
  nama_berkas?: string | null;
  kedaluwarsa: string | Date;
}

const dto = (r: BarisPratinjau): PratinjauImpor => ({
  id: r.documentId,
  jenis: r.jenis,
  pemilik: r.pemilik,
  parameter: r.parameter ?? {},
  diterima: r.diterima ?? [],
  ditolak: r.ditolak ?? [],
  nama_berkas: r.nama_berkas ?? null,
  kedaluwarsa: new Date(r.kedaluwarsa).toISOString(),
});

/**
 * Import previews stored in the database (any import: DPA, later others). `simpan` writes one and
 * sweeps the expired ones; `ambil(id, jenis, pemilik)` answers null for an unknown, expired, other
 * kind or other owner's preview (the caller turns that into a 404, never telling which); `hapus`
 * removes it after the confirmation (inside the caller's transaction when there is one).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = () => strapi.db.query(UID);
  return {
    async simpan<P, D, T>(p: {
      jenis: string;
      pemilik: string;
      parameter: P;
      diterima: D[];
      ditolak: T[];
      nama_berkas?: string | null;
      umurMs?: number;
    }): Promise<PratinjauImpor<P, D, T>> {
      await this.bersihkan();
      const kedaluwarsa = new Date(Date.now() + (p.umurMs ?? UMUR_PRATINJAU_MS));
      const r = await q().create({
        data: {
          jenis: p.jenis,
          pemilik: p.pemilik,
          parameter: p.parameter,
          diterima: p.diterima,
          ditolak: p.ditolak,
          nama_berkas: p.nama_berkas ?? null,
          kedaluwarsa,
        },
      });
      return dto(r) as PratinjauImpor<P, D, T>;
    },

    async ambil<P = Record<string, unknown>, D = unknown, T = unknown>(
      id: string,
      jenis: string,
      pemilik: string,
    ): Promise<PratinjauImpor<P, D, T> | null> {
      if (!id || id.length > 60) return null;
      const r = await q().findOne({ where: { documentId: id, jenis, pemilik } });
      if (!r || new Date(r.kedaluwarsa).getTime() <= Date.now()) return null;
      return dto(r) as PratinjauImpor<P, D, T>;
    },

    async hapus(id: string): Promise<void> {
      await q().deleteMany({ where: { documentId: id } });
    },

    /** Removes every expired preview; returns how many. */
    async bersihkan(): Promise<number> {
      const r = await q().deleteMany({ where: { kedaluwarsa: { $lte: new Date() } } });
      return Number(r?.count ?? 0);
    },
  };
};
