#!/usr/bin/env node
'use strict';
/**
 * Builds everything `npm start` serves:
 *  1. the local plugins (TypeScript → plugins/<name>/dist),
 *  2. the Strapi app (server TypeScript → cms/dist, and Strapi's own admin for developers at /admin),
 *  3. the react-admin panel (Vite → admin/dist, copied to cms/public/panel).
 * `--server-only` skips 2's admin bundle and 3 (what the API tests need).
 * Strapi's admin bundle is rebuilt only when missing or with --force (it takes about a minute).
 */
const fs = require('fs');
const path = require('path');
const { AKAR, rahasiaSementara } = require('./lib/env');
const { wajib } = require('./lib/jalankan');

const args = new Set(process.argv.slice(2));
const bin = (n) => path.join(AKAR, 'node_modules', '.bin', n);

async function main() {
  const mulai = Date.now();
  console.log('▶ Plugin (tsc)');
  await wajib(bin('tsc'), [
    '-b',
    'plugins/inti',
    'plugins/panel',
    'plugins/kinerja',
    'plugins/laporan',
    'plugins/tpp',
    'plugins/plt',
    'plugins/integrasi',
  ]);
  console.log('▶ Server Strapi (tsc)');
  await wajib(bin('tsc'), ['-p', 'cms']);
  if (args.has('--server-only')) return selesai(mulai);

  const adminStrapi = path.join(AKAR, 'cms', 'dist', 'build', 'index.html');
  if (args.has('--force') || !fs.existsSync(adminStrapi)) {
    console.log('▶ Admin Strapi untuk pengembang (/admin), sekitar satu menit');
    // The build only needs secrets to load the configuration; it does not keep them.
    await wajib(bin('strapi'), ['build'], {
      cwd: path.join(AKAR, 'cms'),
      env: { ...rahasiaSementara(), NODE_ENV: 'production' },
    });
  }

  console.log('▶ Panel M-SKP (vite)');
  await wajib(bin('vite'), ['build'], { cwd: path.join(AKAR, 'admin') });
  const tujuan = path.join(AKAR, 'cms', 'public', 'panel');
  fs.rmSync(tujuan, { recursive: true, force: true });
  fs.cpSync(path.join(AKAR, 'admin', 'dist'), tujuan, { recursive: true });
  selesai(mulai);
}

function selesai(mulai) {
  console.log(`✔ Build selesai dalam ${((Date.now() - mulai) / 1000).toFixed(1)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
