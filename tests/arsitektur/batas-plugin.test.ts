/**
 * The seams between plugins: each plugin is reached only through its package root (`@m-skp/<plugin>`,
 * its server/src/publik.ts), depends only on what its package.json declares, and the declared graph has no
 * cycle and is the one the README states. Node enforces the same at run time through each package's
 * `exports` map; this test names the file and the import before anything runs.
 */
import fs from 'fs';
import path from 'path';

const AKAR = path.resolve(__dirname, '..', '..');
const PLUGIN = fs
  .readdirSync(path.join(AKAR, 'plugins'))
  .filter((p) => fs.existsSync(path.join(AKAR, 'plugins', p, 'package.json')));

interface Pelanggaran {
  berkas: string;
  impor: string;
  aturan: 'IMPOR_DALAM' | 'KELUAR_PLUGIN' | 'TIDAK_DIDEKLARASIKAN' | 'IMPOR_DIRI';
}

const RE_IMPOR = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;

/** Module specifiers of a source text (static, dynamic and require). */
export function daftarImpor(teks: string): string[] {
  return [...teks.matchAll(RE_IMPOR)].map((m) => m[1]);
}

/**
 * The seam violations of one file. `plugin`: the plugin the file belongs to (null: outside every plugin),
 * `deps`: the @m-skp packages that plugin declares.
 */
export function periksaBerkas(berkas: string, teks: string, plugin: string | null, deps: Set<string>): Pelanggaran[] {
  const hasil: Pelanggaran[] = [];
  for (const impor of daftarImpor(teks)) {
    const m = /^@m-skp\/([a-z-]+)(\/.*)?$/.exec(impor);
    if (m) {
      const [, paket, sisa] = m;
      if (sisa && sisa !== '/package.json') hasil.push({ berkas, impor, aturan: 'IMPOR_DALAM' });
      else if (plugin && paket === plugin) hasil.push({ berkas, impor, aturan: 'IMPOR_DIRI' });
      else if (plugin && !deps.has(paket)) hasil.push({ berkas, impor, aturan: 'TIDAK_DIDEKLARASIKAN' });
    } else if (plugin && impor.startsWith('.')) {
      const tujuan = path.resolve(path.dirname(berkas), impor);
      if (!tujuan.startsWith(path.join(AKAR, 'plugins', plugin) + path.sep))
        hasil.push({ berkas, impor, aturan: 'KELUAR_PLUGIN' });
    }
  }
  return hasil;
}

function berkasSumber(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'dist'].includes(e.name) ? [] : berkasSumber(p);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(e.name) ? [p] : [];
  });
}

const paket = (p: string) => JSON.parse(fs.readFileSync(path.join(AKAR, 'plugins', p, 'package.json'), 'utf8'));
const depsKami = (p: string) =>
  new Set(
    Object.keys(paket(p).dependencies ?? {})
      .filter((d) => d.startsWith('@m-skp/'))
      .map((d) => d.slice('@m-skp/'.length)),
  );

describe('the rule itself (a table: every kind of violation is caught, a clean import is not)', () => {
  const berkas = path.join(AKAR, 'plugins', 'tpp', 'server', 'src', 'services', 'x.ts');
  const deps = new Set(['inti', 'kinerja']);
  it.each([
    ["import { GalatMskp } from '@m-skp/inti';", []],
    ["import type { Aktor } from '@m-skp/inti';", []],
    ["import { galat } from '@m-skp/inti/dist/server/domain/galat';", ['IMPOR_DALAM']],
    ["import { galat } from '@m-skp/inti/server/src/domain/galat';", ['IMPOR_DALAM']],
    ["const { urai } = require('@m-skp/kinerja/dist/server/controllers/skema');", ['IMPOR_DALAM']],
    ["const m = await import('@m-skp/inti/dist/server/domain/galat');", ['IMPOR_DALAM']],
    ["import { x } from '../../../../kinerja/server/src/domain/skp';", ['KELUAR_PLUGIN']],
    ["import { x } from '../domain/tpp';", []],
    ["import { x } from '@m-skp/laporan';", ['TIDAK_DIDEKLARASIKAN']],
    ["import { x } from '@m-skp/tpp';", ['IMPOR_DIRI']],
    ["import Decimal from 'decimal.js';", []],
  ])('%s → %j', (teks, aturan) => {
    expect(periksaBerkas(berkas, teks as string, 'tpp', deps).map((p) => p.aturan)).toEqual(aturan);
  });
});

