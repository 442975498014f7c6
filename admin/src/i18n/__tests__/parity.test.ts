import { describe, expect, it } from 'vitest';
import englishMessages from 'ra-language-english';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import id, { idApp } from '../id';
import en, { enApp } from '../en';

type Tree = { [key: string]: unknown };

/** Every leaf as [path, value]. */
const leaves = (tree: unknown, prefix = ''): Array<[string, unknown]> => {
  if (typeof tree !== 'object' || tree === null) return [[prefix, tree]];
  return Object.entries(tree as Tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
};

const pathsOf = (tree: unknown) =>
  leaves(tree)
    .map(([path]) => path)
    .sort();
const valueAt = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

/** %{name} placeholders of a phrase (all plural forms together). */
const placeholders = (value: string) =>
  [...new Set([...value.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]))].sort();
const forms = (value: string) => value.split('||||').map((part) => part.trim());

const missing = (from: string[], to: string[]) => {
  const target = new Set(to);
  return from.filter((path) => !target.has(path));
};

describe('i18n: react-admin messages (ra.*)', () => {
  const enPaths = pathsOf({ ra: englishMessages.ra });
  const idPaths = pathsOf({ ra: id.ra });

  it('id translates every key of ra-language-english', () => {
    expect(missing(enPaths, idPaths)).toEqual([]);
  });

  it('id has no ra.* key that ra-language-english lacks', () => {
    expect(missing(idPaths, enPaths)).toEqual([]);
  });

  it('covers a realistic number of keys', () => {
    expect(enPaths.length).toBeGreaterThan(150);
  });

  it('no ra.* value is empty or left in English where a translation is due', () => {
    const untranslated: string[] = [];
    for (const [path, value] of leaves({ ra: id.ra })) {
      expect(typeof value, path).toBe('string');
      expect((value as string).length, path).toBeGreaterThan(0);
      // only the deliberate blank of ra.boolean.null may be whitespace
      if (path !== 'ra.boolean.null') {
        expect((value as string).trim().length, path).toBeGreaterThan(0);
      }
      const english = valueAt(englishMessages, path);
      if (
        english === value &&
        !/^%\{\w+\}$/.test(String(value)) &&
        !['ra.auth.email', 'ra.boolean.null'].includes(path) &&
        !/^%\{\w+\} %\{\w+\}$/.test(String(value))
      ) {
        untranslated.push(path);
      }
    }
    expect(untranslated).toEqual([]);
  });
});

describe('i18n: M-SKP namespaces (resources.*, mskp.*)', () => {
  const idPaths = pathsOf(idApp);
  const enPaths = pathsOf(enApp);

  it('every id key exists in en', () => {
    expect(missing(idPaths, enPaths)).toEqual([]);
  });

  it('every en key exists in id', () => {
    expect(missing(enPaths, idPaths)).toEqual([]);
  });

  it('only uses our own namespaces next to ra', () => {
    expect(Object.keys(idApp).sort()).toEqual(['mskp', 'resources']);
    expect(Object.keys(id).sort()).toEqual(['mskp', 'ra', 'resources']);
    expect(Object.keys(en).sort()).toEqual(['mskp', 'ra', 'resources']);
  });

  it('no value is empty', () => {
    for (const [path, value] of [...leaves(idApp), ...leaves(enApp)]) {
      expect(typeof value, path).toBe('string');
      expect((value as string).trim().length, path).toBeGreaterThan(0);
    }
  });

  it('every resource has a name and field labels', () => {
    for (const [name, resource] of Object.entries(idApp.resources)) {
      expect(resource.name, name).toBeTruthy();
      expect(Object.keys(resource.fields).length, name).toBeGreaterThan(3);
    }
  });
});

describe('i18n: placeholders and plural forms are kept', () => {
  const pairs: Array<[string, string, string]> = [];
  for (const [path, english] of leaves({ ra: englishMessages.ra, ...enApp })) {
    const indonesian = valueAt(id, path);
    if (typeof english === 'string' && typeof indonesian === 'string') {
      pairs.push([path, english, indonesian]);
    }
  }

  it('compares many phrases', () => {
    expect(pairs.length).toBeGreaterThan(300);
  });

  it('the same %{placeholders} in both languages', () => {
    for (const [path, english, indonesian] of pairs) {
      expect(placeholders(indonesian), path).toEqual(placeholders(english));
    }
  });

  it('the same number of smart_count forms', () => {
    for (const [path, english, indonesian] of pairs) {
      expect(forms(indonesian).length, path).toBe(forms(english).length);
      if (forms(english).length > 1) {
        expect(
          forms(indonesian).every((part) => part.length > 0),
          path,
        ).toBe(true);
      }
    }
  });

  it('the first Indonesian form reads for any count (polyglot always picks it for id)', () => {
    for (const [path, english, indonesian] of pairs) {
      const englishForms = forms(english);
      if (englishForms.length > 1 && englishForms.some((part) => part.includes('%{smart_count}'))) {
        expect(forms(indonesian)[0], path).toContain('%{smart_count}');
      }
    }
  });

  it('polyglot renders Indonesian plurals with the count', () => {
    const provider = polyglotI18nProvider(() => id, 'id');
    expect(provider.translate('ra.action.bulk_actions', { smart_count: 5 })).toBe('5 item dipilih');
    expect(provider.translate('mskp.waktu.hari_lalu', { smart_count: 12 })).toBe('12 hari lalu');
    expect(
      provider.translate('ra.navigation.page_range_info', {
        offsetBegin: 1,
        offsetEnd: 25,
        total: 319,
      }),
    ).toBe('1-25 dari 319');
  });

  it('switches to English', async () => {
    const provider = polyglotI18nProvider((locale) => (locale === 'en' ? en : id), 'id', [
      { locale: 'id', name: 'Bahasa Indonesia' },
      { locale: 'en', name: 'English' },
    ]);
    expect(provider.translate('ra.action.save')).toBe('Simpan');
    await provider.changeLocale('en');
    expect(provider.translate('ra.action.save')).toBe('Save');
    expect(provider.translate('mskp.waktu.hari_lalu', { smart_count: 2 })).toBe('2 days ago');
    expect(provider.getLocales?.().map((l) => l.locale)).toEqual(['id', 'en']);
  });
});
