import path from 'path';

/** Repository root (cms/dist/src → ../../..). */
const AKAR = path.resolve(__dirname, '..', '..', '..');

/**
 * Composition root: wires roles and permissions, database migrations and the demo city.
 * Business rules live in the plugins; nothing imports this file.
 */
export default {
  register() {},

  async bootstrap({ strapi }: { strapi: any }) {
    await strapi
      .plugin('inti')
      .service('peran')
      .pastikan(['inti', 'panel', 'kinerja', 'laporan', 'tpp', 'plt', 'integrasi']);
    await strapi
      .plugin('inti')
      .service('migrasi')
      .jalankan(path.join(AKAR, 'database', 'migrations'));
    // Strapi's admin registration is closed: its first super-admin comes from configuration (after the
    // admin's own bootstrap, which creates the super-admin role).
    await strapi.plugin('inti').service('admin-strapi').pastikanAdminPertama();

    const demo = process.env.MSKP_DEMO !== 'false';
    if (demo) {
      if (process.env.NODE_ENV === 'production') {
        strapi.log.warn('MSKP_DEMO diabaikan: kota demo tidak pernah dibuat pada mode production.');
      } else if ((await strapi.db.query('plugin::inti.pegawai').count()) === 0) {
        const { buatKotaDemo } = require(path.join(AKAR, 'database', 'seed'));
        const hasil = await buatKotaDemo(strapi, { pegawai: Number(process.env.MSKP_DEMO_PEGAWAI ?? 300) });
        strapi.log.info(`Kota demo dibuat: ${JSON.stringify(hasil)}`);
      }
    }
  },

  destroy() {},
};
