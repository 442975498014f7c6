import type { Core } from '@strapi/strapi';
import { layanan, tabelTautan, type Aktor } from '@m-skp/inti';
/** One OPD's count as the grouped query returns it (the count comes back as a string on PostgreSQL). */
interface BarisOpd {
  opd_id: string;
  opd_nama: string;
  singkatan: string | null;
  jumlah: number | string;
}

/** Small aggregates for the dashboard, scoped like the lists. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Active pegawai per OPD within the caller's scope (one grouped query). */
  async pegawaiPerOpd(aktor: Aktor) {
    const lingkup = await layanan(strapi, 'inti', 'cakupan').filterPegawai(aktor);
    const ids: number[] = (
      await strapi.db
        .query('plugin::inti.pegawai')
        .findMany({ where: { $and: [lingkup, { status: 'AKTIF' }] }, select: ['id'] })
    ).map((p: { id: number }) => p.id);
    if (!ids.length) return [];
    const jt = tabelTautan(strapi, 'plugin::inti.pegawai', 'opd');
    const opdMeta = strapi.db.metadata.get('plugin::inti.opd');
    const knex = strapi.db.connection;
    const rows = await knex(jt.name + ' as l')
      .join(opdMeta.tableName + ' as o', 'o.id', `l.${jt.inverseJoinColumn.name}`)
      .whereIn(`l.${jt.joinColumn.name}`, ids)
      .groupBy('o.id', 'o.document_id', 'o.nama', 'o.singkatan')
      .select('o.document_id as opd_id', 'o.nama as opd_nama', 'o.singkatan as singkatan')
      .count({ jumlah: '*' })
      .orderBy('jumlah', 'desc');
    return (rows as BarisOpd[]).map((r) => ({
      opd_id: r.opd_id,
      opd_nama: r.opd_nama,
      singkatan: r.singkatan,
      jumlah: Number(r.jumlah),
    }));
  },
});
