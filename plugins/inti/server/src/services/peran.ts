import type { Core } from '@strapi/strapi';
import { NAMA_PERAN, PERAN } from '../domain/peran';
import { routerPlugin } from '../strapi-tipe';

/**
 * Roles and their endpoint permissions. Role permissions only say which endpoints a role may call;
 * what it may see there is the scope service's decision.
 */
const AKSI_UMUM = [
  'plugin::users-permissions.user.me',
  'plugin::users-permissions.auth.changePassword',
  'plugin::users-permissions.auth.logout',
  'plugin::users-permissions.auth.refresh',
];
const AKSI_PUBLIK = [
  'plugin::users-permissions.auth.callback',
  'plugin::users-permissions.auth.refresh',
  'plugin::users-permissions.auth.logout',
];

/** Every action of the content-api routes of the given plugins: plugin::<p>.<controller>.<action>. */
function aksiPlugin(strapi: Core.Strapi, plugins: string[]): string[] {
  const hasil: string[] = [];
  for (const p of plugins) {
    const routes = routerPlugin(strapi, p, 'content-api')?.routes ?? [];
    for (const r of routes) if (typeof r.handler === 'string') hasil.push(`plugin::${p}.${r.handler}`);
  }
  return [...new Set(hasil)];
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Creates our roles and grants their endpoint permissions; closes public registration and every other public route but login/refresh/logout. Idempotent. */
  async pastikan(pluginBisnis: string[]) {
    const qRole = strapi.db.query('plugin::users-permissions.role');
    const qPerm = strapi.db.query('plugin::users-permissions.permission');
    const aksiBisnis = aksiPlugin(strapi, pluginBisnis);

    const beri = async (roleId: number, aksi: string[]) => {
      const ada = new Set(
        (await qPerm.findMany({ where: { role: { id: roleId } }, select: ['action'] })).map(
          (p: { action: string }) => p.action,
        ),
      );
      for (const action of aksi) if (!ada.has(action)) await qPerm.create({ data: { action, role: roleId } });
    };

    for (const type of Object.values(PERAN)) {
      let role = await qRole.findOne({ where: { type } });
      if (!role)
        role = await qRole.create({
          data: { type, name: NAMA_PERAN[type].nama, description: NAMA_PERAN[type].keterangan },
        });
      await beri(role.id, [...AKSI_UMUM, ...aksiBisnis]);
    }

    // The stock Authenticated role gets nothing beyond `me`; public gets login/refresh/logout only.
    const authenticated = await qRole.findOne({ where: { type: 'authenticated' } });
    if (authenticated) {
      await qPerm.deleteMany({
        where: { role: { id: authenticated.id }, action: { $notIn: ['plugin::users-permissions.user.me'] } },
      });
      await beri(authenticated.id, ['plugin::users-permissions.user.me']);
    }
    const publik = await qRole.findOne({ where: { type: 'public' } });
    if (publik) {
      // exactly these: Strapi's defaults (forgot/reset password, register, connect…) are taken away
      await qPerm.deleteMany({ where: { role: { id: publik.id }, action: { $notIn: AKSI_PUBLIK } } });
      await beri(publik.id, AKSI_PUBLIK);
    }
    const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
    type Lanjutan = { allow_register?: boolean; default_role?: string };
    const lanjut = ((await store.get({ key: 'advanced' })) ?? {}) as Lanjutan;
    if (lanjut.allow_register !== false || lanjut.default_role !== PERAN.PEGAWAI) {
      await store.set({
        key: 'advanced',
        value: { ...lanjut, allow_register: false, default_role: PERAN.PEGAWAI, email_confirmation: false },
      });
    }
  },

  async idPeran(type: string): Promise<number | null> {
    const r = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type }, select: ['id'] });
    return r?.id ?? null;
  },
});
