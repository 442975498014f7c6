/** The login history list filtered on one user, newest first. */
export const riwayatLoginPath = (userId: string | number) =>
  `/riwayat-login?filter=${encodeURIComponent(JSON.stringify({ user_id: userId }))}&order=DESC&sort=waktu`;
