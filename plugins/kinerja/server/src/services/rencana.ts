import type { Core } from '@strapi/strapi';
import { GalatMskp, pastikan, layanan, type Aktor, type LayananInti } from '@m-skp/inti';
import { putuskan, type StatusRevisi } from '../domain/alur';
import { aturanHapusRhk, aturanRhkAtasan, periksaRhk, type Perspektif } from '../domain/skp';
import { uraiTarget } from '../domain/target';
import { tandaDuplikat, peringatanDuplikat } from '../domain/duplikat';
import { UID, rhkDto, ikiDto, sebagaiPemilik } from './skp';
import type { BarisIki, BarisRhk, BarisSkp } from './tipe-skp';

/** An RHK row with its SKP and rhk_atasan populated (muatRhk); `perspektif` is an enumeration column. */
export type RhkDimuat = Omit<BarisRhk, 'perspektif'> & {
  perspektif?: Perspektif | null;
  skp: { documentId: string };
  rhk_atasan: { id: number; documentId: string; uraian: string } | null;
};
/** An IKI row with its RHK populated (muatIki). */
type IkiDimuat = BarisIki & { rhk: { documentId: string } };
/** An IKI as the duplicate marking reads it (lean select). */
type IkiTanda = Pick<
  BarisIki,
  'id' | 'documentId' | 'uraian' | 'target_min' | 'target_max' | 'satuan' | 'disembunyikan' | 'duplikat_dari'
>;

export interface RhkIsian {
  jenis?: 'UTAMA' | 'TAMBAHAN';
  uraian?: string;
  urutan?: number;
  rhk_atasan_id?: string | null;
  perspektif?: Perspektif | null;
  ekak_sasaran_id?: string | null;
  ekak_indikator_id?: string | null;
  is_sasaran_prioritas?: boolean;
  terdapat_inovasi?: boolean;
  inovasi?: unknown;
  is_perintah_walikota?: boolean;
}

export interface IkiIsian {
  uraian?: string;
  aspek?: string;
  target?: unknown;
  satuan?: string;
  polaritas?: string;
  sifat_target?: string;
  urutan?: number;
}

const BIDANG_RHK = [
  'uraian',
  'urutan',
  'ekak_sasaran_id',
  'ekak_indikator_id',
  'is_sasaran_prioritas',
  'terdapat_inovasi',
  'inovasi',
  'is_perintah_walikota',
] as const;
const BIDANG_IKI = ['uraian', 'aspek', 'satuan', 'polaritas', 'sifat_target', 'urutan'] as const;

