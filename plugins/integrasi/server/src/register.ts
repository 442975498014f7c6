import type { Core } from '@strapi/strapi';
import { layanan } from '@m-skp/inti';
import { syncLog } from './panel/sync-log';

/** Register phase: the run log becomes the panel resource `sync-log`. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  layanan(strapi, 'panel', 'registri').daftarkan('sync-log', syncLog);
};
