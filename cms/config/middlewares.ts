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
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'Range', 'Idempotency-Key', 'x-strapi-refresh-cookie'],
    },
  },
  'plugin::inti.kuki-refresh',
  'strapi::poweredBy',
  'strapi::query',
  {
    // Multipart bodies: formidable stops far-too-large or too-many files before they fill the temp
    // folder; the exact per-file limit (UPLOAD_BATAS_BYTE) and count are checked, with our error
    // codes, by plugin::kinerja.bukti.
    name: 'strapi::body',
    config: {
      formidable: {
        maxFileSize: 2 * env.int('UPLOAD_BATAS_BYTE', 10 * 1024 * 1024),
        maxFiles: 20,
      },
    },
  },
  'strapi::session',
  'strapi::favicon',
  'global::panel',
  'strapi::public',
];
