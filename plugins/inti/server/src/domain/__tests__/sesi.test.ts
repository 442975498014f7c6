/**
 * Issue 10 item 8: one step of the session liveness walk (an access token dies with its session).
 */
import { langkahSesi, type BarisSesi } from '../sesi';

const T0 = new Date('2026-03-02T01:00:00.000Z');
const detik = (n: number) => new Date(T0.getTime() + n * 1000);
const baris = (ubah: Partial<BarisSesi> = {}): BarisSesi => ({
  userId: '42',
  origin: 'users-permissions',
  status: 'active',
  childId: null,
  expiresAt: detik(60),
  absoluteExpiresAt: detik(3600),
  ...ubah,
});

describe('langkahSesi', () => {
  test.each([
    ['an active row before its idle expiry', baris(), { hidup: true }],
    ['the row is gone (logout, password change, block, cleanup)', null, { hidup: false }],
    ['an active row at its idle expiry', baris({ expiresAt: T0 }), { hidup: false }],
    ['an active row past its idle expiry', baris({ expiresAt: detik(-1) }), { hidup: false }],
    ['an active row without an idle expiry (as Strapi: expired)', baris({ expiresAt: null }), { hidup: false }],
    ['past the absolute expiry of the family', baris({ absoluteExpiresAt: detik(-1) }), { hidup: false }],
    ['no absolute expiry', baris({ absoluteExpiresAt: null }), { hidup: true }],
    [
      'dates as ISO strings (SQLite)',
      baris({ expiresAt: detik(60).toISOString(), absoluteExpiresAt: detik(3600).toISOString() }),
      { hidup: true },
    ],
    ['another user’s session', baris({ userId: '43' }), { hidup: false }],
    ['a numeric user id equal as text', baris({ userId: 42 }), { hidup: true }],
    ['a session of another origin (the admin panel)', baris({ origin: 'admin' }), { hidup: false }],
    ['rotated: follow its child', baris({ status: 'rotated', childId: 'anak' }), { lanjut: 'anak' }],
    [
      'rotated, idle expiry passed: the child decides',
      baris({ status: 'rotated', childId: 'anak', expiresAt: detik(-10) }),
      { lanjut: 'anak' },
    ],
    ['rotated without a child', baris({ status: 'rotated', childId: null }), { hidup: false }],
    [
      'rotated past the absolute expiry',
      baris({ status: 'rotated', childId: 'anak', absoluteExpiresAt: detik(-1) }),
      { hidup: false },
    ],
    ['an unknown status', baris({ status: 'revoked' }), { hidup: false }],
    ['no status', baris({ status: null }), { hidup: false }],
  ] as [string, BarisSesi | null, unknown][])('%s', (_n, b, hasil) => {
    expect(langkahSesi(b, '42', T0)).toEqual(hasil);
  });
});
