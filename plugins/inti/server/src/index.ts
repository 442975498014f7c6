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
  config: {
    // seconds an answer of the session liveness check is cached per process (services/sesi.ts); 0 = none
    default: { sesi_cache_detik: 15 },
    validator: (c: any) => {
      const n = c?.sesi_cache_detik;
      if (n !== undefined && !(Number.isInteger(n) && n >= 0 && n <= 3600))
        throw new Error('inti: sesi_cache_detik harus bilangan bulat 0–3600');
    },
  },
  contentTypes,
  services,
  controllers: {},
  routes: {},
  middlewares,
  policies: { ranah },
};
