/**
 * tpp's public face (`@m-skp/tpp`): its pure rules (domain/) and typed services, for the reports that print
 * TPP and DPA/PK figures. Everything else under server/src is private to tpp.
 */
import type services from './services';
import type { KebijakanTpp } from './domain/tpp';
import type { TemplateRiwayatTpp } from './domain/riwayat';

export * from './domain/dpa';
export * from './domain/hitung';
export * from './domain/kunci';
export * from './domain/lihat';
export * from './domain/presensi';
export * from './domain/riwayat';
export * from './domain/tpp';

export type LayananTpp = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

declare module '@m-skp/inti' {
  interface PetaLayanan {
    tpp: LayananTpp;
  }
  interface PetaKebijakan {
    tpp: KebijakanTpp;
    'tpp-riwayat': TemplateRiwayatTpp;
  }
}
