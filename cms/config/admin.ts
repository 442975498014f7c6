export default ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Strapi's own admin (pages and its API: /admin/*, /content-manager/*, API tokens…) is off in production
  // unless SERVE_STRAPI_ADMIN=true; the react-admin panel (/panel/) is the product's UI. Its first
  // super-admin comes from STRAPI_ADMIN_EMAIL/STRAPI_ADMIN_PASSWORD at bootstrap, never from a form.
  serveAdminPanel: env.bool('SERVE_STRAPI_ADMIN', env('NODE_ENV', 'development') !== 'production'),
});
