import { PENUGASAN_BERUBAH } from '@m-skp/inti/dist/server/services/penjaga-dokumen';

/** Delay that gathers the penugasan changes of one save (or one import) into one sync run. */
const JEDA_SINKRON_MS = 500;
/** Retry delay when another instance (or the nightly job) holds the sync lock. */
const JEDA_ULANG_MS = 5000;

/**
 * Roles get the kinerja routes through inti's `peran.pastikan` (cms/src/index.ts). The PLT perilaku sync
 * (domain.md §5) runs nightly (01:00 WIB) and shortly after any committed penugasan change (inti's
 * PENUGASAN_BERUBAH event), always under a database lock (inti `kunci-tugas`), so two server instances
 * never run it twice; a change that finds the lock held is retried.
 */
export default ({ strapi }: { strapi: any }) => {
  const evaluasi = () => strapi.plugin('kinerja').service('evaluasi');
  const tahunTertunda = new Set<number>();
  let pewaktu: ReturnType<typeof setTimeout> | null = null;
  const jadwalkan = (ms: number) => {
    if (pewaktu) clearTimeout(pewaktu);
    pewaktu = setTimeout(() => void jalankan(), ms);
    pewaktu.unref?.();
  };
  const jalankan = async () => {
    pewaktu = null;
    const tahun = [...tahunTertunda];
    tahunTertunda.clear();
    try {
      const j = await evaluasi().sinkronTerjadwal(tahun);
      if (!j.dijalankan) {
        for (const y of tahun) tahunTertunda.add(y);
        jadwalkan(JEDA_ULANG_MS);
      } else if (j.hasil.diubah.length) {
        strapi.log.info(`Sinkron PLT setelah perubahan penugasan: ${j.hasil.diubah.length} evaluasi diubah.`);
      }
    } catch (e: any) {
      strapi.log.error(`Sinkron PLT setelah perubahan penugasan gagal: ${e?.message ?? e}`);
    }
  };
  strapi.eventHub.on(PENUGASAN_BERUBAH, (e: { tmt_mulai?: string | null }) => {
    const y = Number(String(e?.tmt_mulai ?? '').slice(0, 4));
    if (Number.isInteger(y) && y > 0) tahunTertunda.add(y);
    jadwalkan(JEDA_SINKRON_MS);
  });

  strapi.cron?.add({
    'kinerja-sinkron-plt': {
      task: async () => {
        await evaluasi().sinkronTerjadwal();
      },
      options: { rule: '0 0 1 * * *', tz: 'Asia/Jakarta' },
    },
  });
};
