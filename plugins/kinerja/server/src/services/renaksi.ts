import type { Core } from '@strapi/strapi';
import { GalatMskp, hariIni, pastikan, type Aktor, layanan } from '@m-skp/inti';
import type { StatusRevisi } from '../domain/alur';
import { periksaTargetRenaksi, bulanBerubah, targetPadaBulan, type Periode, type TargetBulan } from '../domain/renaksi';
import {
  triwulanDariBulan,
  aturanHapusRenaksi,
  aturanPulihkanRenaksi,
  aturanTargetTerisi,
  aturanUbahRenaksi,
  aturanLihatRenaksi,
} from '../domain/renaksi';
import { sebagaiPemilik } from './skp';
import { tanggalAcuan } from '../domain/skp';
import { berkasDto } from '../domain/berkas';
import { renaksiBerlaku, type RenaksiVersi } from '../domain/versi';

/** An evidence file row (plugin::upload.file) as the realisasi populate reads it. */
export interface BerkasBukti {
  id: number;
  name: string;
  mime?: string | null;
  size?: number | string | null;
  provider_metadata?: { ukuran_byte?: number } | null;
}

/** A link given as evidence (stored in `bukti_url`). */
export interface TautanBukti {
  url: string;
  nama?: string | null;
}

/** Decimal columns come back as strings on some databases. */
type Angka = number | string | null;

/** A stored realisasi (query engine or Document Service row) with what its callers populate. */
export interface BarisRealisasi {
  id: number;
  documentId: string;
  tahun: number;
  bulan: number;
  nilai: Angka;
  status: string;
  bukti?: BerkasBukti[] | null;
  bukti_url?: TautanBukti[] | null;
  faktor_penunjang?: string | null;
  faktor_penghambat?: string | null;
  umpan_balik?: string | null;
  diperiksa_oleh_nip?: string | null;
  diperiksa_oleh_nama?: string | null;
  diperiksa_pada?: Date | string | null;
  diisi_pada?: Date | string | null;
  diisi_oleh?: string | null;
  target_nilai?: Angka;
  capaian_mentah?: Angka;
  capaian?: Angka;
  formula?: string | null;
  pegawai?: { id: number } | null;
  rencana_aksi?: {
    id: number;
    rhk?: {
      id: number;
      skp?: { id: number; penugasan?: { jenis?: string | null; jabatan?: { id: number } | null } | null } | null;
    } | null;
  } | null;
}

/** The RHK of a renaksi as POPULATE_RENAKSI reads it. */
export interface RhkRenaksi {
  id: number;
  documentId: string;
  uraian: string;
  jenis: string;
  urutan: number;
  is_sasaran_prioritas?: boolean | null;
  terdapat_inovasi?: boolean | null;
  is_perintah_walikota?: boolean | null;
  status_revisi?: string | null;
  versi_disetujui?: unknown;
  skp?: { id: number; documentId: string; status: string } | null;
}

/** A stored renaksi with POPULATE_RENAKSI. */
export interface BarisRenaksi {
  id: number;
  documentId: string;
  tahun: number;
  uraian: string;
  urutan: number;
  periode: Periode;
  satuan: string;
  polaritas: 'NAIK' | 'TURUN';
  sebagai_rtp?: boolean | null;
  target: TargetBulan[] | null;
  ekak_renaksi_id?: string | null;
  anggaran?: Angka;
  dihapus_dalam_revisi?: Date | string | null;
  pegawai?: { id: number; documentId: string; nip: string } | null;
  rhk?: RhkRenaksi | null;
}

/** The plan fields of a renaksi in force that override a live row's (an RHK under revision: its approved copy). */
const pilihBerlaku = (b: RenaksiVersi | null | undefined) =>
  b
    ? {
        uraian: b.uraian,
        urutan: b.urutan,
        // frozen from a stored renaksi, so one of the stored values
        periode: b.periode as Periode,
        satuan: b.satuan,
        polaritas: b.polaritas,
        target: b.target,
        sebagai_rtp: b.sebagai_rtp,
      }
    : {};

export const UID_RENAKSI = 'plugin::kinerja.rencana-aksi';
export const UID_REALISASI = 'plugin::kinerja.realisasi';

