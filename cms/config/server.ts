import { requireSecrets } from './secrets';

export default ({ env }) => {
  requireSecrets(env);
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    // Behind a reverse proxy: Koa then reads X-Forwarded-For (client IP) and X-Forwarded-Proto (HTTPS,
    // hence the Secure refresh cookie). Strapi 5 reads `proxy.koa`; a bare boolean is ignored.
    proxy: { koa: env.bool('TRUST_PROXY', false) },
    app: { keys: env.array('APP_KEYS') },
    logger: { updates: { enabled: false }, startup: { enabled: env.bool('STRAPI_STARTUP_LOG', true) } },
    cron: { enabled: false },
  };
};
