/** Small aggregates for the dashboard, scoped like the lists. */
export default ({ strapi }: { strapi: any }) => ({
  /** Active pegawai per OPD within the caller's scope (one grouped query). */
  async pegawaiPerOpd(ctx: any) {
    const cakupan = strapi.plugin('inti').service('cakupan');
    const aktor = await cakupan.aktor(ctx);
    const lingkup = await cakupan.filterPegawai(aktor, undefined, ctx.state);
    const ids: number[] = (
      await strapi.db.query('plugin::inti.pegawai').findMany({ where: { $and: [lingkup, { status: 'AKTIF' }] }, select: ['id'] })
    ).map((p: any) => p.id);
    if (!ids.length) return [];
    const meta = strapi.db.metadata.get('plugin::inti.pegawai');
    const jt = meta.attributes.opd.joinTable;
    const opdMeta = strapi.db.metadata.get('plugin::inti.opd');
    const knex = strapi.db.connection;
    const rows = await knex(jt.name + ' as l')
      .join(opdMeta.tableName + ' as o', 'o.id', `l.${jt.inverseJoinColumn.name}`)
      .whereIn(`l.${jt.joinColumn.name}`, ids)
      .groupBy('o.id', 'o.document_id', 'o.nama', 'o.singkatan')
      .select('o.document_id as opd_id', 'o.nama as opd_nama', 'o.singkatan as singkatan')
      .count({ jumlah: '*' })
      .orderBy('jumlah', 'desc');
    return rows.map((r: any) => ({ opd_id: r.opd_id, opd_nama: r.opd_nama, singkatan: r.singkatan, jumlah: Number(r.jumlah) }));
  },
});
