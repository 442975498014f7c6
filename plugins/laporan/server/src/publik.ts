/**
 * laporan's public face (`@m-skp/laporan`): its pure print and export rules (domain/) and typed services.
 * No other plugin depends on laporan today; this is what one would import.
 */
import type services from './services';
import type {} from '@m-skp/tpp'; // tpp's typed services (the PK's DPA summary) and policies in PetaLayanan/PetaKebijakan

export * from './domain/evaluasi';
export * from './domain/format';
export * from './domain/pk';
export * from './domain/predikat';
export * as skpBulanan from './domain/skp-bulanan'; // its row helpers share names with predikat's
export * from './domain/skp';
export * from './domain/tanggal';
export * from './domain/tpp';

export type LayananLaporan = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

declare module '@m-skp/inti' {
  interface PetaLayanan {
    laporan: LayananLaporan;
  }
}
