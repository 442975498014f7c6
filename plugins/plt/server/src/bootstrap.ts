import type { Core } from '@strapi/strapi';
import { aktorSistem, layanan } from '@m-skp/inti';
import { TUGAS_SINKRON } from './services/sinkron';

/** The nightly run's cron task name (also the job name its runs act under). */
export const TUGAS_MALAM = TUGAS_SINKRON;

/**
 * The PLT perilaku sync runs nightly (01:00 WIB) and shortly after any committed penugasan change
 * (services/otomatis), always under a database lock (inti `kunci-tugas`), so two server instances never run
 * it twice. Roles get the route through inti's `peran.pastikan` (cms/src/index.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  layanan(strapi, 'plt', 'otomatis').mulai();
  strapi.cron?.add({
    [TUGAS_MALAM]: {
      task: async () => {
        await layanan(strapi, 'plt', 'sinkron').sinkronTerjadwal([], 'JADWAL', aktorSistem(TUGAS_MALAM));
      },
      options: { rule: '0 0 1 * * *', tz: 'Asia/Jakarta' },
    },
  });
};
