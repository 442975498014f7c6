#!/usr/bin/env node
'use strict';
/**
 * npm start: build (when needed), then serve the API and the panel on one port.
 * Development: generates the secrets into .env once and creates the demo city on an empty database.
 * Production (NODE_ENV=production): no generated secrets, no demo; the server refuses to start without them.
 * Development also starts the mock eKAK/SIMPEG for the systems with no URL (lib/mock-awal.js); production never.
 */
const path = require('path');
const { AKAR, pastikanRahasia, lingkungan } = require('./lib/env');
const { jalankan, wajib } = require('./lib/jalankan');
const { rencanaMock, urlKlien } = require('./lib/mock-awal');

/** Starts the mocks when the rule says so; returns the URL variables for the server ({} when none). */
async function mockPengembangan(env) {
  const rencana = rencanaMock(env);
  if (!rencana.mulai) {
    if (rencana.pesan) console.warn(`! Mock integrasi tidak dijalankan: ${rencana.pesan}`);
    return {};
  }
  try {
    // the mock data comes from the seed's plan (built plugins), the same city the demo seed creates
    const { mulaiMock, dataKotaDemo } = require('./mock');
    const data = dataKotaDemo({ pegawai: Number(env.MSKP_DEMO_PEGAWAI || 300) });
    const m = await mulaiMock({ data, port: rencana.port, host: rencana.host });
    const tambahan = urlKlien(rencana, m.url);
    for (const [nama, url] of Object.entries(tambahan))
      console.log(`• Mock ${nama.replace('_URL', '')} di ${url} (${nama} kosong: klien diarahkan ke mock)`);
    return tambahan;
  } catch (e) {
    console.warn(
      `! Mock integrasi tidak dapat dijalankan (${e.message}); sistem tanpa URL tetap "tidak dikonfigurasi".`,
    );
    return {};
  }
}

async function main() {
  const produksi = (process.env.NODE_ENV ?? lingkungan().NODE_ENV) === 'production';
  if (!produksi) {
    const dibuat = pastikanRahasia();
    if (dibuat.length) console.log(`• Rahasia pengembangan dibuat di .env: ${dibuat.join(', ')}`);
  }
  if (!process.argv.includes('--no-build')) await wajib(process.execPath, [path.join(AKAR, 'scripts', 'build.js')]);

  const env = lingkungan();
  const urlMock = await mockPengembangan(env);
  const port = env.PORT ?? '1337';
  console.log(
    `▶ M-SKP berjalan di http://localhost:${port}/ (panel: /panel/, kesehatan: /_health). Ctrl+C untuk berhenti.`,
  );
  const kode = await jalankan(path.join(AKAR, 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: path.join(AKAR, 'cms'),
    env: urlMock,
  });
  process.exit(kode);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
