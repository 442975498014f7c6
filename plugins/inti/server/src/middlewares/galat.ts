import { GalatMskp } from '../domain/galat';

/**
 * Renders GalatMskp in Strapi's error shape. Mounted right after strapi::errors, so anything else still
 * goes to Strapi's handler (which never leaks a stack trace in production).
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  try {
    await next();
    // strapi::body answers an oversized multipart part itself (413 "FileTooBig"): say it in our words
    if (ctx.status === 413 && ctx.body?.error?.message === 'FileTooBig') {
      const g = kirimanTerlaluBesar({ status: 413 })!;
      ctx.body = g.body;
    }
  } catch (e) {
    const err = e instanceof GalatMskp ? e : (e as any)?.cause instanceof GalatMskp ? (e as any).cause : (kirimanTerlaluBesar(e) ?? isiTidakTerbaca(e));
    if (!err) throw e;
    ctx.status = err.status;
    ctx.body = err.body;
  }
};

/** The body parser's refusal of an oversized request (formidable limits in cms/config/middlewares.ts), in our words. */
function kirimanTerlaluBesar(e: any): GalatMskp | null {
  if (e?.status !== 413 && e?.name !== 'PayloadTooLargeError') return null;
  return new GalatMskp(413, 'BERKAS_TERLALU_BESAR', 'Kiriman terlalu besar: setiap berkas bukti paling besar 10 MB (atau batas yang ditetapkan) dan paling banyak 20 berkas per kiriman. Perkecil atau pisahkan berkasnya.', 'bukti');
}

/**
 * The body parser's refusal of a body it cannot read (co-body: status 400 with the raw text on `body`, e.g.
 * malformed JSON, or a form that does not parse), in our words instead of Strapi's English "Bad Request".
 */
function isiTidakTerbaca(e: any): GalatMskp | null {
  if (e?.status !== 400 || typeof e?.body !== 'string' || !(e instanceof SyntaxError || e?.name === 'SyntaxError' || /JSON/i.test(String(e?.message)))) return null;
  return new GalatMskp(400, 'ISI_TIDAK_TERBACA', 'Isi permintaan tidak dapat dibaca: kirim JSON berupa objek atau larik yang valid (periksa tanda kutip, koma dan kurung).', 'body');
}
