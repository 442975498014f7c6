#!/usr/bin/env node
'use strict';
/**
 * npm test: the whole suite.
 *  0. typecheck of every TypeScript project and the lint (ESLint, with the plugin-seam rule),
 *  1. domain rules (jest, pure functions),
 *  2. API against the real Strapi on SQLite,
 *  3. the same API suite on PostgreSQL when one answers at 127.0.0.1:5432 (required when CI=true),
 *  4. panel unit tests (vitest),
 *  5. end-to-end in Debian's Chromium (Playwright) when /usr/bin/chromium exists (required when CI=true).
 * Ends with one line "N passed, N failed" over every runner.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { AKAR } = require('./lib/env');
const { jalankan, wajib } = require('./lib/jalankan');

const CI = process.env.CI === 'true' || process.env.CI === '1';
const bin = (n) => path.join(AKAR, 'node_modules', '.bin', n);
const hasil = [];
const laporan = fs.mkdtempSync(path.join(os.tmpdir(), 'mskp-test-'));

async function pgTersedia() {
  const { Client } = require('pg');
  const c = new Client({
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    database: 'postgres',
    connectionTimeoutMillis: 3000,
  });
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch (e) {
    return e.message;
  } finally {
    await c.end().catch(() => {});
  }
}

async function jest(nama, argumen, env = {}) {
  const keluaran = path.join(laporan, nama.replace(/\W+/g, '-') + '.json');
  console.log(`\n━━━ ${nama} ━━━`);
  // --forceExit: a handle left open by a library after the last test must not hang CI until its time limit
  const kode = await jalankan(bin('jest'), [...argumen, '--forceExit', '--json', '--outputFile', keluaran], { env });
  catat(nama, kode, keluaran, (j) => ({
    lulus: j.numPassedTests,
    gagal: j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0),
    lewat: j.numPendingTests + j.numTodoTests,
  }));
}

function catat(nama, kode, berkas, baca) {
  let r = { lulus: 0, gagal: kode === 0 ? 0 : 1, lewat: 0 };
  try {
    r = baca(JSON.parse(fs.readFileSync(berkas, 'utf8')));
    if (kode !== 0 && r.gagal === 0) r.gagal = 1; // a runner that failed without a failing test (e.g. a crash)
  } catch {
    /* no report: counted as one failure unless the exit code was 0 */
  }
  hasil.push({ nama, ...r, kode });
}

async function main() {
  console.log('▶ Kompilasi server (tsc)');
  await wajib(process.execPath, [path.join(AKAR, 'scripts', 'build.js'), '--server-only']);

  // every TypeScript project (plugins, cms, panel) and the lint rules, each counted as one check
  for (const [nama, skrip] of [
    ['Typecheck', 'typecheck'],
    ['Lint', 'lint'],
  ]) {
    console.log(`\n━━━ ${nama} (npm run ${skrip}) ━━━`);
    const kode = await jalankan(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', skrip]);
    hasil.push({ nama, lulus: kode === 0 ? 1 : 0, gagal: kode === 0 ? 0 : 1, lewat: 0, kode });
  }

  await jest('Aturan domain', ['--selectProjects', 'domain']);
  await jest('API · SQLite', ['--selectProjects', 'api', '--runInBand'], { MSKP_TEST_DB: 'sqlite' });

  const pg = await pgTersedia();
  if (pg === true) {
    await jest('API · PostgreSQL', ['--selectProjects', 'api', '--runInBand'], { MSKP_TEST_DB: 'postgres' });
  } else if (CI) {
    console.error(`✖ CI membutuhkan PostgreSQL di 127.0.0.1:5432: ${pg}`);
    hasil.push({ nama: 'API · PostgreSQL', lulus: 0, gagal: 1, lewat: 0, kode: 1 });
  } else {
    console.log(`\n• API · PostgreSQL dilewati: PostgreSQL tidak menjawab di 127.0.0.1:5432 (${pg}).`);
  }

  console.log('\n━━━ Panel (vitest) ━━━');
  const vitestJson = path.join(laporan, 'vitest.json');
  const vitest = path.join(
    path.dirname(require.resolve('vitest/package.json', { paths: [path.join(AKAR, 'admin')] })),
    'vitest.mjs',
  );
  const kodeVitest = await jalankan(
    process.execPath,
    [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`],
    { cwd: path.join(AKAR, 'admin') },
  );
  catat('Panel · vitest', kodeVitest, vitestJson, (j) => ({
    lulus: j.numPassedTests,
    gagal: j.numFailedTests,
    lewat: j.numPendingTests + (j.numTodoTests ?? 0),
  }));

  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(chromium)) {
    console.log('\n▶ Build panel untuk uji end-to-end');
    await wajib(process.execPath, [path.join(AKAR, 'scripts', 'build.js')]);
    await jest('End-to-end · Chromium', ['--selectProjects', 'e2e', '--runInBand'], {
      MSKP_TEST_DB: 'sqlite',
      CHROMIUM_PATH: chromium,
    });
  } else if (CI) {
    console.error(`✖ CI membutuhkan Chromium di ${chromium} (apt-get install chromium).`);
    hasil.push({ nama: 'End-to-end · Chromium', lulus: 0, gagal: 1, lewat: 0, kode: 1 });
  } else {
    console.log(
      `\n• End-to-end dilewati: Chromium tidak ada di ${chromium} (pasang dengan: apt-get install chromium).`,
    );
  }

  console.log('\n━━━ Ringkasan ━━━');
  for (const h of hasil)
    console.log(
      `${h.gagal ? '✖' : '✔'} ${h.nama}: ${h.lulus} lulus, ${h.gagal} gagal${h.lewat ? `, ${h.lewat} dilewati` : ''}`,
    );
  const lulus = hasil.reduce((a, h) => a + h.lulus, 0);
  const gagal = hasil.reduce((a, h) => a + h.gagal, 0);
  const lewat = hasil.reduce((a, h) => a + h.lewat, 0);
  console.log(`Total: ${lulus} passed, ${gagal} failed${lewat ? `, ${lewat} skipped` : ''}`);
  process.exit(gagal ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
