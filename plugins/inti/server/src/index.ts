import register from './register';
import bootstrap from './bootstrap';
import destroy from './destroy';
import contentTypes from './content-types';
import services from './services';
import middlewares from './middlewares';
import ranah from './policies/ranah';

/**
 * inti — the base engine: organisation and people, the scope service, penilai at a date, audit trail,
 * login guard and the policy loader. Other plugins build on it; it imports none of them.
 */
export default {
  register,
  bootstrap,
  destroy,
  config: { default: {}, validator: () => {} },
  contentTypes,
  services,
  controllers: {},
  routes: {},
  middlewares,
  policies: { ranah },
};
