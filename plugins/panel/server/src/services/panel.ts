import type { Core } from '@strapi/strapi';
import type { z } from 'zod';
import { GalatMskp, hariIni, layanan, pastikan, type Aktor } from '@m-skp/inti';
import { uraiKunciFilter, type PermintaanDaftar } from '../domain/protokol';
import { keputusanBaca, keputusanTulis, sumberDikenal, type TindakanPanel } from '../domain/aturan';
import { SUMBER } from '../sumber';
import type { DefinisiSumber, Konteks } from '../sumber/tipe';

/**
 * A Document Service `populate` ({rel: {fields, populate}}) as the query engine's ({rel: {select, populate}});
 * `id` and `documentId` are always selected, as the Document Service does. Memoised per definition object.
 */
const populateTerjemah = new WeakMap<object, PopulateKueri>();
/** The query engine's populate parameter. */
type PopulateKueri = Parameters<ReturnType<Core.Strapi['db']['query']>['findMany']>[0] extends infer P
  ? P extends { populate?: infer Q }
    ? Q
    : never
  : never;
export function populateKueri(p: unknown): PopulateKueri {
  if (!p || typeof p !== 'object' || Array.isArray(p)) return p as PopulateKueri;
  const ada = populateTerjemah.get(p);
  if (ada) return ada;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (!v || typeof v !== 'object') {
      out[k] = v;
      continue;
    }
    const { fields, populate, filters, sort, ...lain } = v as Record<string, unknown>;
    const o: Record<string, unknown> = { ...lain };
    if (Array.isArray(fields)) o.select = [...new Set(['id', 'documentId', ...fields])];
    if (populate) o.populate = populateKueri(populate);
    if (filters) o.where = filters;
    if (sort) o.orderBy = sort;
    out[k] = Object.keys(o).length ? o : true;
  }
  populateTerjemah.set(p, out as PopulateKueri);
  return out as PopulateKueri;
}

/** Strapi's find parameters, typed per content type; a definition's scope and populate are plain objects. */
type ParamCari = Parameters<ReturnType<Core.Strapi['documents']>['findFirst']>[0];

