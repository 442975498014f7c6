#!/usr/bin/env node
'use strict';
/**
 * npm start: build (when needed), then serve the API and the panel on one port.
 * Development: generates the secrets into .env once and creates the demo city on an empty database.
 * Production (NODE_ENV=production): no generated secrets, no demo; the server refuses to start without them.
 */
const path = require('path');
const { AKAR, pastikanRahasia, lingkungan } = require('./lib/env');
const { jalankan, wajib } = require('./lib/jalankan');

async function main() {
  const produksi = (process.env.NODE_ENV ?? lingkungan().NODE_ENV) === 'production';
  if (!produksi) {
    const dibuat = pastikanRahasia();
    if (dibuat.length) console.log(`• Rahasia pengembangan dibuat di .env: ${dibuat.join(', ')}`);
  }
  if (!process.argv.includes('--no-build')) await wajib(process.execPath, [path.join(AKAR, 'scripts', 'build.js')]);

  const env = lingkungan();
  const port = env.PORT ?? '1337';
  console.log(
    `▶ M-SKP berjalan di http://localhost:${port}/ (panel: /panel/, kesehatan: /_health). Ctrl+C untuk berhenti.`,
  );
  const kode = await jalankan(path.join(AKAR, 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: path.join(AKAR, 'cms'),
  });
  process.exit(kode);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
