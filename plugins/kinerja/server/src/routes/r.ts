import { MIDDLEWARE_MULTIPART } from '@m-skp/inti/dist/server/middlewares/multipart';

/** A content-API route of this plugin (Strapi grants it per role from cms/src/index.ts). */
export const r = (method: string, path: string, handler: string) => ({ method, path, handler, config: { policies: [] } });

/** A route that takes files: its multipart body is parsed after authorisation, temp files removed at the end. */
export const rBerkas = (method: string, path: string, handler: string) => ({ method, path, handler, config: { policies: [], middlewares: [MIDDLEWARE_MULTIPART] } });
