/**
 * Roles get the kinerja routes through inti's `peran.pastikan` (cms/src/index.ts). The PLT perilaku sync (a
 * Plt's perilaku of a month, rated by the penilai of the post he acts in, replaces his definitive one) runs
 * nightly (01:00 WIB) and shortly after any committed penugasan change (services/sinkron-plt-otomatis), always
 * under a database lock (inti `kunci-tugas`), so two server instances never run it twice.
 */
export default ({ strapi }: { strapi: any }) => {
  const evaluasi = () => strapi.plugin('kinerja').service('evaluasi');
  strapi.plugin('kinerja').service('sinkron-plt-otomatis').mulai();

  strapi.cron?.add({
    'kinerja-sinkron-plt': {
      task: async () => {
        await evaluasi().sinkronTerjadwal();
      },
      options: { rule: '0 0 1 * * *', tz: 'Asia/Jakarta' },
    },
  });
};
