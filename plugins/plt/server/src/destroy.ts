import type { Core } from '@strapi/strapi';
import { layanan } from '@m-skp/inti';

/** Stops the reaction to penugasan changes and waits for a run in progress. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await layanan(strapi, 'plt', 'otomatis').hentikan();
};