export interface RenaksiIsian {
  uraian?: string;
  urutan?: number;
  periode?: Periode;
  satuan?: string;
  polaritas?: 'NAIK' | 'TURUN';
  sebagai_rtp?: boolean;
  target?: unknown;
  ekak_renaksi_id?: string | null;
  ekak_tahapan_id?: string | null;
  anggaran?: number | null;
}

/** A renaksi as the list reads it first (ids and targets, constant cost). */
interface BarisRingan {
  id: number;
  target: TargetBulan[] | null;
  pegawai: { id: number } | null;
  rhk: { id: number; status_revisi?: string | null; versi_disetujui?: unknown } | null;
}

export interface FilterDaftar {
  nip?: string;
  tahun?: number;
  bulan?: number;
  rhk?: string;
  page?: number;
  pageSize?: number;
}

const BIDANG = [
  'uraian',
  'urutan',
  'satuan',
  'polaritas',
  'sebagai_rtp',
  'ekak_renaksi_id',
  'ekak_tahapan_id',
  'anggaran',
] as const;

export function realisasiDto(x: BarisRealisasi | null | undefined) {
  if (!x) return null;
  // in upload order (file ids grow): the media relation's own order is not stable on PostgreSQL
  const berkas = [...(x.bukti ?? [])]
    .sort((a, b) => a.id - b.id)
    .map((f) => ({ ...berkasDto(f), jenis: 'BERKAS', mime: f.mime ?? null }));
  const tautan = (x.bukti_url ?? []).map((t) => ({
    id: null,
    jenis: 'TAUTAN',
    nama: t.nama ?? t.url,
    url: t.url,
  }));
  return {
    id: x.documentId,
    bulan: x.bulan,
    nilai: x.nilai == null ? null : Number(x.nilai),
    status: x.status,
    bukti: [...berkas, ...tautan],
    faktor_penunjang: x.faktor_penunjang ?? null,
    faktor_penghambat: x.faktor_penghambat ?? null,
    umpan_balik: x.umpan_balik ?? null,
    diperiksa_oleh: x.diperiksa_oleh_nip ? { nip: x.diperiksa_oleh_nip, nama: x.diperiksa_oleh_nama ?? null } : null,
    diperiksa_pada: x.diperiksa_pada ?? null,
    diisi_pada: x.diisi_pada ?? null,
    diisi_oleh: x.diisi_oleh ?? null,
    target: x.target_nilai == null ? null : Number(x.target_nilai),
    capaian_mentah: x.capaian_mentah == null ? null : Number(x.capaian_mentah),
    capaian: x.capaian == null ? null : Number(x.capaian),
    formula: x.formula ?? null,
  };
}

/**
 * One renaksi as the Rencana Aksi API of api.md answers it. With `bulan`, target/realisasi/terkunci
 * are that month's; without, lists over the months with a target.
 */
export function renaksiDto(r: BarisRenaksi, realisasi: BarisRealisasi[], terkunci: Set<number>, bulan?: number) {
  const target: TargetBulan[] = r.target ?? [];
  const perBulan = new Map<number, BarisRealisasi>(realisasi.map((x) => [x.bulan, x]));
  const dasar = {
    id: r.documentId,
    nip: r.pegawai?.nip ?? null,
    tahun: r.tahun,
    skp: r.rhk?.skp ? { id: r.rhk.skp.documentId, status: r.rhk.skp.status } : null,
    rhk: r.rhk
      ? {
          id: r.rhk.documentId,
          uraian: r.rhk.uraian,
          jenis: r.rhk.jenis,
          is_sasaran_prioritas: !!r.rhk.is_sasaran_prioritas,
          terdapat_inovasi: !!r.rhk.terdapat_inovasi,
          is_perintah_walikota: !!r.rhk.is_perintah_walikota,
        }
      : null,
    uraian: r.uraian,
    urutan: r.urutan,
    periode: r.periode,
    satuan: r.satuan,
    polaritas: r.polaritas,
    sebagai_rtp: !!r.sebagai_rtp,
    ekak_renaksi_id: r.ekak_renaksi_id ?? null,
    anggaran: r.anggaran == null ? null : Number(r.anggaran),
  };
  if (bulan != null) {
    const nilai = targetPadaBulan(target, bulan);
    return {
      ...dasar,
      target:
        nilai == null
          ? null
          : { bulan, nilai, satuan: r.satuan, triwulan: r.periode === 'TRIWULAN' ? triwulanDariBulan(bulan) : null },
      realisasi: realisasiDto(perBulan.get(bulan)),
      terkunci: terkunci.has(triwulanDariBulan(bulan)),
    };
  }
  return {
    ...dasar,
    target: target.map((t) => ({
      bulan: t.bulan,
      nilai: Number(t.nilai),
      satuan: r.satuan,
      triwulan: r.periode === 'TRIWULAN' ? triwulanDariBulan(t.bulan) : null,
      terkunci: terkunci.has(triwulanDariBulan(t.bulan)),
    })),
    realisasi: target.map((t) => realisasiDto(perBulan.get(t.bulan))).filter(Boolean),
    terkunci: target.length > 0 && target.every((t) => terkunci.has(triwulanDariBulan(t.bulan))),
  };
}

