/**
 * Production mode: no secret has a default (the server refuses to start without them) and the demo city
 * is never created. Runs the real app in a child process, as an operator would start it.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const AKAR = path.resolve(__dirname, '..', '..');

const { rahasiaSementara, RAHASIA } = require('../../scripts/lib/env');

/** Loads the app in a child process, prints the pegawai count, and exits. */
function muat(env: Record<string, string | undefined>) {
  const db = path.join(os.tmpdir(), `mskp-prod-${process.pid}-${Date.now()}.db`);
  const skrip = `
    const { createStrapi } = require('@strapi/strapi');
    (async () => {
      const app = await createStrapi({ appDir: ${JSON.stringify(path.join(AKAR, 'cms'))}, distDir: ${JSON.stringify(path.join(AKAR, 'cms', 'dist'))} }).load();
      const n = await app.db.query('plugin::inti.pegawai').count();
      console.log('JUMLAH_PEGAWAI=' + n);
      await app.destroy();
      process.exit(0);
    })().catch((e) => { console.error('GAGAL_MUAT ' + e.message); process.exit(3); });
  `;
  const bersih: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (!RAHASIA.includes(k) && v !== undefined && !k.startsWith('DATABASE_')) bersih[k] = v;
  const r = spawnSync(process.execPath, ['-e', skrip], {
    cwd: path.join(AKAR, 'cms'),
    env: {
      ...bersih,
      STRAPI_TELEMETRY_DISABLED: 'true',
      SERVE_STRAPI_ADMIN: 'false',
      STRAPI_STARTUP_LOG: 'false',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: db,
      ...env,
    } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 90_000,
  });
  for (const f of [db, db + '-wal', db + '-shm', db + '-journal']) fs.rmSync(f, { force: true });
  return { kode: r.status, keluaran: (r.stdout ?? '') + (r.stderr ?? '') };
}

test('production refuses to start when a secret is missing, and names it', () => {
  const rahasia = rahasiaSementara();
  delete rahasia.JWT_SECRET;
  const r = muat({ NODE_ENV: 'production', ...rahasia });
  expect(r.kode).not.toBe(0);
  expect(r.keluaran).toMatch(/Konfigurasi rahasia belum lengkap: JWT_SECRET/);
}, 120_000);

test('production with every secret starts, and never creates the demo city', () => {
  const r = muat({ NODE_ENV: 'production', MSKP_DEMO: 'true', ...rahasiaSementara() });
  expect(r.keluaran).toContain('JUMLAH_PEGAWAI=0');
  expect(r.kode).toBe(0);
}, 120_000);
