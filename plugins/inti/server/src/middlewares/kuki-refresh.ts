import type { Core } from '@strapi/strapi';
/**
 * The refresh cookie of users-permissions (config/plugins.ts `sessions.cookie`) gets `Secure` exactly
 * when the request is HTTPS, directly or through a trusted proxy (server.proxy.koa ← TRUST_PROXY, which
 * makes Koa read X-Forwarded-Proto). Strapi decides from NODE_ENV alone, which drops the flag behind TLS
 * outside production and fails (500) on plain HTTP in production.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<void>) => {
    const sesi = strapi.config.get<{ cookie?: { name?: string } } | undefined>('plugin::users-permissions.sessions');
    const nama = sesi?.cookie?.name;
    if (nama) {
      const kuki = ctx.cookies;
      const setAsli = kuki.set.bind(kuki);
      kuki.set = (n: string, nilai?: string | null, opsi?: Record<string, unknown>) =>
        setAsli(n, nilai, n === nama ? { ...(opsi ?? {}), secure: ctx.request.secure === true } : opsi);
    }
    await next();
  };
