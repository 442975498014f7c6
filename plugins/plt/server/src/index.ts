import register from './register';
import bootstrap from './bootstrap';
import destroy from './destroy';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

/**
 * plt — the PLT behaviour sync: a Plt's perilaku of a period, rated by the penilai of the post he acts in,
 * replaces his definitive one. Builds on kinerja (evaluations) and inti (penugasan, audit, locks); its run log
 * is a panel resource.
 */
export default {
  register,
  bootstrap,
  destroy,
  config: { default: {}, validator: () => {} },
  contentTypes,
  controllers,
  routes,
  services,
  middlewares: {},
  policies: {},
};
