import register from './register';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import contentTypes from './content-types';

/**
 * tpp — Tambahan Penghasilan Pegawai (domain.md §7): the pure calculation (domain/tpp.ts) with its
 * versioned policy (config/kebijakan/tpp.json), and the quarter locks BKAD sets once a quarter's
 * prestasi kerja is paid. Builds on inti (policy, scope, audit, period locks) and kinerja (capaian,
 * evaluations). Content types: presensi (monthly discipline summary), tpp (monthly lines), dpa (budget
 * lines from SIPD); the lock rows are inti's kunci-periode.
 */
export default {
  register,
  bootstrap() {},
  destroy() {},
  config: { default: {}, validator: () => {} },
  contentTypes,
  controllers,
  routes,
  services,
  middlewares: {},
  policies: {},
};
