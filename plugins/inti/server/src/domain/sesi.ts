/**
 * Is the session behind an access token still alive? (issue 10 item 8: an access token dies with its
 * session, not 10 minutes later.) Pure: decides one step of the walk over users-permissions' session
 * rows (Strapi's `admin::session`, table strapi_sessions).
 *
 * An access token carries the sessionId of the refresh-token row it was minted from. A refresh rotates
 * that row (status `rotated`, childId = the new row) and the token minted before stays valid until it
 * expires, so a rotated row is alive exactly when its newest descendant is. Logout, a password change,
 * an admin reset, a block or the expiry cleanup delete rows: a missing row anywhere on the way is dead.
 */
export const ASAL_SESI = 'users-permissions';

/** The longest rotation chain followed; access tokens live minutes, a normal client rotates once per token. */
export const MAKS_RANTAI_SESI = 10;

export interface BarisSesi {
  userId: string | number;
  origin: string;
  status: string | null;
  childId: string | null;
  expiresAt: Date | string | null;
  absoluteExpiresAt: Date | string | null;
}

export type LangkahSesi = { hidup: true } | { hidup: false } | { lanjut: string };

const lewat = (t: Date | string | null, sekarang: Date) => t != null && new Date(t).getTime() <= sekarang.getTime();

/** One step: the row of the current sessionId (null when it is gone) → alive, dead, or follow its child. */
export function langkahSesi(baris: BarisSesi | null, userId: string, sekarang: Date): LangkahSesi {
  if (!baris) return { hidup: false };
  if (baris.origin !== ASAL_SESI || String(baris.userId) !== String(userId)) return { hidup: false };
  if (lewat(baris.absoluteExpiresAt, sekarang)) return { hidup: false };
  // like Strapi's refresh check: an active row without its idle expiry counts as expired
  if (baris.status === 'active') return { hidup: baris.expiresAt != null && !lewat(baris.expiresAt, sekarang) };
  if (baris.status === 'rotated' && baris.childId) return { lanjut: baris.childId };
  return { hidup: false };
}
