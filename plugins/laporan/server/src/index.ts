import controllers from './controllers';
import routes from './routes';
import services from './services';

/**
 * laporan — PDF (and later Excel) rendering of the forms and prints. Builds on kinerja (the SKP with
 * its scope check) and inti (policy, audit); owns no data. Dependencies point one way: laporan →
 * kinerja → inti.
 */
export default {
  register() {},
  bootstrap() {},
  destroy() {},
  config: { default: {}, validator: () => {} },
  contentTypes: {},
  controllers,
  routes,
  services,
  middlewares: {},
  policies: {},
};