/**
 * The generic panel engine over SUMBER: list (scoped, filtered, searched, sorted, paged), get, create,
 * update (optimistic concurrency on updatedAt), delete; every write in one transaction with its audit.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cakupan = () => layanan(strapi, 'inti', 'cakupan');
  const audit = () => layanan(strapi, 'inti', 'audit');

  /** Own keys only: "constructor", "__proto__" or "toString" in a URL must never reach Object.prototype. */
  const milik = <T>(o: Record<string, T>, k: string): T | undefined =>
    Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

  const definisi = (nama: string): DefinisiSumber => {
    const d = milik(SUMBER, nama);
    pastikan(sumberDikenal(nama, !!d));
    return d as DefinisiSumber;
  };

  /** The actor's context for a resource; 403 when the actor's role does not reach the resource's data area. */
  const konteks = (aktor: Aktor, d?: DefinisiSumber): Konteks => {
    if (d) cakupan().wajibRanah(aktor, d.ranah ?? 'induk');
    return { strapi, aktor, tanggal: hariIni() };
  };

  /** User filters → Strapi filters; unknown fields are a 400 that names them. */
  function filterPengguna(d: DefinisiSumber, filter: Record<string, unknown>): Record<string, unknown>[] {
    const hasil: Record<string, unknown>[] = [];
    for (const [kunci, nilai] of Object.entries(filter)) {
      if (nilai === undefined || nilai === null || nilai === '') continue;
      const skalar = (x: unknown) => x === null || ['string', 'number', 'boolean'].includes(typeof x);
      if (!skalar(nilai) && !(Array.isArray(nilai) && nilai.every(skalar))) {
        throw new GalatMskp(
          400,
          'FILTER_TIDAK_VALID',
          `Nilai filter "${kunci}" harus teks, angka, boolean, atau daftar nilai.`,
          'filter',
        );
      }
      if (kunci === 'q') {
        const q = String(nilai).trim().slice(0, 100);
        if (q)
          hasil.push({
            $or: d.cari.map((p) =>
              p
                .split('.')
                .reverse()
                .reduce<unknown>((acc, k) => ({ [k]: acc }), { $containsi: q }),
            ),
          });
        continue;
      }
      if (kunci === 'id') {
        hasil.push({ documentId: Array.isArray(nilai) ? { $in: nilai.map(String) } : { $eq: String(nilai) } });
        continue;
      }
      const { field, op } = uraiKunciFilter(kunci);
      const pembuat = milik(d.filter, kunci) ?? milik(d.filter, field);
      if (!pembuat)
        throw new GalatMskp(
          400,
          'FILTER_TIDAK_DIKENAL',
          `Filter "${kunci}" tidak tersedia. Filter yang tersedia: q, id, ${Object.keys(d.filter).join(', ')}.`,
          'filter',
        );
      const f = pembuat(nilai, milik(d.filter, kunci) ? '$eq' : op);
      if (f) hasil.push(f);
    }
    return hasil;
  }

  async function muatSatu(d: DefinisiSumber, k: Konteks, documentId: string) {
    const ada = await strapi.db.query(d.uid).findOne({ where: { documentId: String(documentId) }, select: ['id'] });
    pastikan(keputusanBaca(String(documentId), !!ada));
    const lingkup = await d.cakupan(k);
    const cari = { filters: { $and: [lingkup, { documentId: String(documentId) }] }, populate: d.populate };
    const doc = await strapi.documents(d.uid).findFirst(cari as ParamCari); // the definitions build plain filter objects
    pastikan(keputusanBaca(String(documentId), true, !!doc));
    return doc!; // keputusanBaca refused a missing one
  }

  async function keBaris(d: DefinisiSumber, k: Konteks, docs: unknown[]) {
    const tambahan = d.tambahan ? await d.tambahan(docs, k) : undefined;
    return docs.map((doc) => d.keBaris(doc, tambahan));
  }

  function validasiIsian(skema: z.ZodTypeAny, body: unknown) {
    const r = skema.safeParse(body ?? {});
    if (r.success) return r.data;
    const isu = r.error.issues[0];
    const field = isu.path.join('.') || undefined;
    const pesan =
      isu.code === 'invalid_type' && isu.input === undefined
        ? `${field} wajib diisi.`
        : `${field ? field + ': ' : ''}${isu.message}`;
    throw new GalatMskp(400, 'ISIAN_TIDAK_VALID', pesan, field);
  }

  /** The write preconditions of domain/aturan `keputusanTulis` for this resource, caller and action. */
  type Versi = { diminta?: string | number; tersimpan?: string | Date | null };
  function wajibTulis(d: DefinisiSumber, k: Konteks, tindakan: TindakanPanel, v?: Versi) {
    const bolehTulis = !!d.tulis && !!d.tulis.boleh(k);
    const tersedia = !!d.tulis?.[tindakan];
    pastikan(keputusanTulis({ tindakan, bolehTulis, tersedia, versi: v?.diminta, versiTersimpan: v?.tersimpan }));
  }

  return {
    definisi,
    konteks,

    async daftar(aktor: Aktor, nama: string, p: PermintaanDaftar) {
      const d = definisi(nama);
      const k = konteks(aktor, d);
      const [field, order] = p.sort ? [p.sort.field, p.sort.order] : d.urutBawaan;
      const jalur = milik(d.urut, field);
      if (!jalur)
        throw new GalatMskp(
          400,
          'SORT_TIDAK_VALID',
          `Kolom "${field}" tidak dapat diurutkan. Pilihan: ${Object.keys(d.urut).join(', ')}.`,
          'sort',
        );
      const filters = { $and: [await d.cakupan(k), ...filterPengguna(d, p.filter)] };
      const urut = jalur
        .split('.')
        .reverse()
        .reduce<unknown>((acc, key) => ({ [key]: acc }), order.toLowerCase()) as Record<string, unknown>;
      const sort = jalur === 'id' ? [urut] : [urut, { id: 'asc' }];
      const limit = p.range.end - p.range.start + 1;
      // The query engine, not the Document Service: same filters and rows for these draftAndPublish-off types,
      // without the Document Service's per-call transaction and parameter traversal (two BEGIN/COMMIT pairs
      // per page under load).
      const [docs, total] = await Promise.all([
        strapi.db.query(d.uid).findMany({
          where: filters,
          orderBy: sort,
          offset: p.range.start,
          limit,
          populate: populateKueri(d.populate),
        }),
        strapi.db.query(d.uid).count({ where: filters }),
      ]);
      return { baris: await keBaris(d, k, docs), total };
    },

    async ambil(aktor: Aktor, nama: string, id: string) {
      const d = definisi(nama);
      const k = konteks(aktor, d);
      const [baris] = await keBaris(d, k, [await muatSatu(d, k, id)]);
      return baris;
    },

    async buat(aktor: Aktor, nama: string, body: unknown) {
      const d = definisi(nama);
      const k = konteks(aktor, d);
      wajibTulis(d, k, 'buat');
      const isian = validasiIsian(d.tulis!.buat!, body);
      const documentId = await strapi.db.transaction(async () => {
        const data = await d.tulis!.keData(isian, k);
        const hasil = d.tulis!.simpan
          ? await d.tulis!.simpan('buat', data, k)
          : await strapi.documents(d.uid).create({ data });
        if (!d.tulis!.diauditLayanan)
          await audit().catat({
            ...audit().dariAktor(aktor),
            aksi: `${d.objek.toUpperCase()}_DIBUAT`,
            objekTipe: d.objek,
            objekId: hasil.documentId,
            sesudah: isian,
          });
        return hasil.documentId;
      });
      return this.ambil(aktor, nama, documentId);
    },

    async ubah(aktor: Aktor, nama: string, id: string, body: unknown) {
      const d = definisi(nama);
      const k = konteks(aktor, d);
      const lama = await muatSatu(d, k, id);
      const diminta = (body as { updatedAt?: string | number } | null | undefined)?.updatedAt;
      wajibTulis(d, k, 'ubah', { diminta, tersimpan: lama.updatedAt });
      const isian = validasiIsian(d.tulis!.ubah!, body);
      const [sebelum] = await keBaris(d, k, [lama]);
      await strapi.db.transaction(async () => {
        const data = await d.tulis!.keData(isian, k, lama);
        if (d.tulis!.simpan) await d.tulis!.simpan('ubah', data, k, lama);
        else await strapi.documents(d.uid).update({ documentId: lama.documentId, data });
        if (d.tulis!.diauditLayanan) return;
        await audit().catat({
          ...audit().dariAktor(aktor),
          aksi: `${d.objek.toUpperCase()}_DIUBAH`,
          objekTipe: d.objek,
          objekId: lama.documentId,
          sebelum,
          sesudah: isian,
        });
      });
      return this.ambil(aktor, nama, id);
    },

    async hapus(aktor: Aktor, nama: string, id: string) {
      const d = definisi(nama);
      const k = konteks(aktor, d);
      const lama = await muatSatu(d, k, id);
      wajibTulis(d, k, 'hapus');
      const [sebelum] = await keBaris(d, k, [lama]);
      await strapi.db.transaction(async () => {
        await strapi.documents(d.uid).delete({ documentId: lama.documentId });
        await audit().catat({
          ...audit().dariAktor(aktor),
          aksi: `${d.objek.toUpperCase()}_DIHAPUS`,
          objekTipe: d.objek,
          objekId: lama.documentId,
          sebelum,
        });
      });
      return sebelum;
    },
  };
};
