import type { Core } from '@strapi/strapi';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import { GalatMskp } from '../domain/galat';

/**
 * Multipart bodies (uploads) are parsed only on the routes that take files, and only after Strapi has
 * authenticated and authorised the caller: the global `strapi::body` runs with `multipart: false`
 * (cms/config/middlewares.ts) and these routes name this middleware in their `config.middlewares`
 * (`MIDDLEWARE_MULTIPART`). Every file of the request is written to a folder of its own under the OS
 * temp folder, and that folder is removed when the request ends, whatever the outcome (stored,
 * refused, parser error, client gone).
 *
 * Limits (refused with 413 before the services' exact checks, which name the file): files together at
 * most twice the upload size limit (`UPLOAD_BATAS_BYTE`, formidable counts all files of a request),
 * at most `MAKS_BERKAS` files, text fields together at most `MAKS_ISIAN_BYTE`.
 */
export const MIDDLEWARE_MULTIPART = 'plugin::inti.multipart';

export const MAKS_BERKAS = 20;
export const MAKS_ISIAN_BYTE = 1024 * 1024;
const MAKS_JUMLAH_ISIAN = 200;
const BATAS_BAWAAN = 10 * 1024 * 1024;

/** The upload size limit of one file in bytes (upload plugin `sizeLimit`, from UPLOAD_BATAS_BYTE). */
export const batasUnggah = (strapi: Core.Strapi): number =>
  Number(strapi.config.get<{ sizeLimit?: number } | undefined>('plugin::upload')?.sizeLimit) || BATAS_BAWAAN;

/** Largest multipart request worth reading: the files' ceiling plus the fields' (and the multipart framing). */
export const batasKirimanMultipart = (strapi: Core.Strapi): number =>
  2 * batasUnggah(strapi) + MAKS_ISIAN_BYTE + 64 * 1024;

/** A multipart request over the size limits (files, count, or declared length), in our words. */
export const kirimanTerlaluBesar = () =>
  new GalatMskp(
    413,
    'BERKAS_TERLALU_BESAR',
    'Kiriman terlalu besar: setiap berkas bukti paling besar 10 MB (atau batas yang ditetapkan) dan paling banyak 20 berkas per kiriman. Perkecil atau pisahkan berkasnya.',
    'bukti',
  );

/** A body whose text (JSON, form fields) is over its limit (1 MB). */
export const isianTerlaluBesar = () =>
  new GalatMskp(
    413,
    'ISIAN_TERLALU_BESAR',
    'Isi permintaan terlalu besar: kirim isian yang lebih pendek atau lebih sedikit (teks paling banyak 1 MB seluruhnya).',
    'body',
  );

const tidakTerbaca = () =>
  new GalatMskp(
    400,
    'ISI_TIDAK_TERBACA',
    'Isi permintaan multipart tidak dapat dibaca: kirim formulir multipart/form-data yang utuh.',
    'body',
  );

/** A formidable error (FormidableError: `httpCode`, numeric `code`) → our refusal. */
function terjemahkan(e: any): unknown {
  if (e instanceof GalatMskp) return e;
  const pesan = String(e?.message ?? '');
  if (/maxFieldsSize|maxFields/.test(pesan)) return isianTerlaluBesar();
  if (/maxFileSize|maxTotalFileSize|maxFiles/.test(pesan) || e?.httpCode === 413) return kirimanTerlaluBesar();
  if (
    (e?.httpCode >= 400 && e?.httpCode < 500) ||
    /aborted|multipart|boundary|content-type|Unexpected end/i.test(pesan)
  )
    return tidakTerbaca();
  return e;
}

/**
 * Global (before `strapi::body`): a multipart request whose declared length exceeds what any upload route
 * accepts is refused with 413 without reading it, on every route. A body that `strapi::body` does not parse
 * (multipart outside the upload routes, an unknown content type) is an empty object for the routes, never
 * undefined; it is left unread.
 */
export const kiriman = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.is('multipart') && Number(ctx.get('content-length')) > batasKirimanMultipart(strapi))
      throw kirimanTerlaluBesar();
    if (ctx.request.body === undefined) ctx.request.body = {};
    await next();
  };
};

/** Route middleware: parses the multipart body of an authorised request into ctx.request.body/files. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    if (!ctx.is('multipart')) return next();
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'mskp-unggah-'));
    let jumlahBerkas = 0;
    let terurai = false;
    try {
      // Strapi's own body middleware (koa-body + formidable), here with multipart only and our limits.
      const urai = strapi.middleware('strapi::body')(
        {
          multipart: true,
          json: false,
          urlencoded: false,
          text: false,
          formidable: {
            uploadDir: folder,
            maxFileSize: 2 * batasUnggah(strapi),
            maxFieldsSize: MAKS_ISIAN_BYTE,
            maxFields: MAKS_JUMLAH_ISIAN,
            // formidable 2 has no file count limit: files beyond it are not written, and the request refused
            filter: () => ++jumlahBerkas <= MAKS_BERKAS,
          },
        },
        { strapi },
      ) as Core.MiddlewareHandler; // the body middleware's factory always returns its handler
      try {
        await urai(ctx, async () => {
          terurai = true;
          if (jumlahBerkas > MAKS_BERKAS) throw kirimanTerlaluBesar();
          await next();
        });
      } catch (e) {
        if (terurai) throw e;
        throw terjemahkan(e);
      }
      // strapi::body answers a file over maxFileSize itself (413 "FileTooBig") without calling next
      if (!terurai) throw kirimanTerlaluBesar();
    } finally {
      await fs
        .rm(folder, { recursive: true, force: true, maxRetries: 3 })
        .catch((e: any) => strapi.log.warn(`Unggahan: folder sementara ${folder} tidak terhapus: ${e?.message ?? e}`));
    }
  };
};
