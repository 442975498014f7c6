import type { Core } from '@strapi/strapi';
/**
 * Sasaran OPD has no content-API routes of its own: it is read and written through the panel
 * resource `sasaran-opd` (panel/sasaran-opd.ts). Kept empty so the route table stays explicit.
 */
export default ({ strapi: _strapi }: { strapi: Core.Strapi }) => ({});
