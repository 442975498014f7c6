/**
 * kinerja's public face (`@m-skp/kinerja`): its pure rules (domain/), the read models other engines build on
 * (evaluation and realisation DTOs, content-type UIDs) and its typed services. Everything else under
 * server/src is private to kinerja; a deep import from another plugin fails the lint.
 */
import type { z } from 'zod';
import type services from './services';
import type { KebijakanBuktiDukung } from './domain/berkas';
import type { KebijakanCapaian } from './domain/capaian';
import type { KebijakanEvaluasi } from './domain/evaluasi';
import type { KebijakanPredikat } from './domain/predikat';
import type { Berakhlak, skemaKinerjaIki } from './domain/skp';

export * from './domain/alur';
export * from './domain/berkas';
export * from './domain/capaian';
export * from './domain/duplikat';
export * from './domain/evaluasi';
export * from './domain/konflik';
export * from './domain/predikat-organisasi';
export * from './domain/predikat';
export * from './domain/renaksi';
export * from './domain/sasaran-opd';
export * from './domain/skp';
export * from './domain/target';
export * from './domain/versi';

export {
  UID_EVALUASI,
  evaluasiDto,
  type BarisEvaluasi,
  type IsianEvaluasi,
  type JenisPeriode,
  type PerilakuEvaluasi,
  type SetelahTulisEvaluasi,
  type TulisanEvaluasi,
} from './services/evaluasi';
export { UID_RENAKSI, UID_REALISASI, realisasiDto, renaksiDto } from './services/renaksi';
export type { BarisSkp } from './services/tipe-skp';
export { UID_PREDIKAT_ORGANISASI, kunciPredikatOrganisasi } from './services/predikat-organisasi';

export type LayananKinerja = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

declare module '@m-skp/inti' {
  interface PetaLayanan {
    kinerja: LayananKinerja;
  }
  /** The policies whose schema kinerja registers (register.ts), by name. */
  interface PetaKebijakan {
    berakhlak: Berakhlak;
    'kinerja-iki': z.infer<typeof skemaKinerjaIki>;
    'bukti-dukung': KebijakanBuktiDukung;
    capaian: KebijakanCapaian;
    predikat: KebijakanPredikat;
    evaluasi: KebijakanEvaluasi;
  }
}
