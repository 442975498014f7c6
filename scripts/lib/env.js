'use strict';
/**
 * Environment for every launch script: reads the repository's .env, and in development generates the
 * secrets into it once (production never gets defaults: the server refuses to start without them).
 * Strapi reads .env only from its working directory, so scripts pass the environment explicitly.
 */
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const AKAR = path.resolve(__dirname, '..', '..');
const BERKAS_ENV = path.join(AKAR, '.env');
const RAHASIA = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
];

function bacaEnv(berkas = BERKAS_ENV) {
  const hasil = {};
  if (!fs.existsSync(berkas)) return hasil;
  for (const baris of fs.readFileSync(berkas, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(baris);
    if (m && !baris.trim().startsWith('#')) hasil[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return hasil;
}

const acak = () => crypto.randomBytes(32).toString('base64');
const nilaiRahasia = (k) => (k === 'APP_KEYS' ? [acak(), acak(), acak(), acak()].join(',') : acak());

/** Generates missing secrets into .env (development only). Returns the names written. */
function pastikanRahasia(berkas = BERKAS_ENV) {
  const ada = { ...bacaEnv(berkas), ...process.env };
  const kurang = RAHASIA.filter((k) => !ada[k]);
  if (!kurang.length) return [];
  const tambahan = kurang.map((k) => `${k}=${nilaiRahasia(k)}`).join('\n');
  const awal = fs.existsSync(berkas)
    ? fs.readFileSync(berkas, 'utf8').replace(/\n*$/, '\n')
    : '# Dibuat otomatis oleh npm start (pengembangan). Jangan di-commit.\n';
  fs.writeFileSync(berkas, awal + tambahan + '\n', { mode: 0o600 });
  return kurang;
}

/** Secrets for a throw-away process (tests, benchmarks): fresh, never written to disk. */
function rahasiaSementara() {
  return Object.fromEntries(RAHASIA.map((k) => [k, nilaiRahasia(k)]));
}

/** The environment for a child Strapi process. */
function lingkungan(tambahan = {}) {
  return {
    ...bacaEnv(),
    ...process.env,
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    STRAPI_DISABLE_EE: 'true',
    BROWSERSLIST_IGNORE_OLD_DATA: 'true',
    ...tambahan,
  };
}

module.exports = { AKAR, BERKAS_ENV, RAHASIA, bacaEnv, pastikanRahasia, rahasiaSementara, lingkungan };
