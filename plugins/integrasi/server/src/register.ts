import type { Core } from '@strapi/strapi';
import { layanan } from '@m-skp/inti';
import { syncLog } from './panel/sync-log';
import { NAMA_KEBIJAKAN_PEMETAAN_SIMPEG, skemaPemetaanSimpeg } from './domain/simpeg';

/**
 * Register phase: the run log becomes the panel resource `sync-log`; the SIMPEG field mapping's schema is
 * validated with the other policies at inti's bootstrap.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  layanan(strapi, 'panel', 'registri').daftarkan('sync-log', syncLog);
  layanan(strapi, 'inti', 'kebijakan').daftarkanSkema(NAMA_KEBIJAKAN_PEMETAAN_SIMPEG, skemaPemetaanSimpeg);
};