/**
 * RHK and IKI of an SKP: written by the owner while the SKP is editable, or (one RHK and its IKI)
 * while that RHK is reopened for revision. Each write runs in one transaction with its audit record
 * and the re-marking of duplicate indicators.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const skpSvc = () => layanan(strapi, 'kinerja', 'skp');
  const audit = () => layanan(strapi, 'inti', 'audit');
  const kebijakan = () => layanan(strapi, 'inti', 'kebijakan');
  const q = (uid: string) => strapi.db.query(uid);

  async function muatRhk(documentId: string): Promise<RhkDimuat> {
    const r: RhkDimuat | null = await q(UID.rhk).findOne({
      where: { documentId: String(documentId) },
      populate: { skp: { select: ['documentId'] }, rhk_atasan: { select: ['id', 'documentId', 'uraian'] } },
    });
    if (!r || !r.skp) throw new GalatMskp(404, 'RHK_TIDAK_DITEMUKAN', `RHK dengan id "${documentId}" tidak ditemukan.`);
    return r;
  }
  async function muatIki(documentId: string): Promise<IkiDimuat> {
    const i: IkiDimuat | null = await q(UID.iki).findOne({
      where: { documentId: String(documentId) },
      populate: { rhk: { select: ['documentId'] } },
    });
    if (!i || !i.rhk) throw new GalatMskp(404, 'IKI_TIDAK_DITEMUKAN', `IKI dengan id "${documentId}" tidak ditemukan.`);
    return i;
  }

  /** The rhk_atasan must be one the cascading picker offers. */
  async function idRhkAtasan(s: BarisSkp, documentId: string | null): Promise<string | null> {
    if (!documentId) return null;
    const pilihan = await skpSvc().pilihanRhkAtasan(s);
    pastikan(
      aturanRhkAtasan(
        documentId,
        pilihan.map((r) => r.documentId),
      ),
    );
    return documentId;
  }

  /**
   * Re-marks duplicate indicators of one SKP (inside the caller's transaction), against the OPD-level
   * sasaran/PK indicators when the SKP is a Kepala OPD's (services/sasaran-opd.ts).
   */
  async function tandaiDuplikat(skpId: number) {
    const iki: IkiTanda[] = await q(UID.iki).findMany({
      where: { rhk: { skp: { id: skpId } } },
      select: ['id', 'documentId', 'uraian', 'target_min', 'target_max', 'satuan', 'disembunyikan', 'duplikat_dari'],
      orderBy: { id: 'asc' },
    });
    const tingkatOpd = await layanan(strapi, 'kinerja', 'sasaran-opd').indikatorUntukSkp(skpId);
    const { tanda, kelompok } = tandaDuplikat(
      iki.map((i) => ({
        id: i.documentId,
        uraian: i.uraian,
        targetMin: Number(i.target_min),
        targetMax: Number(i.target_max),
        satuan: i.satuan,
      })),
      tingkatOpd,
    );
    for (const i of iki) {
      const t = tanda.get(i.documentId)!;
      if (!!i.disembunyikan !== t.disembunyikan || (i.duplikat_dari ?? null) !== t.duplikatDari) {
        await q(UID.iki).update({
          where: { id: i.id },
          data: { disembunyikan: t.disembunyikan, duplikat_dari: t.duplikatDari },
        });
      }
    }
    await q(UID.skp).update({ where: { id: skpId }, data: { peringatan: peringatanDuplikat(kelompok) } });
  }

  /** Loads the SKP and the actor's standing, and checks the write right for the RHK concerned. */
  async function bolehTulis(aktor: Aktor, skpDocId: string, statusRhk?: StatusRevisi | 'BARU') {
    const svc = skpSvc();
    const s = await svc.muat(skpDocId);
    const k = await svc.kedudukan(aktor, s);
    if (statusRhk === 'BARU' || statusRhk === undefined)
      svc.lempar(putuskan({ aksi: 'UBAH', status: s.status, pelaku: k.pelaku }));
    else svc.lempar(putuskan({ aksi: 'UBAH_RHK', status: s.status, statusRhk, pelaku: k.pelaku }));
    return { s, k };
  }

  const catat = (
    aktor: Aktor,
    s: BarisSkp,
    aksi: string,
    objekTipe: string,
    objekId: string,
    sebelum: unknown,
    sesudah: unknown,
  ) =>
    audit().catat({
      ...audit().dariAktor(aktor),
      aksi,
      objekTipe,
      objekId,
      sebelum,
      sesudah,
      bertindakSebagai: sebagaiPemilik(s.penugasan?.jenis),
    });

  async function rhkLengkap(documentId: string) {
    const r = await muatRhk(documentId);
    const iki: BarisIki[] = await q(UID.iki).findMany({
      where: { rhk: { id: r.id } },
      orderBy: [{ urutan: 'asc' }, { id: 'asc' }],
    });
    return rhkDto(r, iki);
  }

  /** An IKI just written (it exists: the write ran in this request). */
  async function ikiTersimpan(documentId: string): Promise<BarisIki> {
    return q(UID.iki).findOne({ where: { documentId } });
  }

  function ikiData(i: IkiIsian, wajib: boolean): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const b of BIDANG_IKI) if (i[b] !== undefined) data[b] = i[b];
    if (wajib || i.target !== undefined) {
      const t = uraiTarget(i.target);
      if (!t.ok) throw new GalatMskp(400, t.kode, t.pesan, t.field);
      Object.assign(data, { target_teks: t.teks, target_min: t.min, target_max: t.max });
    }
    return data;
  }

  return {
    /** The write check of RHK content (IKI, renaksi): SKP editable, or that RHK reopened for revision. */
    bolehTulis,
    muatRhk,
    /** re-marks one SKP's duplicate indicators (also after OPD-level sasaran writes) */
    tandaiDuplikat,

    async buatRhk(aktor: Aktor, skpDocId: string, i: RhkIsian) {
      const { s } = await bolehTulis(aktor, skpDocId, 'BARU');
      const cek = periksaRhk(s.jenis, {
        jenis: i.jenis!,
        rhkAtasan: i.rhk_atasan_id ?? null,
        perspektif: i.perspektif ?? null,
      });
      if (!cek.ok) throw new GalatMskp(400, cek.kode, cek.pesan, cek.field);
      const atasan = await idRhkAtasan(s, cek.rhkAtasan);
      const data: Record<string, unknown> = {
        skp: s.documentId,
        jenis: i.jenis,
        perspektif: cek.perspektif,
        rhk_atasan: atasan,
      };
      for (const b of BIDANG_RHK) if (i[b] !== undefined) data[b] = i[b];
      if (data.urutan == null)
        data.urutan = (await q(UID.rhk).count({ where: { skp: { id: s.id }, jenis: i.jenis } })) + 1;
      const documentId = await strapi.db.transaction(async () => {
        const baru = await strapi.documents(UID.rhk).create({ data });
        await catat(aktor, s, 'RHK_DIBUAT', 'rhk', baru.documentId, null, { ...i, skp: s.documentId });
        return baru.documentId;
      });
      return rhkLengkap(documentId);
    },

    async ubahRhk(aktor: Aktor, documentId: string, i: RhkIsian) {
      const r = await muatRhk(documentId);
      const { s } = await bolehTulis(aktor, r.skp.documentId, (r.status_revisi ?? null) as StatusRevisi);
      const jenis = i.jenis ?? r.jenis;
      const atasanDoc = i.rhk_atasan_id !== undefined ? i.rhk_atasan_id : (r.rhk_atasan?.documentId ?? null);
      const perspektif = i.perspektif !== undefined ? i.perspektif : (r.perspektif ?? null);
      const cek = periksaRhk(s.jenis, { jenis, rhkAtasan: atasanDoc, perspektif });
      if (!cek.ok) throw new GalatMskp(400, cek.kode, cek.pesan, cek.field);
      const data: Record<string, unknown> = { jenis, perspektif: cek.perspektif };
      if (cek.rhkAtasan !== (r.rhk_atasan?.documentId ?? null)) data.rhk_atasan = await idRhkAtasan(s, cek.rhkAtasan);
      for (const b of BIDANG_RHK) if (i[b] !== undefined) data[b] = i[b];
      await strapi.db.transaction(async () => {
        await strapi.documents(UID.rhk).update({ documentId: r.documentId, data });
        await catat(aktor, s, 'RHK_DIUBAH', 'rhk', r.documentId, rhkDto(r), i);
      });
      return rhkLengkap(documentId);
    },

    async hapusRhk(aktor: Aktor, documentId: string) {
      const r = await muatRhk(documentId);
      const { s } = await bolehTulis(aktor, r.skp.documentId, 'BARU');
      const dipakai = await q(UID.rhk).count({ where: { rhk_atasan: { id: r.id } } });
      pastikan(aturanHapusRhk(dipakai));
      await strapi.db.transaction(async () => {
        const iki = await q(UID.iki).findMany({ where: { rhk: { id: r.id } }, select: ['documentId'] });
        for (const x of iki) await strapi.documents(UID.iki).delete({ documentId: x.documentId });
        await strapi.documents(UID.rhk).delete({ documentId: r.documentId });
        await tandaiDuplikat(s.id);
        await catat(aktor, s, 'RHK_DIHAPUS', 'rhk', r.documentId, rhkDto(r), null);
      });
      return { id: r.documentId };
    },

    async buatIki(aktor: Aktor, rhkDocId: string, i: IkiIsian) {
      const r = await muatRhk(rhkDocId);
      const { s } = await bolehTulis(aktor, r.skp.documentId, (r.status_revisi ?? null) as StatusRevisi);
      const data = ikiData(i, true);
      if (data.sifat_target == null) data.sifat_target = kebijakanSifat(kebijakan, s.periode_mulai);
      if (data.urutan == null) data.urutan = (await q(UID.iki).count({ where: { rhk: { id: r.id } } })) + 1;
      const documentId = await strapi.db.transaction(async () => {
        const baru = await strapi.documents(UID.iki).create({ data: { ...data, rhk: r.documentId } });
        await tandaiDuplikat(s.id);
        await catat(aktor, s, 'IKI_DIBUAT', 'iki', baru.documentId, null, { ...data, rhk: r.documentId });
        return baru.documentId;
      });
      return ikiDto(await ikiTersimpan(documentId));
    },

    async ubahIki(aktor: Aktor, documentId: string, i: IkiIsian) {
      const x = await muatIki(documentId);
      const r = await muatRhk(x.rhk.documentId);
      const { s } = await bolehTulis(aktor, r.skp.documentId, (r.status_revisi ?? null) as StatusRevisi);
      const data = ikiData(i, false);
      await strapi.db.transaction(async () => {
        await strapi.documents(UID.iki).update({ documentId, data });
        await tandaiDuplikat(s.id);
        await catat(aktor, s, 'IKI_DIUBAH', 'iki', documentId, ikiDto(x), data);
      });
      return ikiDto(await ikiTersimpan(documentId));
    },

    async hapusIki(aktor: Aktor, documentId: string) {
      const x = await muatIki(documentId);
      const r = await muatRhk(x.rhk.documentId);
      const { s } = await bolehTulis(aktor, r.skp.documentId, (r.status_revisi ?? null) as StatusRevisi);
      await strapi.db.transaction(async () => {
        await strapi.documents(UID.iki).delete({ documentId });
        await tandaiDuplikat(s.id);
        await catat(aktor, s, 'IKI_DIHAPUS', 'iki', documentId, ikiDto(x), null);
      });
      return { id: documentId };
    },
  };
};

/** Default sifat_target of a new IKI: policy `kinerja-iki` (domain.md §3: NON_KUMULATIF). */
function kebijakanSifat(kebijakan: () => LayananInti['kebijakan'], tanggal: string): string {
  return kebijakan().nilai('kinerja-iki', tanggal).sifat_target_bawaan;
}
