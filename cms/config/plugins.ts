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
      // so it only stops floods; failures per account are limited by plugin::inti.penjaga-login, which inti
      // binds to this same route (register.ts).
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
      // Evidence holds personal data: a private folder outside public/ (served only by GET /api/bukti/:id,
      // which applies the scope). Strapi resolves this name as a package: packages/provider-upload-bukti.
      provider: '@m-skp/provider-upload-bukti',
      providerOptions: { folder: env('BUKTI_FOLDER', path.resolve(__dirname, '..', '..', '.data', 'bukti')) },
      sizeLimit: env.int('UPLOAD_BATAS_BYTE', 10 * 1024 * 1024),
      // Strapi's own upload routes (admin media library) check these against the magic bytes too;
      // M-SKP's routes use plugins/kinerja domain/berkas.ts (same list, stricter on office files).
      security: {
        allowedTypes: [
          'application/pdf',
          'image/jpeg',
          'image/png',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'application/vnd.openxmlformats-officedocument.presentationml.presentation',
          'application/msword',
          'application/vnd.ms-excel',
          'application/vnd.ms-powerpoint',
          'application/x-cfb',
          'application/vnd.oasis.opendocument.text',
          'application/vnd.oasis.opendocument.spreadsheet',
          'application/vnd.oasis.opendocument.presentation',
        ],
      },
    },
  },
  inti: {
    enabled: true,
    resolve: plugin('inti'),
    // Every authenticated request checks that its session is still alive; the answer is cached this many
    // seconds per server process. Revocations made in the same process apply at once; with several
    // instances, another instance sees a logout or a password change at most this late.
    config: { sesi_cache_detik: env.int('SESI_CACHE_DETIK', 15) },
  },
  panel: { enabled: true, resolve: plugin('panel') },
  kinerja: { enabled: true, resolve: plugin('kinerja') },
  laporan: { enabled: true, resolve: plugin('laporan') },
  tpp: { enabled: true, resolve: plugin('tpp') },
  plt: { enabled: true, resolve: plugin('plt') },
  integrasi: { enabled: true, resolve: plugin('integrasi') },
});
