/**
 * panel's public face (`@m-skp/panel`): what an engine needs to add its resources to the panel protocol —
 * the resource definition types and the filter builders — and the panel's typed services.
 */
import type services from './services';

export * from './sumber/tipe';
export * from './domain/protokol';

export type LayananPanel = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

declare module '@m-skp/inti' {
  interface PetaLayanan {
    panel: LayananPanel;
  }
}
