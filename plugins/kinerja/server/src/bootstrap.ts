/**
 * Roles get the kinerja routes through inti's `peran.pastikan` (cms/src/index.ts). Scheduled: the
 * nightly PLT perilaku sync (01:00 WIB) under a database lock (inti `kunci-tugas`), so two server
 * instances never run it twice.
 */
export default ({ strapi }: { strapi: any }) => {
  strapi.cron?.add({
    'kinerja-sinkron-plt': {
      task: async () => {
        await strapi.plugin('kinerja').service('evaluasi').sinkronTerjadwal();
      },
      options: { rule: '0 0 1 * * *', tz: 'Asia/Jakarta' },
    },
  });
};
