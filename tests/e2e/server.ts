/**
 * Starts the real server as a user would (`strapi start` on the built app with the built panel), on a
 * fresh SQLite database with the demo city, on a free port; and Debian's Chromium through playwright-core.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

// jest-circus reads only the global testTimeout, not the e2e project's: a journey without its own timeout
// would get 5 s (realisasi.test.ts failed so on a loaded machine). Every e2e file imports this module.
jest.setTimeout(180_000);

const { AKAR, rahasiaSementara, lingkungan } = require('../../scripts/lib/env');

export const ARTEFAK = path.join(AKAR, 'artifacts', 'e2e');
export const SANDI = 'Madiun#2026';

async function portBebas(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface ServerUji {
  url: string;
  berhenti(): Promise<void>;
  log(): string;
}

export async function mulaiServer(): Promise<ServerUji> {
  if (!fs.existsSync(path.join(AKAR, 'cms', 'public', 'panel', 'index.html'))) {
    throw new Error('Panel belum di-build: jalankan `node scripts/build.js` dulu (npm test melakukannya).');
  }
  const port = await portBebas();
  const db = path.join(os.tmpdir(), `mskp-e2e-${process.pid}-${Date.now()}.db`);
  const folderBukti = fs.mkdtempSync(path.join(os.tmpdir(), 'mskp-e2e-bukti-'));
  let keluaran = '';
  const anak: ChildProcess = spawn(path.join(AKAR, 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: path.join(AKAR, 'cms'),
    env: lingkungan({
      ...rahasiaSementara(),
      NODE_ENV: 'development',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: db,
      BUKTI_FOLDER: folderBukti,
      PORT: String(port),
      HOST: '127.0.0.1',
      MSKP_DEMO: 'true',
      MSKP_DEMO_PEGAWAI: '60',
      CORS_ORIGINS: `http://127.0.0.1:${port}`,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  anak.stdout!.on('data', (b) => (keluaran += b));
  anak.stderr!.on('data', (b) => (keluaran += b));
  const url = `http://127.0.0.1:${port}`;
  const batas = Date.now() + 90_000;
  for (;;) {
    if (anak.exitCode != null) throw new Error(`Server berhenti (kode ${anak.exitCode}):\n${keluaran}`);
    try {
      const r = await fetch(url + '/_health');
      if (r.status === 204) break;
    } catch {
      /* not yet listening */
    }
    if (Date.now() > batas) throw new Error(`Server tidak siap dalam 90 detik:\n${keluaran}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    log: () => keluaran,
    async berhenti() {
      anak.kill('SIGTERM');
      await new Promise((r) => (anak.exitCode != null ? r(null) : anak.once('exit', r)));
      for (const f of [db, db + '-wal', db + '-shm', db + '-journal']) fs.rmSync(f, { force: true });
      fs.rmSync(folderBukti, { recursive: true, force: true });
    },
  };
}

export async function bukaChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export async function tangkapLayar(page: Page, nama: string) {
  fs.mkdirSync(ARTEFAK, { recursive: true });
  await page.screenshot({ path: path.join(ARTEFAK, `${nama}.png`), fullPage: true });
}

/**
 * One server and one browser per test file, and `masuk(identifier)`: a fresh browser context logged in
 * through the real login page with the demo password, waiting for the role's menu.
 */
export function siapkanE2e() {
  let server: ServerUji | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await mulaiServer();
    browser = await bukaChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
    /** An access JWT through POST /api/auth/local with the demo password (for API setup in a journey). */
    async jwt(identifier: string): Promise<string> {
      const r = await fetch(server!.url + '/api/auth/local', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ identifier, password: SANDI }),
      });
      const json: any = await r.json();
      if (!json?.jwt) throw new Error(`login ${identifier}: ${r.status}`);
      return json.jwt;
    },
    async masuk(identifier: string): Promise<Page> {
      const context = await browser!.newContext({ locale: 'id-ID', viewport: { width: 1366, height: 860 } });
      const page = await context.newPage();
      await page.goto(server!.url + '/');
      await page.waitForSelector('[data-testid="login-form"]');
      await page.fill('input[name="username"]', identifier);
      await page.fill('input[name="password"]', SANDI);
      await page.click('[data-testid="login-submit"]');
      await page.waitForSelector('[data-testid="menu"]', { timeout: 30_000 });
      return page;
    },
  };
}
