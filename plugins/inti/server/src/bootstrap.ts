import type { Core } from '@strapi/strapi';
import { layanan } from './layanan';
/**
 * Bootstrap phase of the base plugin: validate the policy folder once every engine has declared its
 * policy schemas in its register phase; a bad rule table stops the start-up with every problem listed.
 * The regional identity (policy `daerah`: kop surat, default print place, kepala daerah) is required.
 * Also wires the session lifecycles (issue 10 item 8).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const kebijakan = layanan(strapi, 'inti', 'kebijakan');
  const peta = kebijakan.muat();
  if (!peta.has('daerah')) {
    throw new Error(
      'Konfigurasi kebijakan tidak valid:\n- kebijakan "daerah" (config/kebijakan/daerah.json) wajib ada: nama pemerintah daerah untuk kop surat, tempat bawaan cetakan dan kepala daerah',
    );
  }
  pasangSiklusSesi(strapi);
};

/**
 * - A new password or a block ends every session of the account, whatever path wrote it (the panel, the
 *   change-password route, Strapi's own admin): one place for that rule.
 * - Any deletion of a session row empties the in-process liveness cache of services/sesi.ts, so the next
 *   request of a token whose session was revoked here is refused at once.
 * A role change ends nothing: users-permissions reads the user and its role afresh on every request.
 */
function pasangSiklusSesi(strapi: Core.Strapi) {
  const sesi = () => layanan(strapi, 'inti', 'sesi');
  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.user'],
    async afterUpdate(event: any) {
      const data = event.params?.data ?? {};
      const id = event.result?.id;
      if (id != null && (data.password !== undefined || data.blocked === true)) await sesi().akhiriSemua(id);
    },
  });
  strapi.db.lifecycles.subscribe({
    models: ['admin::session'],
    async afterDelete() {
      await sesi().lupakan();
    },
    async afterDeleteMany() {
      await sesi().lupakan();
    },
  });
}
