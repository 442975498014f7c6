import { GalatMskp } from '../domain/galat';
import { isianTerlaluBesar } from './multipart';

/**
 * Renders GalatMskp in Strapi's error shape. Mounted right after strapi::errors, so anything else still
 * goes to Strapi's handler (which never leaks a stack trace in production).
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  try {
    await next();
  } catch (e) {
    const err = e instanceof GalatMskp ? e : (e as any)?.cause instanceof GalatMskp ? (e as any).cause : (kirimanTerlaluBesar(e) ?? isiTidakTerbaca(e));
    if (!err) throw e;
    ctx.status = err.status;
    ctx.body = err.body;
  }
};

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
  if (e?.status !== 400 || typeof e?.body !== 'string' || !(e instanceof SyntaxError || e?.name === 'SyntaxError' || /JSON/i.test(String(e?.message)))) return null;
  return new GalatMskp(400, 'ISI_TIDAK_TERBACA', 'Isi permintaan tidak dapat dibaca: kirim JSON berupa objek atau larik yang valid (periksa tanda kutip, koma dan kurung).', 'body');
}
