/** A content-API route of this plugin (Strapi grants it per role from cms/src/index.ts). */
export const r = (method: string, path: string, handler: string) => ({ method, path, handler, config: { policies: [] } });
