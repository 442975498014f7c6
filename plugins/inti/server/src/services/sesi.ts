import type { Core } from '@strapi/strapi';
import { langkahSesi, MAKS_RANTAI_SESI, ASAL_SESI } from '../domain/sesi';

/** Entries kept at most; past it the cache starts over (a plain bound, no LRU needed at this size). */
const MAKS_ENTRI = 10_000;
const UID_SESI = 'admin::session';

/**
 * Session liveness of access tokens (issue 10 item 8). users-permissions' jwt service is wrapped in
 * register.ts so that every authenticated request asks `hidup(sessionId, userId)`; a dead session → 401.
 *
 * The answer is cached in this process for `sesi_cache_detik` seconds (plugin config, default 15; 0 = no
 * cache) so that a busy client costs one extra SQL statement per TTL, not per request. Every deletion of a
 * session row in this process (logout, password change, admin reset, block, user removal, expiry cleanup)
 * empties the cache at once (bootstrap.ts subscribes to the `admin::session` lifecycles), and again when the
 * surrounding transaction commits. Other server instances do not see that event: there a revoked token
 * keeps working until their cached answer is older than the TTL.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = new Map<string, { hidup: boolean; pada: number }>();
  /** bumped by every invalidation: an answer read from the DB before it is not cached after it */
  let generasi = 0;
  const ttlMs = () => Math.max(0, Number(strapi.config.get('plugin::inti.sesi_cache_detik', 15)) || 0) * 1000;

  const bacaDb = async (sessionId: string, userId: string): Promise<boolean> => {
    const sekarang = new Date();
    let id = sessionId;
    for (let i = 0; i < MAKS_RANTAI_SESI; i++) {
      const baris = await strapi.db.query(UID_SESI).findOne({
        where: { sessionId: id },
        select: ['userId', 'origin', 'status', 'childId', 'expiresAt', 'absoluteExpiresAt'],
      });
      const langkah = langkahSesi(baris, userId, sekarang);
      if ('hidup' in langkah) return langkah.hidup;
      id = langkah.lanjut;
    }
    return false;
  };

  const sesi = {
    /** Is the session of this access token still alive? Cached per session for the TTL. */
    async hidup(sessionId: string, userId: string): Promise<boolean> {
      if (!sessionId || !userId) return false;
      const kunci = `${userId}\0${sessionId}`;
      const ttl = ttlMs();
      const ada = cache.get(kunci);
      if (ada && Date.now() - ada.pada < ttl) return ada.hidup;
      const gen = generasi;
      const hidup = await bacaDb(sessionId, userId);
      if (ttl > 0 && gen === generasi) {
        if (cache.size >= MAKS_ENTRI) cache.clear();
        cache.set(kunci, { hidup, pada: Date.now() });
      }
      return hidup;
    },

    /** Forget every cached answer: a session row was deleted (now, and once more when the transaction commits). */
    async lupakan() {
      cache.clear();
      generasi++;
      if (strapi.db.inTransaction()) {
        await strapi.db.transaction(async ({ onCommit }: { onCommit: (f: () => void) => void }) =>
          onCommit(() => {
            cache.clear();
            generasi++;
          }),
        );
      }
    },

    /** Ends every session of the account (all devices) in the users-permissions origin. */
    async akhiriSemua(userId: number | string) {
      await strapi.sessionManager(ASAL_SESI).invalidateRefreshToken(String(userId));
    },
  };
  return sesi;
};
