import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Feature folders do not import each other: what two features share lives in common/ (or dataProvider/, i18n/,
 * auth/, util/, layout/). The shared folders import no feature, except i18n/ which joins the features' message
 * files (`pesan.ts`). The root files (App.tsx, main.tsx, ...) are the wiring and may import anything.
 */

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BERSAMA = new Set(['common', 'dataProvider', 'i18n', 'auth', 'util', 'layout', '__tests__']);

/** The folder right under src/ of a path relative to src/ ('' for a root file). */
const folderDari = (relatif: string) => (relatif.includes('/') ? relatif.split('/')[0] : '');

/** Why `impor` (as written in the file `berkas`, both relative to src/) breaks the rule, or null. */
const cekImpor = (berkas: string, impor: string): string | null => {
  if (!impor.startsWith('.')) return null;
  const asal = folderDari(berkas);
  if (asal === '') return null;
  const tujuanRelatif = posix.normalize(posix.join(posix.dirname(berkas), impor));
  if (tujuanRelatif.startsWith('..')) return null;
  // '../dashboard' names a folder (its index), '../access' a root file
  const folderIndeks = existsSync(join(SRC, tujuanRelatif)) && statSync(join(SRC, tujuanRelatif)).isDirectory();
  const tujuan = folderIndeks ? tujuanRelatif.split('/')[0] : folderDari(tujuanRelatif);
  if (tujuan === '' || tujuan === asal || BERSAMA.has(tujuan)) return null;
  if (asal === 'i18n' && /\/pesan$/.test(tujuanRelatif)) return null;
  const jenis = BERSAMA.has(asal) ? `shared folder ${asal}/` : `feature ${asal}/`;
  return `${berkas}: ${jenis} imports feature ${tujuan}/ ('${impor}')`;
};

const IMPOR = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

const berkasSumber = (folder: string): string[] =>
  readdirSync(folder).flatMap((nama) => {
    const jalur = join(folder, nama);
    if (statSync(jalur).isDirectory()) return nama === 'node_modules' ? [] : berkasSumber(jalur);
    return /\.(ts|tsx)$/.test(nama) ? [jalur] : [];
  });

const semuaImpor = () =>
  berkasSumber(SRC).flatMap((jalur) => {
    const berkas = relative(SRC, jalur).split(sep).join('/');
    const isi = readFileSync(jalur, 'utf8');
    return [...isi.matchAll(IMPOR)].map((m) => ({ berkas, impor: m[1] }));
  });

describe('feature folders do not import each other', () => {
  it('allows common/, the shared folders and its own folder; refuses another feature', () => {
    expect(cekImpor('skp/SkpDetail.tsx', '../common/skp')).toBeNull();
    expect(cekImpor('skp/SkpDetail.tsx', './aturan')).toBeNull();
    expect(cekImpor('common/realisasi/komponen.tsx', '../../dataProvider')).toBeNull();
    expect(cekImpor('evaluasi/komponen.tsx', 'react-admin')).toBeNull();
    expect(cekImpor('App.tsx', './skp')).toBeNull();
    expect(cekImpor('i18n/id.ts', '../renaksi/pesan')).toBeNull();
    expect(cekImpor('skp/SkpDetail.tsx', '../renaksi/RencanaAksiTab')).toBe(
      "skp/SkpDetail.tsx: feature skp/ imports feature renaksi/ ('../renaksi/RencanaAksiTab')",
    );
    expect(cekImpor('skp/__tests__/x.test.ts', '../../renaksi/aturan')).toMatch(
      /feature skp\/ imports feature renaksi\//,
    );
    expect(cekImpor('layout/AppLayout.tsx', '../portal/PortalLayout')).toBe(
      "layout/AppLayout.tsx: shared folder layout/ imports feature portal/ ('../portal/PortalLayout')",
    );
    expect(cekImpor('i18n/id.ts', '../renaksi/aturan')).toMatch(/shared folder i18n\//);
    expect(cekImpor('common/x.ts', '../dashboard')).toMatch(/shared folder common\/ imports feature dashboard\//);
  });

  it('holds for every file under admin/src', () => {
    const impor = semuaImpor();
    expect(impor.length).toBeGreaterThan(500);
    const pelanggaran = impor.map(({ berkas, impor: i }) => cekImpor(berkas, i)).filter((p): p is string => p !== null);
    expect(pelanggaran).toEqual([]);
  });
});
