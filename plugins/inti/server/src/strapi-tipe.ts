import type { Core } from '@strapi/strapi';

/**
 * The routes of one router of a plugin (`content-api`, `admin`), or undefined when the plugin or router is missing.
 * Strapi types a plugin's routes as either a bare list or a map of routers; the loaded plugins we patch always
 * carry the map form.
 */
export function routerPlugin(strapi: Core.Strapi, plugin: string, jenis: string): Core.Router | undefined {
  const routes = strapi.plugin(plugin)?.routes;
  if (!routes || Array.isArray(routes)) return undefined;
  return routes[jenis];
}

/** Every router of a plugin (see routerPlugin). */
export function semuaRouterPlugin(strapi: Core.Strapi, plugin: string): Core.Router[] {
  const routes = strapi.plugin(plugin)?.routes;
  if (!routes || Array.isArray(routes)) return [];
  return Object.values(routes);
}

/** The link table of a relation stored in one (Strapi 5 keeps every relation in a join table). */
export interface TabelTautan {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** The link table of relation `atribut` of content type `uid`; throws when the attribute has none. */
export function tabelTautan(strapi: Core.Strapi, uid: string, atribut: string): TabelTautan {
  const a = strapi.db.metadata.get(uid).attributes[atribut];
  const jt = a && 'joinTable' in a ? a.joinTable : undefined;
  if (!jt || !('inverseJoinColumn' in jt)) throw new Error(`${uid}.${atribut} bukan relasi dengan tabel penghubung`);
  return jt;
}

/** The column of attribute `atribut` of content type `uid` (its own name when the metadata names none). */
export function namaKolom(strapi: Core.Strapi, uid: string, atribut: string): string {
  const a = strapi.db.metadata.get(uid).attributes[atribut];
  return a && 'columnName' in a && typeof a.columnName === 'string' ? a.columnName : atribut;
}
