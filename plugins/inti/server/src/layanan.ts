import type { Core } from '@strapi/strapi';
import type services from './services';

/** inti's services by name, as their factories build them. */
export type LayananInti = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

/**
 * Every plugin's services by plugin name. inti declares its own; every other plugin adds its map from its
 * public face (`declare module '@m-skp/inti' { interface PetaLayanan { kinerja: LayananKinerja } }`), so a
 * lookup through `layanan` is typed and a renamed service or method fails the compile.
 */
export interface PetaLayanan {
  inti: LayananInti;
}

/** The typed service lookup: `layanan(strapi, 'kinerja', 'evaluasi')` is `strapi.plugin('kinerja').service('evaluasi')`. */
export function layanan<P extends keyof PetaLayanan, N extends keyof PetaLayanan[P] & string>(
  strapi: Core.Strapi,
  plugin: P,
  nama: N,
): PetaLayanan[P][N] {
  return strapi.plugin(plugin).service(nama) as PetaLayanan[P][N];
}
