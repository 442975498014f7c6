import { hariIni } from '@m-skp/inti/dist/server/domain/tanggal';
import { filterPenugasanBertumpuk } from '@m-skp/inti/dist/server/domain/penugasan';

/** Row ids of documents of a relation target from documentIds; unknown ones are reported by name. */
export async function idDariDocumentId(strapi: any, uid: string, documentId: unknown): Promise<number | null> {
  if (documentId == null || documentId === '') return null;
  const row = await strapi.db.query(uid).findOne({ where: { documentId: String(documentId) }, select: ['id'] });
  return row?.id ?? null;
}

/** Active-at-date filter for penugasan rows. */
export const aktifPadaFilter = (tanggal: string = hariIni()) => filterPenugasanBertumpuk(tanggal);

/** Counts rows of `uid` per related id of `relasi` (one grouped query over the join table). */
export async function hitungPerRelasi(strapi: any, uid: string, relasi: string, ids: number[], where?: (qb: any, alias: string) => void): Promise<Map<number, number>> {
  const hasil = new Map<number, number>();
  if (!ids.length) return hasil;
  const meta = strapi.db.metadata.get(uid);
  const jt = meta.attributes[relasi]?.joinTable;
  if (!jt) throw new Error(`${uid}.${relasi} bukan relasi dengan tabel penghubung`);
  const knex = strapi.db.connection;
  const qb = knex(jt.name + ' as l')
    .select(`l.${jt.inverseJoinColumn.name} as kunci`)
    .count({ jumlah: '*' })
    .whereIn(`l.${jt.inverseJoinColumn.name}`, ids)
    .groupBy(`l.${jt.inverseJoinColumn.name}`);
  if (where) {
    qb.join(meta.tableName + ' as t', 't.id', `l.${jt.joinColumn.name}`);
    where(qb, 't');
  }
  for (const r of await qb) hasil.set(Number(r.kunci), Number(r.jumlah));
  return hasil;
}
