import { GalatMskp } from '../domain/galat';

/**
 * Renders GalatMskp in Strapi's error shape. Mounted right after strapi::errors, so anything else still
 * goes to Strapi's handler (which never leaks a stack trace in production).
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  try {
    await next();
  } catch (e) {
    const err = e instanceof GalatMskp ? e : (e as any)?.cause instanceof GalatMskp ? (e as any).cause : null;
    if (!err) throw e;
    ctx.status = err.status;
    ctx.body = err.body;
  }
};
