import { MIDDLEWARE_MULTIPART, kebijakanRanah } from '@m-skp/inti';

/**
 * A content-API route of this plugin (Strapi grants it per role from cms/src/index.ts). Every route of this
 * plugin is performance data: the caller's role must reach the 'kinerja' area (peran.ts RANAH_PERAN).
 */
export const r = (method: string, path: string, handler: string) => ({ method, path, handler, config: { policies: [kebijakanRanah('kinerja')] } });

/** A route that takes files: its multipart body is parsed after authorisation, temp files removed at the end. */
export const rBerkas = (method: string, path: string, handler: string) => ({ method, path, handler, config: { policies: [kebijakanRanah('kinerja')], middlewares: [MIDDLEWARE_MULTIPART] } });
