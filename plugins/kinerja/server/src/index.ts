import register from './register';
import bootstrap from './bootstrap';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

/**
 * kinerja — the SKP plan: SKP, RHK, IKI, ekspektasi perilaku, validation history and the workflow.
 * Builds on inti (scope, penilai at a date, audit, policy) and registers its resources into panel.
 */
export default {
  register,
  bootstrap,
  destroy() {},
  config: { default: {}, validator: () => {} },
  contentTypes,
  controllers,
  routes,
  services,
  middlewares: {},
  policies: {},
};
