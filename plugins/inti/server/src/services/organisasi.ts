import type { Core } from '@strapi/strapi';
import { aktifPada, filterPenugasanBertumpuk, type JenisPenugasan } from '../domain/penugasan';
import { GalatMskp } from '../domain/galat';
import { penilaiPada, type JabatanNode, type Pemangku, type PemangkuData } from '../domain/penilai';

const KEDALAMAN_MAKS = 12;

/**
 * Queries over the organisation at a date: who holds which post, the subtree below a post, and the
 * penilai of a pegawai. Loads only the posts it needs (level by level), never the whole city.
 */
/** A penugasan row with its pegawai and jabatan ids (both set on every stored penugasan). */
interface BarisPemangku {
  jenis: string;
  tmt_mulai: string;
  tmt_akhir: string | null;
  pegawai: { id: number };
  jabatan: { id: number };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const qPenugasan = () => strapi.db.query('plugin::inti.penugasan');
  const qJabatan = () => strapi.db.query('plugin::inti.jabatan');

  const aktifWhere = (tanggal: string) => filterPenugasanBertumpuk(tanggal);
  const keData = (p: BarisPemangku): PemangkuData => ({
    pegawaiId: p.pegawai?.id,
    jabatanId: p.jabatan?.id,
    jenis: p.jenis as JenisPenugasan,
    tmtMulai: p.tmt_mulai,
    tmtAkhir: p.tmt_akhir,
  });
  const populateIds = { pegawai: { select: ['id'] }, jabatan: { select: ['id'] } };

