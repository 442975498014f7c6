import controllers from './controllers';
import routes from './routes';
import services from './services';

/**
 * panel — the react-admin protocol (ra-data-simple-rest) over the resources of every engine, at
 * /api/panel/<resource>. Builds on inti (scope, audit); owns no data.
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
