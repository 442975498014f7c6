/**
 * integrasi's public face (`@m-skp/integrasi`): the retry policy and settings (domain/), the wire schemas, the SIMPEG monitor's comparison, the
 * clients and their errors, and the typed services. Everything else under server/src is private to integrasi.
 */
import type services from './services';
import type { PemetaanSimpeg } from './domain/simpeg';

export * from './domain/ulang';
export * from './domain/konfigurasi';
export * from './domain/galat';
export * from './domain/payload';
export * from './domain/skema-ekak';
export * from './domain/skema-simpeg';
export * from './domain/sync-log';
export * from './domain/akses';
export * from './domain/ekak';
export * from './domain/simpeg';
export { UID_SYNC_LOG, type RekamanLog } from './services/log';
export type { StatusIntegrasi } from './services/klien';
export { buatKlienEkak, JALUR_EKAK, type KlienEkak } from './klien/ekak';
export { buatKlienSimpeg, type KlienSimpeg } from './klien/simpeg';
export { statusSistem, type StatusSistem } from './klien/status';
export type { Tidur } from './klien/http';

export type LayananIntegrasi = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

declare module '@m-skp/inti' {
  interface PetaLayanan {
    integrasi: LayananIntegrasi;
  }
  /** The policies whose schema integrasi registers (register.ts), by name. */
  interface PetaKebijakan {
    'pemetaan-simpeg': PemetaanSimpeg;
  }
}