  return {
    /**
     * The pegawai with the NIP (the columns and relations asked for; id, documentId and nip by default),
     * or 404 PEGAWAI_TIDAK_DITEMUKAN on field `nip`. `pesan` replaces the message where an API has its own.
     */
    async wajibPegawaiNip(
      nip: string,
      opsi: { select?: string[]; populate?: Record<string, unknown>; pesan?: string } = {},
    ): Promise<any> {
      // any: the row has the columns and relations the caller asked for in `opsi`
      const p = await strapi.db.query('plugin::inti.pegawai').findOne({
        where: { nip },
        select: opsi.select ?? ['id', 'documentId', 'nip'],
        ...(opsi.populate ? { populate: opsi.populate } : {}),
      });
      if (!p)
        throw new GalatMskp(
          404,
          'PEGAWAI_TIDAK_DITEMUKAN',
          opsi.pesan ?? `Pegawai dengan NIP ${nip} tidak ditemukan.`,
          'nip',
        );
      return p;
    },

    /** Active penugasan of one pegawai at a date. */
    async penugasanPegawai(pegawaiId: number, tanggal: string): Promise<PemangkuData[]> {
      const rows = await qPenugasan().findMany({
        where: { pegawai: { id: pegawaiId }, ...aktifWhere(tanggal) },
        select: ['id', 'jenis', 'tmt_mulai', 'tmt_akhir'],
        populate: populateIds,
      });
      return rows.map(keData);
    },

    /** Active holders of the given posts at a date. */
    async pemegangJabatan(jabatanIds: number[], tanggal: string): Promise<PemangkuData[]> {
      if (!jabatanIds.length) return [];
      const rows = await qPenugasan().findMany({
        where: { jabatan: { id: { $in: jabatanIds } }, ...aktifWhere(tanggal) },
        select: ['id', 'jenis', 'tmt_mulai', 'tmt_akhir'],
        populate: populateIds,
      });
      return rows.map(keData).filter((p: PemangkuData) => aktifPada(p, tanggal));
    },

    /** Ids of every post below the roots (one query per level). */
    async subpohonJabatan(akar: number[]): Promise<number[]> {
      const hasil = new Set<number>();
      let level = [...new Set(akar)];
      for (let i = 0; i < KEDALAMAN_MAKS && level.length; i++) {
        const anak = await qJabatan().findMany({ where: { atasan: { id: { $in: level } } }, select: ['id'] });
        level = anak.map((j: { id: number }) => j.id).filter((id: number) => !hasil.has(id) && !akar.includes(id));
        level.forEach((id) => hasil.add(id));
      }
      return [...hasil];
    },

    /** Pegawai holding (in any capacity) a post below the posts the pegawai holds at the date. */
    async bawahanPada(pegawaiId: number, tanggal: string): Promise<number[]> {
      return (await this.bawahanPadaTanggal(pegawaiId, [tanggal])).get(tanggal) ?? [];
    },

    /**
     * `bawahanPada` at several dates at once (e.g. the twelve months of a year): the pegawai's posts over the
     * span, the subtree below each distinct set of them, and their holders over the span, each read once;
     * then resolved per date in memory. The number of queries does not grow with the number of dates.
     */
    async bawahanPadaTanggal(pegawaiId: number, tanggal: string[]): Promise<Map<string, number[]>> {
      const hasil = new Map<string, number[]>();
      const daftar = [...new Set(tanggal)].sort();
      if (!daftar.length) return hasil;
      const [awal, akhir] = [daftar[0], daftar[daftar.length - 1]];
      const milik: PemangkuData[] = (
        await qPenugasan().findMany({
          where: { pegawai: { id: pegawaiId }, ...filterPenugasanBertumpuk(awal, akhir) },
          select: ['id', 'jenis', 'tmt_mulai', 'tmt_akhir'],
          populate: populateIds,
        })
      ).map(keData);
      const akarPada = new Map(
        daftar.map((t) => [
          t,
          [...new Set(milik.filter((p) => aktifPada(p, t)).map((p) => Number(p.jabatanId)))].sort((a, b) => a - b),
        ]),
      );
      const subpohon = new Map<string, number[]>();
      for (const akar of akarPada.values()) {
        const kunci = akar.join(',');
        if (akar.length && !subpohon.has(kunci)) subpohon.set(kunci, await this.subpohonJabatan(akar));
      }
      const semuaSub = [...new Set([...subpohon.values()].flat())];
      const pemegang: PemangkuData[] = semuaSub.length
        ? (
            await qPenugasan().findMany({
              where: { jabatan: { id: { $in: semuaSub } }, ...filterPenugasanBertumpuk(awal, akhir) },
              select: ['id', 'jenis', 'tmt_mulai', 'tmt_akhir'],
              populate: populateIds,
            })
          ).map(keData)
        : [];
      for (const t of daftar) {
        const sub = new Set(subpohon.get(akarPada.get(t)!.join(',')) ?? []);
        const ids = pemegang
          .filter((p) => sub.has(Number(p.jabatanId)) && aktifPada(p, t))
          .map((p) => Number(p.pegawaiId));
        hasil.set(
          t,
          [...new Set(ids)].filter((id) => id !== pegawaiId),
        );
      }
      return hasil;
    },

    /**
     * The penilai of a pegawai at a date, for his definitive post or (jabatanId given) for a post he
     * holds as Plt/Plh. Walks up the chain one post at a time.
     */
    async penilaiPegawai(pegawaiId: number, tanggal: string, jabatanId?: number): Promise<Pemangku | null> {
      let asal = jabatanId;
      if (asal == null) {
        const utama = (await this.penugasanPegawai(pegawaiId, tanggal)).find((p) => p.jenis === 'UTAMA');
        if (!utama) return null;
        asal = Number(utama.jabatanId);
      }
      const peta = new Map<string, JabatanNode>();
      const penugasan: PemangkuData[] = [];
      let kini: number | null = asal;
      for (let i = 0; i < KEDALAMAN_MAKS && kini != null; i++) {
        const j = await qJabatan().findOne({
          where: { id: kini },
          select: ['id', 'jenis'],
          populate: { atasan: { select: ['id'] } },
        });
        if (!j) break;
        peta.set(String(j.id), { id: j.id, jenis: j.jenis, atasanId: j.atasan?.id ?? null });
        if (j.id !== asal) penugasan.push(...(await this.pemegangJabatan([j.id], tanggal)));
        kini = j.atasan?.id ?? null;
      }
      return penilaiPada(asal, peta, penugasan, tanggal, pegawaiId);
    },
  };
};