describe('the repository keeps the seams', () => {
  it('no plugin imports another plugin except through its package root, and only what it declares', () => {
    const salah = PLUGIN.flatMap((p) =>
      berkasSumber(path.join(AKAR, 'plugins', p, 'server', 'src')).flatMap((f) =>
        periksaBerkas(f, fs.readFileSync(f, 'utf8'), p, depsKami(p)),
      ),
    );
    expect(salah.map((s) => `${path.relative(AKAR, s.berkas)}: ${s.impor} (${s.aturan})`)).toEqual([]);
  });

  it('the seed, scripts, cms and tests reach plugins only through their package roots', () => {
    const salah = ['database', 'scripts', 'cms/src', 'cms/config', 'tests'].flatMap((d) =>
      berkasSumber(path.join(AKAR, d))
        .filter((f) => f !== __filename) // its own table holds violations on purpose
        .flatMap((f) => periksaBerkas(f, fs.readFileSync(f, 'utf8'), null, new Set())),
    );
    expect(salah.map((s) => `${path.relative(AKAR, s.berkas)}: ${s.impor}`)).toEqual([]);
  });

  it.each(PLUGIN)('%s: the package root is its public face and Strapi still finds the plugin', (p) => {
    const j = paket(p);
    expect(j.main).toBe('strapi-server.js');
    expect(j.exports['.'].default).toBe('./dist/server/publik.js');
    expect(j.exports['./strapi-server']).toBe('./strapi-server.js');
    expect(fs.existsSync(path.join(AKAR, 'plugins', p, 'server', 'src', 'publik.ts'))).toBe(true);
  });

  it.each(PLUGIN)('%s: every declared plugin dependency is a TypeScript project reference', (p) => {
    const ts = JSON.parse(fs.readFileSync(path.join(AKAR, 'plugins', p, 'tsconfig.json'), 'utf8'));
    const ref = new Set<string>((ts.references ?? []).map((r: { path: string }) => path.basename(r.path)));
    expect([...depsKami(p)].filter((d) => PLUGIN.includes(d) && !ref.has(d))).toEqual([]);
  });

  it('the declared graph has no cycle and is the one the README states', () => {
    const graf = Object.fromEntries(PLUGIN.map((p) => [p, [...depsKami(p)].filter((d) => PLUGIN.includes(d)).sort()]));
    const kunjung = new Map<string, 'jalan' | 'selesai'>();
    const siklus: string[] = [];
    const dfs = (p: string, jejak: string[]) => {
      if (kunjung.get(p) === 'selesai') return;
      if (kunjung.get(p) === 'jalan') return void siklus.push([...jejak, p].join(' → '));
      kunjung.set(p, 'jalan');
      for (const d of graf[p]) dfs(d, [...jejak, p]);
      kunjung.set(p, 'selesai');
    };
    PLUGIN.forEach((p) => dfs(p, []));
    expect(siklus).toEqual([]);

    const readme = fs.readFileSync(path.join(AKAR, 'README.md'), 'utf8');
    const dinyatakan = Object.fromEntries(
      [...readme.matchAll(/`([a-z]+) → ([a-z, ]+)`/g)].map((m) => [
        m[1],
        m[2]
          .split(',')
          .map((s) => s.trim())
          .sort(),
      ]),
    );
    const tanpa = PLUGIN.filter((p) => graf[p].length === 0);
    for (const p of tanpa) expect(readme).toContain(`\`${p}\` depends on no other plugin`);
    expect(dinyatakan).toEqual(Object.fromEntries(PLUGIN.filter((p) => graf[p].length).map((p) => [p, graf[p]])));
  });
});
