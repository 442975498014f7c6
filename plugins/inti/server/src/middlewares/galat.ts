import { GalatMskp } from '../domain/galat';
import { isianTerlaluBesar } from './multipart';

/**
 * Renders GalatMskp in Strapi's error shape. Mounted right after strapi::errors, so anything else still
 * goes to Strapi's handler (which never leaks a stack trace in production). Strapi's own 4xx refusals
 * (its auth, permission and plugin errors, thrown or set with ctx.forbidden() …) get a stable code too.
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  try {
    await next();
    lengkapiKode(ctx);
  } catch (e) {
    const err =
      e instanceof GalatMskp
        ? e
        : (e as any)?.cause instanceof GalatMskp
          ? (e as any).cause
          : (kirimanTerlaluBesar(e) ?? isiTidakTerbaca(e) ?? galat4xxStrapi(e));
    if (!err) throw e;
    ctx.status = err.status;
    ctx.body = err.body;
  }
};

/** Stable codes and Indonesian messages for Strapi's own 4xx refusals, by status. */
const KODE_STRAPI: Record<number, [string, string]> = {
  400: ['PERMINTAAN_TIDAK_VALID', 'Permintaan tidak valid: periksa isian yang dikirim.'],
  401: ['BELUM_MASUK', 'Anda harus masuk terlebih dahulu (sesi tidak ada atau sudah berakhir).'],
  403: ['AKSES_DITOLAK', 'Anda tidak berwenang melakukan tindakan ini.'],
  404: ['TIDAK_DITEMUKAN', 'Data atau alamat tidak ditemukan.'],
  405: ['METODE_TIDAK_DIIZINKAN', 'Metode permintaan ini tidak diizinkan pada alamat ini.'],
  409: ['KONFLIK', 'Permintaan bertentangan dengan keadaan data saat ini.'],
  413: ['ISIAN_TERLALU_BESAR', 'Isi permintaan terlalu besar.'],
  429: ['TERLALU_SERING', 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.'],
};

/** Strapi's error names (ApplicationError and its HTTP subclasses) → status, for errors thrown without one. */
const STATUS_NAMA: Record<string, number> = {
  ApplicationError: 400,
  ValidationError: 400,
  YupValidationError: 400,
  UnauthorizedError: 401,
  ForbiddenError: 403,
  PolicyError: 403,
  NotFoundError: 404,
  PayloadTooLargeError: 413,
  RateLimitError: 429,
};

/** A Strapi (or Koa http-errors) 4xx error thrown by a route → our body with a code; null for anything else. */
function galat4xxStrapi(e: any): GalatMskp | null {
  const status = Number(e?.status ?? e?.statusCode ?? STATUS_NAMA[e?.name]);
  if (!(status >= 400 && status < 500) || !(e?.name in STATUS_NAMA || e?.expose === true)) return null;
  const [kode, pesan] = KODE_STRAPI[status] ?? ['PERMINTAAN_DITOLAK', 'Permintaan ditolak.'];
  const details = e?.details && typeof e.details === 'object' && !Array.isArray(e.details) ? e.details : {};
  // Strapi's own (English) wording stays available to a developer beside ours
  return new GalatMskp(status, kode, pesan, undefined, {
    ...details,
    ...(e?.message ? { keterangan: String(e.message).slice(0, 300) } : {}),
  });
}

/** A 4xx answer set directly in Strapi's shape (ctx.forbidden(), ctx.unauthorized() …) without our code: add it. */
function lengkapiKode(ctx: any) {
  const e = ctx.body?.error;
  if (!(ctx.status >= 400 && ctx.status < 500) || !e || typeof e !== 'object' || e.details?.code) return;
  const [kode, pesan] = KODE_STRAPI[ctx.status] ?? ['PERMINTAAN_DITOLAK', 'Permintaan ditolak.'];
  ctx.body = {
    data: null,
    error: {
      status: ctx.status,
      name: e.name ?? 'ApplicationError',
      message: pesan,
      details: { ...(e.details && typeof e.details === 'object' ? e.details : {}), code: kode },
    },
  };
}

/**
 * The body parser's refusal of an oversized JSON, form or text body (co-body's limits; multipart bodies are
 * refused by middlewares/multipart.ts), in our words.
 */
function kirimanTerlaluBesar(e: any): GalatMskp | null {
  if (e?.status !== 413 && e?.name !== 'PayloadTooLargeError') return null;
  return isianTerlaluBesar();
}

/**
 * The body parser's refusal of a body it cannot read (co-body: status 400 with the raw text on `body`, e.g.
 * malformed JSON, or a form that does not parse), in our words instead of Strapi's English "Bad Request".
 */
function isiTidakTerbaca(e: any): GalatMskp | null {
  if (
    e?.status !== 400 ||
    typeof e?.body !== 'string' ||
    !(e instanceof SyntaxError || e?.name === 'SyntaxError' || /JSON/i.test(String(e?.message)))
  )
    return null;
  return new GalatMskp(
    400,
    'ISI_TIDAK_TERBACA',
    'Isi permintaan tidak dapat dibaca: kirim JSON berupa objek atau larik yang valid (periksa tanda kutip, koma dan kurung).',
    'body',
  );
}
