#!/usr/bin/env node
'use strict';
/** npm run e2e: build everything, then the browser journeys (Playwright driving Debian's Chromium). Screenshots: artifacts/e2e/. */
const path = require('path');
const { AKAR } = require('./lib/env');
const { jalankan, wajib } = require('./lib/jalankan');

(async () => {
  await wajib(process.execPath, [path.join(AKAR, 'scripts', 'build.js')]);
  process.exit(
    await jalankan(path.join(AKAR, 'node_modules', '.bin', 'jest'), ['--selectProjects', 'e2e', '--runInBand']),
  );
})();
