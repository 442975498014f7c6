import type { Core } from '@strapi/strapi';
import { PENUGASAN_BERUBAH, aktorSistem, layanan } from '@m-skp/inti';
import { TUGAS_SINKRON } from './sinkron';

/** Delay that gathers the penugasan changes of one save (or one import) into one sync run. */
const JEDA_SINKRON_MS = 500;
/** Retry delay when another instance (or the nightly job) holds the sync lock. */
const JEDA_ULANG_MS = 5000;
/** How long `tenang` waits at most for pending work (a lock held elsewhere may keep it pending). */
const TENANG_MAKS_MS = 30000;

/**
 * The PLT perilaku sync (a Plt's perilaku of a month replaces his definitive one) shortly after any committed
 * penugasan change (inti's PENUGASAN_BERUBAH event): changes close together are gathered into one run of the
 * locked `sinkron.sinkronTerjadwal` (logged with pemicu PENUGASAN), and a run that finds the lock held is retried.
 * `tenang` waits until
 * nothing is scheduled or running (shutdown; measurements that must not count this background work).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const tahunTertunda = new Set<number>();
  let pewaktu: ReturnType<typeof setTimeout> | null = null;
  let berjalan: Promise<void> | null = null;
  let berhenti = false;
  let lepas: (() => void) | null = null;

  const jadwalkan = (ms: number) => {
    if (berhenti) return;
    if (pewaktu) clearTimeout(pewaktu);
    pewaktu = setTimeout(() => {
      pewaktu = null;
      berjalan = jalankan().finally(() => (berjalan = null));
    }, ms);
    pewaktu.unref?.();
  };

  async function jalankan() {
    const tahun = [...tahunTertunda];
    tahunTertunda.clear();
    try {
      const j = await layanan(strapi, 'plt', 'sinkron').sinkronTerjadwal(
        tahun,
        'PENUGASAN',
        aktorSistem(TUGAS_SINKRON),
      );
      if (!j.dijalankan) {
        for (const y of tahun) tahunTertunda.add(y);
        jadwalkan(JEDA_ULANG_MS);
      } else if (j.hasil?.diubah.length) {
        strapi.log.info(`Sinkron PLT setelah perubahan penugasan: ${j.hasil.diubah.length} evaluasi diubah.`);
      }
    } catch (e) {
      strapi.log.error(`Sinkron PLT setelah perubahan penugasan gagal: ${(e as Error | undefined)?.message ?? e}`);
    }
  }

  return {
    /** Subscribes to penugasan changes (bootstrap). */
    mulai() {
      if (lepas) return;
      const dengar = async (e: { tmt_mulai?: string | null }) => {
        const y = Number(String(e?.tmt_mulai ?? '').slice(0, 4));
        if (Number.isInteger(y) && y > 0) tahunTertunda.add(y);
        jadwalkan(JEDA_SINKRON_MS);
      };
      lepas = strapi.eventHub.on(PENUGASAN_BERUBAH, dengar);
    },

    /** Resolves when no run is scheduled or running (at most TENANG_MAKS_MS). */
    async tenang() {
      const batas = Date.now() + TENANG_MAKS_MS;
      while ((pewaktu || berjalan) && Date.now() < batas) {
        if (berjalan) await berjalan;
        else await new Promise((r) => setTimeout(r, 50));
      }
    },

    /** Stops listening, drops a scheduled run and waits for a running one (destroy). */
    async hentikan() {
      berhenti = true;
      lepas?.();
      lepas = null;
      if (pewaktu) clearTimeout(pewaktu);
      pewaktu = null;
      if (berjalan) await berjalan;
    },
  };
};
