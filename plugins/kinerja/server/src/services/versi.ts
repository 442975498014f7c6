import type { Core } from '@strapi/strapi';
import {
  versiDariBaris,
  bacaVersi,
  barisBerlaku,
  perubahanRhk,
  type VersiRhk,
  type RenaksiVersi,
} from '../domain/versi';

const UID_RHK = 'plugin::kinerja.rhk';
const UID_IKI = 'plugin::kinerja.iki';
const UID_RENAKSI = 'plugin::kinerja.rencana-aksi';

/** A live renaksi row as `renaksiBerlaku` reads it: its id and its RHK's id; the rest is kept as loaded. */
export interface RenaksiHidup {
  id: number;
  urutan?: number | null;
  rhk: { id: number };
}

/** A renaksi row built from a frozen version, shaped like the capaian service loads a live one. */
export type RenaksiDariVersi = RenaksiVersi & {
  rhk: { id: number; documentId: string; uraian: string; jenis: 'UTAMA' | 'TAMBAHAN'; urutan: number };
  pegawai: { id: number };
};

/** A frozen version in force for one RHK of an approved SKP. */
export interface VersiTerbuka {
  rhkId: number;
  documentId: string;
  pegawaiId: number;
  versi: VersiRhk;
}

/**
 * The version of the plan in force (until a revision is approved, the approved version counts;
 * domain/versi.ts): the ONE place that says which RHK content, IKI and renaksi targets count. `bekukan` freezes
 * an RHK's approved content when it is reopened; `terbuka` lists the frozen versions in force (RHK of approved
 * SKPs under revision: draft, submitted or rejected); `renaksiBerlaku` turns live renaksi rows into those in
 * force. Capaian (kinerja and the TPP bulk run), realisasi entry, the prints and the evaluation snapshot read
 * through it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);

  async function isi(rhkId: number) {
    const rhk = await q(UID_RHK).findOne({
      where: { id: rhkId },
      populate: { rhk_atasan: { select: ['documentId', 'uraian'] } },
    });
    const iki = await q(UID_IKI).findMany({
      where: { rhk: { id: rhkId } },
      orderBy: [{ urutan: 'asc' }, { id: 'asc' }],
    });
    // the working copy: a renaksi deleted during the revision is not part of it (it stays in force until approval)
    const renaksi = await q(UID_RENAKSI).findMany({
      where: { rhk: { id: rhkId }, dihapus_dalam_revisi: { $null: true } },
      orderBy: [{ urutan: 'asc' }, { id: 'asc' }],
    });
    return { rhk, iki, renaksi };
  }

  /** RHK under revision (of the SKPs matching `skp`) with a frozen version, RHK id → version; only those of `pegawaiIds` when given. */
  async function muatTerbuka(skp: Record<string, unknown>, pegawaiIds?: number[]): Promise<Map<number, VersiTerbuka>> {
    const rows = await q(UID_RHK).findMany({
      where: { status_revisi: { $notNull: true }, skp },
      select: ['id', 'documentId', 'status_revisi', 'versi_disetujui'],
      populate: { skp: { select: ['id'], populate: { pegawai: { select: ['id'] } } } },
    });
    const minta = pegawaiIds ? new Set(pegawaiIds) : null;
    const out = new Map<number, VersiTerbuka>();
    for (const r of rows) {
      const versi = bacaVersi(r.versi_disetujui);
      const pegawaiId = r.skp?.pegawai?.id;
      if (!versi || pegawaiId == null || (minta && !minta.has(pegawaiId))) continue;
      out.set(r.id, { rhkId: r.id, documentId: r.documentId, pegawaiId, versi });
    }
    return out;
  }

  return {
    /** The RHK's current rows as a version (on reopening: the approved version to freeze). */
    async dariBaris(rhkId: number): Promise<VersiRhk> {
      const { rhk, iki, renaksi } = await isi(rhkId);
      return versiDariBaris(rhk, iki, renaksi, new Date().toISOString());
    },

    /** The frozen version of one RHK row (null: none, the live rows are in force). */
    dariRhk(rhk: { status_revisi?: string | null; versi_disetujui?: unknown }): VersiRhk | null {
      return rhk?.status_revisi ? bacaVersi(rhk.versi_disetujui) : null;
    },

    /**
     * Frozen versions in force for a year, RHK id → version: RHK of approved SKPs under revision, of the
     * given pegawai (all when omitted). One query; revisions are few.
     */
    async terbuka(tahun: number, pegawaiIds?: number[]): Promise<Map<number, VersiTerbuka>> {
      if (pegawaiIds && !pegawaiIds.length) return new Map();
      const skp: Record<string, unknown> = { tahun, status: 'DISETUJUI' };
      if (pegawaiIds && pegawaiIds.length <= 1000) skp.pegawai = { id: { $in: pegawaiIds } };
      return muatTerbuka(skp, pegawaiIds);
    },

    /** `terbuka` for the RHK of one SKP (its evaluation's realisasi check). */
    async terbukaSkp(skpId: number): Promise<Map<number, VersiTerbuka>> {
      return muatTerbuka({ id: skpId, status: 'DISETUJUI' });
    },

    /**
     * Live renaksi rows → the rows in force (domain/versi `barisBerlaku`), for rows shaped like the
     * capaian service loads them (`rhk` {id, documentId, uraian, jenis, urutan}, `pegawai` {id}).
     */
    renaksiBerlaku<T extends RenaksiHidup>(rows: T[], terbuka: Map<number, VersiTerbuka>): (T | RenaksiDariVersi)[] {
      const versi = new Map<number, VersiRhk>([...terbuka].map(([id, t]) => [id, t.versi]));
      return barisBerlaku<T | RenaksiDariVersi>(
        rows,
        (r) => r.rhk.id,
        versi,
        (x: RenaksiVersi, rhkId: number, v: VersiRhk): RenaksiDariVersi => {
          const t = terbuka.get(rhkId)!;
          return {
            ...x,
            rhk: {
              id: rhkId,
              documentId: t.documentId,
              uraian: v.rhk.uraian,
              // frozen from the RHK's enumeration column
              jenis: v.rhk.jenis as RenaksiDariVersi['rhk']['jenis'],
              urutan: v.rhk.urutan,
            },
            pegawai: { id: t.pegawaiId },
          };
        },
      ).sort((a, b) => (a.urutan ?? 0) - (b.urutan ?? 0) || a.id - b.id);
    },

    /** Old → new of an RHK under revision (null when it has no frozen version). */
    async perubahan(rhk: {
      id: number;
      documentId: string;
      status_revisi?: string | null;
      versi_disetujui?: unknown;
    }): Promise<ReturnType<typeof perubahanRhk> | null> {
      const lama = this.dariRhk(rhk);
      if (!lama) return null;
      return perubahanRhk(lama, await this.dariBaris(rhk.id), rhk.documentId);
    },
  };
};
