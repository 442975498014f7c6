import type { Core } from '@strapi/strapi';
import fs from 'fs';
import path from 'path';

/**
 * Database migrations (indexes and constraints Strapi's schema cannot express). Strapi runs its own
 * user migrations before the schema sync, when our tables may not exist yet; these run after it, in
 * bootstrap, in file order, and each statement is idempotent ("IF NOT EXISTS"), so every boot
 * re-asserts them even if a schema sync dropped an index.
 *
 * A migration file exports `up({ knex, client })` and may branch on client ('sqlite' | 'postgres').
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async jalankan(folder: string) {
    if (!fs.existsSync(folder)) return [];
    const client = strapi.db.dialect.client === 'sqlite' ? 'sqlite' : 'postgres';
    const berkas = fs
      .readdirSync(folder)
      .filter((f) => /\.(c?js)$/.test(f))
      .sort();
    for (const f of berkas) {
      const m = require(path.join(folder, f));
      const up = m.up ?? m.default?.up;
      if (typeof up !== 'function') throw new Error(`migrasi ${f}: tidak mengekspor fungsi up`);
      await strapi.db.connection.transaction(async (knex) => up({ knex, client }));
    }
    return berkas;
  },
});
