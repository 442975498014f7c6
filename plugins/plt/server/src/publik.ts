/**
 * plt's public face (`@m-skp/plt`): the PLT rule and the run-log rules (domain/), the log's UID and the typed
 * services. Everything else under server/src is private to plt.
 */
import type services from './services';

export * from './domain/plt';
export * from './domain/riwayat';
export { UID_SINKRON_PLT, KUNCI_SINKRON, TUGAS_SINKRON, type HasilSinkron } from './services/sinkron';

export type LayananPlt = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

declare module '@m-skp/inti' {
  interface PetaLayanan {
    plt: LayananPlt;
  }
}
