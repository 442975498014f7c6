export default ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  'plugin::inti.galat',
  {
    name: 'strapi::security',
    config: {
      // Directive values are single strings on purpose: Strapi merges its defaults into this config with
      // lodash defaultsDeep, which fills shorter arrays index by index (["'self'"] became "'self' https:").
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'frame-ancestors': "'self'",
          'img-src': "'self' data: blob:",
          'connect-src': ["'self'", ...env.array('CSP_CONNECT_SRC', []).filter(Boolean)].join(' '),
        },
      },
      hsts: env.bool('HSTS', false) ? { maxAge: 31536000, includeSubDomains: true } : false,
    },
  },
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', ['http://localhost:1337', 'http://localhost:5173']),
      credentials: true,
      expose: ['Content-Range', 'Content-Disposition'],
      headers: [
        'Content-Type',
        'Authorization',
        'Origin',
        'Accept',
        'Range',
        'Idempotency-Key',
        'x-strapi-refresh-cookie',
      ],
    },
  },
  'plugin::inti.kuki-refresh',
  'strapi::poweredBy',
  'strapi::query',
  // Multipart (uploads) is never parsed here, before routing and authentication: only the routes that take
  // files parse it, after the caller is authorised, into a temp folder removed when the request ends
  // (route middleware plugin::inti.multipart). A multipart request longer than any upload route accepts is
  // refused with 413 unread; a body left unparsed is {} for the routes.
  'plugin::inti.kiriman',
  { name: 'strapi::body', config: { multipart: false } },
  'strapi::session',
  'strapi::favicon',
  'global::panel',
  'strapi::public',
];
