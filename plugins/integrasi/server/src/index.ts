import services from './services';

/**
 * integrasi — the external systems around M-SKP (integrations.md): typed clients for eKAK and SIMPEG with the
 * retry policy of domain/ulang.ts. The pulls, the sync log and the scheduled jobs build on these.
 */
export default {
  register: () => {},
  bootstrap: () => {},
  destroy: () => {},
  config: { default: {}, validator: () => {} },
  contentTypes: {},
  controllers: {},
  routes: {},
  services,
  middlewares: {},
  policies: {},
};
