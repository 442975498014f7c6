import { layanan } from '@m-skp/inti';
import type { Core } from '@strapi/strapi';
/**
 * GET /api/daerah (public, no token): the regional government of policy `daerah` today, for the login
 * page's title before anyone signs in. Only what every kop surat prints anyway: nama_pemerintah,
 * nama_daerah, tempat_default (no official's name or NIP).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async identitas(ctx: any) {
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.body = { data: layanan(strapi, 'inti', 'pengguna').daerah() };
  },
});
