import register from './register';
import contentTypes from './content-types';
import services from './services';
import controllers from './controllers';
import routes from './routes';

/**
 * integrasi — the external systems around M-SKP (integrations.md): typed clients for eKAK and SIMPEG with the
 * retry policy of domain/ulang.ts, and the sync log (one row per run, panel resource `sync-log`). The pulls and
 * the scheduled jobs build on these.
 */
export default {
  register,
  bootstrap: () => {},
  destroy: () => {},
  config: { default: {}, validator: () => {} },
  contentTypes,
  controllers,
  routes,
  services,
  middlewares: {},
  policies: {},
};
