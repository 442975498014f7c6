import path from 'path';

const plugin = (name: string) => path.resolve(__dirname, '..', '..', '..', 'plugins', name);

export default ({ env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      // Refresh mode: 10-minute access tokens, refresh tokens revocable (and revoked on password change).
      jwtManagement: 'refresh',
      sessions: {
        accessTokenLifespan: env.int('SESI_AKSES_DETIK', 600),
        maxRefreshTokenLifespan: env.int('SESI_REFRESH_MAKS_DETIK', 14 * 24 * 3600),
        idleRefreshTokenLifespan: env.int('SESI_REFRESH_DIAM_DETIK', 2 * 3600),
        maxSessionLifespan: env.int('SESI_MAKS_DETIK', 24 * 3600),
        idleSessionLifespan: env.int('SESI_DIAM_DETIK', 2 * 3600),
        httpOnly: false,
        cookie: { name: 'mskp_refresh', sameSite: 'strict', path: '/api/auth' },
      },
      // Strapi's limiter on the auth routes counts requests per IP. One office shares one public IP,
      // so it only stops floods; failures per identifier are limited by plugin::inti.penjaga-login.
      ratelimit: {
        enabled: env.bool('RATELIMIT_AKTIF', true),
        interval: 60_000,
        max: env.int('RATELIMIT_PER_IP_PER_MENIT', 600),
      },
      register: { allowedFields: [] },
    },
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_BATAS_BYTE', 10 * 1024 * 1024),
    },
  },
  inti: { enabled: true, resolve: plugin('inti') },
  panel: { enabled: true, resolve: plugin('panel') },
  kinerja: { enabled: true, resolve: plugin('kinerja') },
  laporan: { enabled: true, resolve: plugin('laporan') },
});
