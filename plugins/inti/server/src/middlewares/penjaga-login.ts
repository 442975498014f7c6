import type { Core } from '@strapi/strapi';
import { layanan } from '../layanan';
/**
 * Route middleware of users-permissions' login (`auth.callback`, bound in register.ts, so it runs for
 * every spelling of the path the router matched): normalises the identifier (a NIP may be typed with
 * spaces), resolves it to the account it logs into, refuses a locked account with 429, records every
 * attempt, and stamps last login on success. Strapi's own limiter on that route counts requests per IP
 * only; this adds the per-account limit (issue 10 item 3).
 */
import { GalatMskp } from '../domain/galat';

/** Strapi's English auth errors → Indonesian messages with stable codes. */
function terjemahkan(e: any): unknown {
  const pesan = String(e?.message ?? '');
  if (e?.name === 'RateLimitError') {
    return new GalatMskp(
      429,
      'LOGIN_TERLALU_SERING',
      'Terlalu banyak permintaan masuk dari alamat IP ini. Tunggu sebentar lalu coba lagi.',
    );
  }
  if (/identifier.*required|identifier must/i.test(pesan))
    return new GalatMskp(400, 'IDENTITAS_WAJIB', 'NIP atau nama pengguna wajib diisi.', 'identifier');
  if (/password.*required|password must/i.test(pesan))
    return new GalatMskp(400, 'KATA_SANDI_WAJIB', 'Kata sandi wajib diisi.', 'password');
  if (/blocked/i.test(pesan)) return new GalatMskp(403, 'AKUN_DIBLOKIR', 'Akun Anda diblokir. Hubungi Admin BKPSDM.');
  if (e?.name === 'ValidationError' || e?.name === 'ApplicationError') {
    return new GalatMskp(400, 'KREDENSIAL_SALAH', 'NIP/nama pengguna atau kata sandi salah.', 'password');
  }
  return e;
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<void>) => {
    // the same handler serves third-party provider callbacks (GET /auth/:provider/callback): not a password login
    if ((ctx.params?.provider ?? 'local') !== 'local') return next();
    const login = layanan(strapi, 'inti', 'login');
    const body = ctx.request.body ?? {};
    const identifier = login.normalisasiIdentitas(body.identifier);
    if (identifier && typeof body.identifier === 'string') body.identifier = identifier;
    const ip = ctx.request.ip ?? null;
    const ua = ctx.request.headers['user-agent'] ?? null;

    const akun = await login.akun(identifier);
    await login.periksaKunci(akun, ip, ua);
    try {
      await next();
    } catch (e) {
      const nama = (e as any)?.name;
      await login.catatGagal(akun, ip, ua, nama === 'RateLimitError' ? 'BATAS_IP' : 'KREDENSIAL_SALAH');
      throw terjemahkan(e);
    }
    if (ctx.status === 200 && ctx.body?.user?.id) {
      const waktu = await login.catatBerhasil(ctx.body.user.id, akun, ip, ua);
      ctx.body.user.lastLoginAt = waktu.toISOString();
      ctx.body.user.lastLoginIp = ip;
    } else if (ctx.status >= 400) {
      await login.catatGagal(akun, ip, ua, ctx.status === 429 ? 'BATAS_IP' : 'KREDENSIAL_SALAH');
    }
  };
