import { daftarkanPenjagaDokumen } from './services/penjaga-dokumen';
import { tutupRuteStrapi } from './rute-strapi';

/**
 * Register phase: extend the
 * users-permissions user with last login and the pegawai link, install the document guards, close
 * Strapi's unused routes (rute-strapi.ts), replace GET /api/users/me with the allow-listed profile, and
 * accept the panel's API tokens on the content API (services/token-api.ts: a token reaches only the
 * routes its scopes open).
 */
export default ({ strapi }: { strapi: any }) => {
  const user = strapi.contentType('plugin::users-permissions.user');
  Object.assign(user.attributes, {
    lastLoginAt: { type: 'datetime', configurable: false },
    lastLoginIp: { type: 'string', configurable: false },
    pegawai: { type: 'relation', relation: 'oneToOne', target: 'plugin::inti.pegawai', mappedBy: 'user', configurable: false },
  });

  daftarkanPenjagaDokumen(strapi);
  strapi.get('auth').register('content-api', strapi.plugin('inti').service('token-api').strategi());
  tutupRuteStrapi(strapi);

  const userController = strapi.plugin('users-permissions').controller('user');
  userController.me = async (ctx: any) => {
    if (!ctx.state.user) return ctx.unauthorized();
    ctx.body = await strapi.plugin('inti').service('pengguna').profil(ctx.state.user.id);
  };
};