export const POPULATE_RENAKSI = {
  pegawai: { select: ['id', 'documentId', 'nip'] },
  rhk: {
    select: [
      'id',
      'documentId',
      'uraian',
      'jenis',
      'urutan',
      'is_sasaran_prioritas',
      'terdapat_inovasi',
      'is_perintah_walikota',
      'status_revisi',
    ],
    populate: { skp: { select: ['id', 'documentId', 'status'] } },
  },
};

/**
 * Rencana aksi: written by the SKP's owner with the same right as the RHK's IKI (SKP editable, or
 * that RHK reopened), never touching a locked month; listed for whoever the scope service allows.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);
  const cakupan = () => layanan(strapi, 'inti', 'cakupan');
  const periode = () => layanan(strapi, 'inti', 'periode');
  const audit = () => layanan(strapi, 'inti', 'audit');
  const rencana = () => layanan(strapi, 'kinerja', 'rencana');
  const versi = () => layanan(strapi, 'kinerja', 'versi');

  /** The frozen approved version of an RHK under revision (null: none). */
  async function versiRhk(rhkId: number) {
    return versi().dariRhk(
      await q('plugin::kinerja.rhk').findOne({ where: { id: rhkId }, select: ['status_revisi', 'versi_disetujui'] }),
    );
  }

  async function muat(
    documentId: string,
  ): Promise<BarisRenaksi & { rhk: RhkRenaksi & { skp: NonNullable<RhkRenaksi['skp']> } }> {
    const r: BarisRenaksi | null = await q(UID_RENAKSI).findOne({
      where: { documentId: String(documentId) },
      populate: POPULATE_RENAKSI,
    });
    if (!r || !r.rhk)
      throw new GalatMskp(404, 'RENAKSI_TIDAK_DITEMUKAN', `Rencana aksi dengan id "${documentId}" tidak ditemukan.`);
    // every RHK belongs to an SKP (required relation)
    return r as BarisRenaksi & { rhk: RhkRenaksi & { skp: NonNullable<RhkRenaksi['skp']> } };
  }

  /** 423 when one of the months lies in a locked quarter. */
  async function wajibBulanTerbuka(tahun: number, bulan: number[]) {
    for (const b of bulan) await periode().wajibTerbuka(tahun, b);
  }

  async function satu(documentId: string) {
    const r = await muat(documentId);
    const real: BarisRealisasi[] = await q(UID_REALISASI).findMany({
      where: { rencana_aksi: { id: r.id } },
      populate: { bukti: { select: ['id', 'name', 'mime', 'size', 'provider_metadata'] } },
    });
    return renaksiDto(r, real, await periode().triwulanTerkunci(r.tahun));
  }

  function dataIsian(i: RenaksiIsian, periodeRenaksi: Periode, wajibTarget: boolean) {
    const data: Record<string, unknown> = {};
    for (const b of BIDANG) if (i[b] !== undefined) data[b] = i[b];
    if (i.periode !== undefined) data.periode = i.periode;
    if (wajibTarget || i.target !== undefined) {
      const t = periksaTargetRenaksi(periodeRenaksi, i.target);
      if (!t.ok) throw new GalatMskp(400, t.kode, t.pesan, t.field);
      data.target = t.nilai;
    }
    return data;
  }

  const catat = (
    aktor: Aktor,
    s: { penugasan?: { jenis?: string | null } | null },
    aksi: string,
    objekId: string,
    sebelum: unknown,
    sesudah: unknown,
  ) =>
    audit().catat({
      ...audit().dariAktor(aktor),
      aksi,
      objekTipe: 'rencana-aksi',
      objekId,
      sebelum,
      sesudah,
      bertindakSebagai: sebagaiPemilik(s.penugasan?.jenis),
    });

  /** The owner's right to write the renaksi of an SKP (rencana.bolehTulis). */
  const bolehTulis = (aktor: Aktor, skpDocId: string, statusRhk: StatusRevisi | 'BARU') =>
    rencana().bolehTulis(aktor, skpDocId, statusRhk);

  return {
    muat,
    satu,

    /** POST /api/rhk/:id/rencana-aksi */
    async buat(aktor: Aktor, rhkDocId: string, i: RenaksiIsian) {
      const rhk = await rencana().muatRhk(rhkDocId);
      const { s } = await bolehTulis(aktor, rhk.skp.documentId, (rhk.status_revisi ?? null) as StatusRevisi);
      const per: Periode = i.periode ?? 'BULANAN';
      const data = dataIsian(i, per, true);
      await wajibBulanTerbuka(
        s.tahun,
        (data.target as TargetBulan[]).map((t) => t.bulan),
      );
      if (data.urutan == null) data.urutan = (await q(UID_RENAKSI).count({ where: { rhk: { id: rhk.id } } })) + 1;
      const documentId = await strapi.db.transaction(async () => {
        const baru = await strapi.documents(UID_RENAKSI).create({
          data: { ...data, periode: per, rhk: rhk.documentId, pegawai: s.pegawai.documentId, tahun: s.tahun },
        });
        await catat(aktor, s, 'RENAKSI_DIBUAT', baru.documentId, null, { ...data, rhk: rhk.documentId });
        return baru.documentId;
      });
      return satu(documentId);
    },

    /** PUT /api/rencana-aksi/:id: months in a locked quarter cannot change; months with realisasi keep a target. */
    async ubah(aktor: Aktor, documentId: string, i: RenaksiIsian) {
      const r = await muat(documentId);
      const { s } = await bolehTulis(aktor, r.rhk.skp.documentId, (r.rhk.status_revisi ?? null) as StatusRevisi);
      pastikan(aturanUbahRenaksi(r.dihapus_dalam_revisi));
      const per: Periode = i.periode ?? r.periode;
      const data = dataIsian(
        { ...i, target: i.target ?? (i.periode && i.periode !== r.periode ? r.target : undefined) },
        per,
        false,
      );
      if (data.target) {
        const berubah = bulanBerubah(r.target ?? [], data.target as TargetBulan[]);
        await wajibBulanTerbuka(r.tahun, berubah);
        const terisi: { bulan: number }[] = await q(UID_REALISASI).findMany({
          where: { rencana_aksi: { id: r.id } },
          select: ['bulan'],
        });
        pastikan(
          aturanTargetTerisi(
            terisi.map((x) => x.bulan),
            data.target as TargetBulan[],
          ),
        );
      }
      await strapi.db.transaction(async () => {
        await strapi.documents(UID_RENAKSI).update({ documentId, data });
        if (data.target || data.polaritas) await layanan(strapi, 'kinerja', 'realisasi').hitungUlang(r.id);
        await catat(
          aktor,
          s,
          'RENAKSI_DIUBAH',
          documentId,
          { uraian: r.uraian, target: r.target, periode: r.periode, sebagai_rtp: r.sebagai_rtp },
          data,
        );
      });
      return satu(documentId);
    },

    /**
     * DELETE /api/rencana-aksi/:id: only while it has no realisasi. While its RHK is under revision, a
     * renaksi of the approved version is only marked `dihapus_dalam_revisi`: it stays in force (realisasi
     * entry, capaian, prints) and the penilai sees its removal; approving the revision deletes it, rejecting
     * it changes nothing (`pulihkan` undoes the mark). A renaksi added by the revision is deleted at once.
     */
    async hapus(aktor: Aktor, documentId: string) {
      const r = await muat(documentId);
      const { s } = await bolehTulis(aktor, r.rhk.skp.documentId, (r.rhk.status_revisi ?? null) as StatusRevisi);
      if (r.dihapus_dalam_revisi) return { id: documentId };
      await wajibBulanTerbuka(
        r.tahun,
        (r.target ?? []).map((t: TargetBulan) => t.bulan),
      );
      const ada = await q(UID_REALISASI).count({ where: { rencana_aksi: { id: r.id } } });
      pastikan(aturanHapusRenaksi(ada));
      const dalamVersi = !!renaksiBerlaku(r, await versiRhk(r.rhk.id));
      await strapi.db.transaction(async () => {
        if (r.rhk.status_revisi && dalamVersi) {
          const u = await q(UID_RENAKSI).updateMany({
            where: { id: r.id, dihapus_dalam_revisi: { $null: true } },
            data: { dihapus_dalam_revisi: new Date() },
          });
          if (u?.count)
            await catat(
              aktor,
              s,
              'RENAKSI_DIHAPUS_DALAM_REVISI',
              documentId,
              { uraian: r.uraian, target: r.target },
              { dihapus_dalam_revisi: true },
            );
        } else {
          await strapi.documents(UID_RENAKSI).delete({ documentId });
          await catat(aktor, s, 'RENAKSI_DIHAPUS', documentId, { uraian: r.uraian, target: r.target }, null);
        }
      });
      return { id: documentId };
    },

    /** POST /api/rencana-aksi/:id/pulihkan: the owner undoes a deletion made during the revision (while he may edit the RHK). */
    async pulihkan(aktor: Aktor, documentId: string) {
      const r = await muat(documentId);
      const { s } = await bolehTulis(aktor, r.rhk.skp.documentId, (r.rhk.status_revisi ?? null) as StatusRevisi);
      pastikan(aturanPulihkanRenaksi(r.dihapus_dalam_revisi));
      await strapi.db.transaction(async () => {
        await q(UID_RENAKSI).update({ where: { id: r.id }, data: { dihapus_dalam_revisi: null } });
        await catat(
          aktor,
          s,
          'RENAKSI_DIPULIHKAN',
          documentId,
          { dihapus_dalam_revisi: true },
          { dihapus_dalam_revisi: false },
        );
      });
      return satu(documentId);
    },

    /**
     * GET /api/rencana-aksi: renaksi of the pegawai the caller may see, one year, optionally one month (then
     * only renaksi in force with a target in that month, as realisasi entry accepts them). A month's targets and
     * realisasi belong to whoever relates to the pegawai at that month's reference date (scope service
     * `lingkupTahun`/`bulanTerlihat`): without `bulan` each renaksi carries only the months the caller may see,
     * and one with none is left out. Constant number of queries: ids and targets first, then one page with its realisasi.
     */
    async daftar(aktor: Aktor, f: FilterDaftar) {
      pastikan(aturanLihatRenaksi({ jangkauan: aktor.jangkauan }));
      const tahun = f.tahun ?? Number(hariIni().slice(0, 4));
      const where: Record<string, unknown> = { tahun };
      let bulanPegawai: (pegawaiId: number) => number[];
      if (f.nip) {
        const p = await layanan(strapi, 'inti', 'organisasi').wajibPegawaiNip(f.nip, { select: ['id'] });
        const bulan: number[] = await cakupan().bulanTerlihat(aktor, p.id, tahun);
        pastikan(aturanLihatRenaksi({ jangkauan: aktor.jangkauan, bulanTerlihat: bulan, bulan: f.bulan }));
        where.pegawai = { id: p.id };
        bulanPegawai = () => bulan;
      } else {
        const lingkup = await cakupan().lingkupTahun(aktor, tahun);
        if (Object.keys(lingkup.pegawai).length) where.pegawai = lingkup.pegawai;
        bulanPegawai = lingkup.bulan;
      }
      if (f.rhk) where.rhk = { documentId: f.rhk };
      // the year view is the working copy: a renaksi deleted during a revision is gone from it (the month
      // view still lists it: it stays in force until the revision is approved)
      if (f.bulan == null) where.dihapus_dalam_revisi = { $null: true };
      const ringan: BarisRingan[] = await q(UID_RENAKSI).findMany({
        where,
        select: ['id', 'target'],
        populate: { pegawai: { select: ['id'] }, rhk: { select: ['id', 'status_revisi', 'versi_disetujui'] } },
        orderBy: [{ id: 'asc' }],
      });
      // one month (realisasi entry): the renaksi in force, with their targets in force; an RHK under revision
      // shows its approved version (a renaksi added by the revision waits for its approval). The year view
      // (the plan being edited) lists the working copy.
      const berlaku = new Map<number, RenaksiVersi | null>();
      if (f.bulan != null) {
        for (const r of ringan) {
          const v = r.rhk ? versi().dariRhk(r.rhk) : null;
          // with a frozen version the renaksi in force is its frozen copy (or none), never the live row
          if (v) berlaku.set(r.id, renaksiBerlaku(r, v) as RenaksiVersi | null);
        }
      }
      const target = (r: BarisRingan) => (berlaku.has(r.id) ? berlaku.get(r.id)?.target : r.target);
      const bulanBaris = new Map<number, Set<number>>(
        ringan.map((r) => [r.id, new Set(bulanPegawai(r.pegawai?.id as number))]),
      );
      const cocok = ringan.filter((r) => {
        const boleh = bulanBaris.get(r.id)!;
        if (f.bulan != null) return boleh.has(f.bulan) && targetPadaBulan(target(r), f.bulan) != null;
        const semua: TargetBulan[] = r.target ?? [];
        return semua.length ? semua.some((t) => boleh.has(t.bulan)) : boleh.size > 0;
      });
      const pageSize = Math.min(Math.max(f.pageSize ?? 100, 1), 500);
      const page = Math.max(f.page ?? 1, 1);
      const ids = cocok.slice((page - 1) * pageSize, page * pageSize).map((r) => r.id);
      const muatan: BarisRenaksi[] = ids.length
        ? await q(UID_RENAKSI).findMany({ where: { id: { $in: ids } }, populate: POPULATE_RENAKSI })
        : [];
      const rows = muatan.map((r) => ({
        ...r,
        target: (r.target ?? []).filter((t: TargetBulan) => bulanBaris.get(r.id)!.has(t.bulan)),
      }));
      rows.sort(
        (a, b) =>
          (a.pegawai?.id ?? 0) - (b.pegawai?.id ?? 0) ||
          (a.rhk?.jenis ?? '').localeCompare(b.rhk?.jenis ?? '') ||
          (a.rhk?.urutan ?? 0) - (b.rhk?.urutan ?? 0) ||
          a.urutan - b.urutan ||
          a.id - b.id,
      );
      const whereReal: Record<string, unknown> = { rencana_aksi: { id: { $in: ids } } };
      if (f.bulan != null) whereReal.bulan = f.bulan;
      const real: BarisRealisasi[] = ids.length
        ? await q(UID_REALISASI).findMany({
            where: whereReal,
            populate: {
              rencana_aksi: { select: ['id'] },
              bukti: { select: ['id', 'name', 'mime', 'size', 'provider_metadata'] },
            },
          })
        : [];
      const perRenaksi = new Map<number, BarisRealisasi[]>();
      for (const x of real) {
        const id = x.rencana_aksi?.id;
        if (id != null && bulanBaris.get(id)?.has(x.bulan)) perRenaksi.set(id, [...(perRenaksi.get(id) ?? []), x]);
      }
      const terkunci = await periode().triwulanTerkunci(tahun);
      return {
        data: rows.map((r) =>
          renaksiDto(
            f.bulan == null ? r : { ...r, ...pilihBerlaku(berlaku.get(r.id)) },
            perRenaksi.get(r.id) ?? [],
            terkunci,
            f.bulan,
          ),
        ),
        meta: { total: cocok.length, page, pageSize, tahun, bulan: f.bulan ?? null },
      };
    },
  };
};

/** The date at which "who may see whom" is judged for a year: today clamped into it (domain/skp `tanggalAcuan`). */
export const tanggalTahun = (tahun: number): string => tanggalAcuan(hariIni(), `${tahun}-01-01`, `${tahun}-12-31`);
