import type { Core } from '@strapi/strapi';
import { GalatMskp, pastikan, type Aktor, layanan } from '@m-skp/inti';
import { periksaSasaran, indikatorTingkatOpd } from '../domain/sasaran-opd';
import { aturanTulisSasaran, bolehTulisSasaran } from '../domain/aturan-skp';
import type { Indikator } from '../domain/duplikat';
import { UID as UID_SKP } from './skp';

export const UID_SASARAN = 'plugin::kinerja.sasaran-opd';

/** Panel input of a sasaran (documentIds for relations). */
export interface IsianSasaranOpd {
  opd_id?: string;
  tahun?: unknown;
  sasaran?: unknown;
  urutan?: unknown;
  indikator?: unknown;
}

/** A stored sasaran as the panel engine hands it to an update (Document Service row, `opd` populated). */
export interface BarisSasaranOpd {
  opd?: { id: number; documentId: string } | null;
  tahun?: unknown;
  sasaran?: unknown;
  urutan?: unknown;
  indikator?: unknown;
}

/** The Kepala OPD post of an SKP, as the duplicate check reads it (lean select). */
interface SkpKepala {
  id: number;
  tahun: number;
  penugasan: {
    id: number;
    jabatan: { id: number; kepala_opd: boolean | null; opd: { id: number } | null } | null;
  } | null;
}

/**
 * OPD-level sasaran/PK (the reference for duplicate indicators in the Kepala OPD's SKP). Written through the
 * panel engine (resource `sasaran-opd`, panel/sasaran-opd.ts: one transaction with its audit record); this
 * service holds who may write, what they see, the validation, and the cross-check with the Kepala OPD's SKP:
 *
 * - Admin BKPSDM writes for any OPD, Admin OPD only for his own OPD; others read their own OPD only.
 * - After every write (whatever path: panel, content manager, a future eKAK import) the Document
 *   Service hook re-marks the duplicate indicators of the SKP of that OPD and year held on a
 *   `kepala_opd` post (UTAMA, PLT, PLH or PJ penugasan), in the same transaction. Hidden flags and
 *   warnings are recomputed whatever the SKP's status. An approved SKP keeps its status: a new
 *   conflict on it is shown (`peringatan`, `konflik_terbuka`) but cannot be overridden there
 *   (override is refused on DISETUJUI); it is resolved by correcting the sasaran, or the IKI through
 *   an RHK revision. DRAFT/DIAJUKAN/DITOLAK SKP are blocked at `setujui` as for any conflict.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);

  const bolehTulis = (aktor: Aktor) => bolehTulisSasaran(aktor);

  return {
    bolehTulis,

    /** Read scope: BKPSDM all OPD; anyone else the sasaran of his own OPD (fails closed). */
    cakupan(aktor: Aktor): Record<string, unknown> {
      if (aktor.peran === 'admin_bkpsdm') return {};
      if (aktor.opdId == null) return { id: { $in: [] } };
      return { opd: { id: { $eq: aktor.opdId } } };
    },

    /** Validated Document Service data of a create (lama undefined) or an update (merged with lama). */
    async keData(i: IsianSasaranOpd, aktor: Aktor, lama?: BarisSasaranOpd): Promise<Record<string, unknown>> {
      let opdId: number | null = lama?.opd?.id ?? null;
      let opdDoc: string | null = lama?.opd?.documentId ?? null;
      if (i.opd_id !== undefined || !lama) {
        const o = i.opd_id
          ? await q('plugin::inti.opd').findOne({
              where: { documentId: String(i.opd_id) },
              select: ['id', 'documentId'],
            })
          : null;
        if (!o)
          throw new GalatMskp(
            400,
            'ISIAN_TIDAK_VALID',
            i.opd_id ? `OPD dengan id "${i.opd_id}" tidak ditemukan.` : 'OPD wajib dipilih.',
            'opd_id',
          );
        opdId = o.id;
        opdDoc = o.documentId;
      }
      pastikan(aturanTulisSasaran(aktor, opdId));
      const cek = periksaSasaran({
        tahun: i.tahun !== undefined ? i.tahun : lama?.tahun,
        sasaran: i.sasaran !== undefined ? i.sasaran : lama?.sasaran,
        urutan: i.urutan !== undefined ? i.urutan : lama?.urutan,
        indikator: i.indikator !== undefined ? i.indikator : lama?.indikator,
      });
      if (!cek.ok) throw new GalatMskp(400, cek.kode, cek.pesan, cek.field);
      return { ...cek.data, opd: opdDoc, ...(lama ? {} : { sumber: 'MANUAL' }) };
    },

    /** OPD-level indicators the SKP is checked against: those of its OPD and year when it is a Kepala OPD's SKP, else none. */
    async indikatorUntukSkp(skpId: number): Promise<Indikator[]> {
      const s: SkpKepala | null = await q(UID_SKP.skp).findOne({
        where: { id: skpId },
        select: ['id', 'tahun'],
        populate: {
          penugasan: {
            select: ['id'],
            populate: { jabatan: { select: ['id', 'kepala_opd'], populate: { opd: { select: ['id'] } } } },
          },
        },
      });
      const jabatan = s?.penugasan?.jabatan;
      if (!s || !jabatan?.kepala_opd || jabatan.opd?.id == null) return [];
      const sasaran = await q(UID_SASARAN).findMany({
        where: { opd: { id: jabatan.opd.id }, tahun: s.tahun },
        select: ['documentId', 'indikator'],
        orderBy: [{ urutan: 'asc' }, { id: 'asc' }],
      });
      return indikatorTingkatOpd(sasaran);
    },

    /** Re-marks the duplicates of every SKP of the year held on a Kepala OPD post of the OPD (caller's transaction). */
    async tandaiSkpKepala(opdId: number, tahun: number) {
      const skp = await q(UID_SKP.skp).findMany({
        where: { tahun, penugasan: { jabatan: { kepala_opd: true, opd: { id: opdId } } } },
        select: ['id'],
      });
      const rencana = layanan(strapi, 'kinerja', 'rencana');
      for (const s of skp) await rencana.tandaiDuplikat(s.id);
      return skp.length;
    },
  };
};

