// Strapi's own admin (developers only, at /admin). The product's panel is the react-admin app.
export default {
  config: {
    locales: ['id'],
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap() {},
};
