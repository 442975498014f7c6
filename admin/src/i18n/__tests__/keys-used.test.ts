import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import id from '../id';
import en from '../en';

/** Every literal message key written in the sources exists in both languages. */
const SRC = join(__dirname, '..', '..');

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

const lookup = (messages: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

/** A phrase, or a message group used as a prefix (EmptyState: <prefix>.judul / .petunjuk). */
const has = (messages: unknown, key: string) => {
  const node = lookup(messages, key);
  if (typeof node === 'string') return true;
  const group = node as Record<string, unknown> | undefined;
  return typeof group?.judul === 'string' && typeof group?.petunjuk === 'string';
};

// storage keys that merely look like message keys
const NOT_MESSAGES = new Set(['auth/session.ts']);

describe('message keys used in the code', () => {
  const used = new Map<string, string>();
  for (const file of sources(SRC)) {
    if (NOT_MESSAGES.has(relative(SRC, file))) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/['"`]((?:mskp|ra|resources)\.[A-Za-z0-9_.-]+)['"`]/g)) {
      const key = match[1];
      if (key.endsWith('.')) continue; // a prefix completed at run time
      used.set(key, relative(SRC, file));
    }
  }

  it('finds the keys', () => {
    expect(used.size).toBeGreaterThan(80);
  });

  it('each exists in id and en', () => {
    const missing = [...used]
      .filter(([key]) => !has(id, key) || !has(en, key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