/**
 * Document Service hook: after a sasaran OPD is created, updated or deleted, whatever path wrote it,
 * the Kepala OPD's SKP of the OPD and year before and after the write are re-marked (in the
 * caller's transaction when there is one).
 */
export function daftarkanPenandaSasaranOpd(strapi: Core.Strapi) {
  const kunci = async (documentId: unknown) => {
    if (!documentId) return null;
    const r = await strapi.db.query(UID_SASARAN).findOne({
      where: { documentId: String(documentId) },
      select: ['id', 'tahun'],
      populate: { opd: { select: ['id'] } },
    });
    return r?.opd?.id != null && r.tahun != null ? `${r.opd.id}:${r.tahun}` : null;
  };
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== UID_SASARAN || !['create', 'update', 'delete'].includes(ctx.action)) return next();
    // the params and the result differ per action; only their documentId is read
    const diminta = (ctx.params as { documentId?: unknown } | undefined)?.documentId;
    const sebelum = ctx.action === 'create' ? null : await kunci(diminta);
    const hasil = await next();
    const ditulis = (hasil as { documentId?: unknown } | null | undefined)?.documentId;
    const sesudah = ctx.action === 'delete' ? null : await kunci(ditulis ?? diminta);
    const svc = layanan(strapi, 'kinerja', 'sasaran-opd');
    for (const k of new Set([sebelum, sesudah].filter(Boolean) as string[])) {
      const [opdId, tahun] = k.split(':').map(Number);
      await svc.tandaiSkpKepala(opdId, tahun);
    }
    return hasil;
  });
}
