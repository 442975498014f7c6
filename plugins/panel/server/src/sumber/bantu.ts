import type { Core } from '@strapi/strapi';
import { filterPenugasanBertumpuk, hariIni, namaKolom, tabelTautan } from '@m-skp/inti';

/** A knex query builder of Strapi's connection. */
type PembangunKueri = ReturnType<Core.Strapi['db']['connection']>;

/** Row ids of documents of a relation target from documentIds; unknown ones are reported by name. */
export async function idDariDocumentId(strapi: Core.Strapi, uid: string, documentId: unknown): Promise<number | null> {
  if (documentId == null || documentId === '') return null;
  const row = await strapi.db.query(uid).findOne({ where: { documentId: String(documentId) }, select: ['id'] });
  return row?.id ?? null;
}

/** Active-at-date filter for penugasan rows. */
export const aktifPadaFilter = (tanggal: string = hariIni()) => filterPenugasanBertumpuk(tanggal);

/** Counts rows of `uid` per related id of `relasi` (one grouped query over the join table). */
export async function hitungPerRelasi(
  strapi: Core.Strapi,
  uid: string,
  relasi: string,
  ids: number[],
  where?: (qb: PembangunKueri, alias: string) => void,
): Promise<Map<number, number>> {
  const hasil = new Map<number, number>();
  if (!ids.length) return hasil;
  const meta = strapi.db.metadata.get(uid);
  const jt = tabelTautan(strapi, uid, relasi);
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
  for (const r of (await qb) as { kunci: number | string; jumlah: number | string }[])
    hasil.set(Number(r.kunci), Number(r.jumlah));
  return hasil;
}

/**
 * The definitive post (penugasan UTAMA active at `tanggal`) of each pegawai id, in ONE joined query over
 * the link tables (the query engine's findMany + two populates took three). pegawai id → jabatan.
 */
export async function jabatanUtamaPada(
  strapi: Core.Strapi,
  pegawaiIds: number[],
  tanggal: string,
): Promise<Map<number, { documentId: string; nama: string; jenis: string }>> {
  const hasil = new Map<number, { documentId: string; nama: string; jenis: string }>();
  if (!pegawaiIds.length) return hasil;
  const meta = (uid: string) => strapi.db.metadata.get(uid);
  const kol = (uid: string, a: string) => namaKolom(strapi, uid, a);
  const P = 'plugin::inti.penugasan';
  const J = 'plugin::inti.jabatan';
  const lp = tabelTautan(strapi, P, 'pegawai');
  const lj = tabelTautan(strapi, P, 'jabatan');
  const rows = await strapi.db
    .connection(`${meta(P).tableName} as g`)
    .join(`${lp.name} as lp`, `lp.${lp.joinColumn.name}`, 'g.id')
    .join(`${lj.name} as lj`, `lj.${lj.joinColumn.name}`, 'g.id')
    .join(`${meta(J).tableName} as j`, 'j.id', `lj.${lj.inverseJoinColumn.name}`)
    .whereIn(`lp.${lp.inverseJoinColumn.name}`, pegawaiIds)
    .where(`g.${kol(P, 'jenis')}`, 'UTAMA')
    .where(`g.${kol(P, 'tmt_mulai')}`, '<=', tanggal)
    .where((w: PembangunKueri) =>
      w.whereNull(`g.${kol(P, 'tmt_akhir')}`).orWhere(`g.${kol(P, 'tmt_akhir')}`, '>=', tanggal),
    )
    .select(
      `lp.${lp.inverseJoinColumn.name} as pid`,
      `j.${kol(J, 'documentId')} as documentId`,
      `j.${kol(J, 'nama')} as nama`,
      `j.${kol(J, 'jenis')} as jenis`,
    )
    .orderBy('g.id');
  for (const r of rows) hasil.set(Number(r.pid), { documentId: r.documentId, nama: r.nama, jenis: r.jenis });
  return hasil;
}
