/** Content-API routes, mounted by Strapi under /api/panel. Specific paths come before /:resource. */
export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/statistik-pegawai', handler: 'panel.statistikPegawai', config: { policies: [] } },
      // API tokens: create and rotate answer the secret once; DELETE revokes (the row stays, DICABUT)
      { method: 'POST', path: '/token-api', handler: 'token-api.buat', config: { policies: [] } },
      { method: 'POST', path: '/token-api/:id/putar', handler: 'token-api.putar', config: { policies: [] } },
      { method: 'DELETE', path: '/token-api/:id', handler: 'token-api.cabut', config: { policies: [] } },
      { method: 'GET', path: '/:resource', handler: 'panel.find', config: { policies: [] } },
      { method: 'GET', path: '/:resource/:id', handler: 'panel.findOne', config: { policies: [] } },
      { method: 'POST', path: '/:resource', handler: 'panel.create', config: { policies: [] } },
      { method: 'PUT', path: '/:resource/:id', handler: 'panel.update', config: { policies: [] } },
      { method: 'DELETE', path: '/:resource/:id', handler: 'panel.delete', config: { policies: [] } },
    ],
  },
};
