import { daftarkanPenjagaDokumen } from './services/penjaga-dokumen';
import { MIDDLEWARE_MULTIPART } from './middlewares/multipart';

/** Strapi upload plugin actions that read `ctx.request.files` (admin media library, content-API upload). */
const AKSI_UNGGAH_STRAPI = /^(admin-upload\.(upload|uploadFile|replaceFile)|content-api\.upload)$/;

/**
 * Multipart is off globally (cms/config/middlewares.ts): Strapi's own upload routes parse it, like ours,
 * through the route middleware, after their authentication and policies.
 */
function multipartUntukUnggahStrapi(strapi: any) {
  const routes = strapi.plugin('upload')?.routes ?? {};
  for (const jenis of Object.keys(routes)) {
    for (const rute of routes[jenis]?.routes ?? []) {
      if (String(rute.method).toUpperCase() !== 'POST' || !AKSI_UNGGAH_STRAPI.test(String(rute.handler))) continue;
      rute.config = { ...(rute.config ?? {}), middlewares: [...(rute.config?.middlewares ?? []), MIDDLEWARE_MULTIPART] };
    }
  }
}

/**
 * Register phase: extend the
 * users-permissions user with last login and the pegawai link, install the document guards, and
 * replace GET /api/users/me with the allow-listed profile.
 */
export default ({ strapi }: { strapi: any }) => {
  const user = strapi.contentType('plugin::users-permissions.user');
  Object.assign(user.attributes, {
    lastLoginAt: { type: 'datetime', configurable: false },
    lastLoginIp: { type: 'string', configurable: false },
    pegawai: { type: 'relation', relation: 'oneToOne', target: 'plugin::inti.pegawai', mappedBy: 'user', configurable: false },
  });

  daftarkanPenjagaDokumen(strapi);
  multipartUntukUnggahStrapi(strapi);

  const userController = strapi.plugin('users-permissions').controller('user');
  userController.me = async (ctx: any) => {
    if (!ctx.state.user) return ctx.unauthorized();
    ctx.body = await strapi.plugin('inti').service('pengguna').profil(ctx.state.user.id);
  };
};
