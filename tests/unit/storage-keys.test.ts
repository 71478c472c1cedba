import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CASE_STORAGE_KEY,
  CURRENT_CASE_KEY,
  DAMAGED_KEY,
  FORGET_SIGNAL_KEY,
  forgetEverything,
  hasCaseFile,
  PENDING_KEY,
  SHARED_STORAGE_KEY,
  storeKind,
  templateStorageKey,
  THEME_KEY,
} from '../../src/lib/storage-keys';
import { MemoryStorage } from '../support/memory-storage';

const ROOT = join(import.meta.dirname, '../..');
const MODULE = 'src/lib/storage-keys.ts';

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.(ts|mjs|js|astro)$/.test(name) ? [path] : [];
  });
}

/** A quoted string that is (or starts) one of the site's storage keys or a record entry name. */
const KEY_LITERAL = /(['"`])(?:sl[:-][\w:.-]*|_poa|_edits)\1|(['"`])sl[:-]/;

describe('storage keys', () => {
  it('are written only in src/lib/storage-keys.ts: no key literal in src/, scripts/ or public/', () => {
    const offenders = ['src', 'scripts', 'public']
      .flatMap(files)
      .filter((path) => relative(ROOT, join(ROOT, path)) !== MODULE)
      .flatMap((path) =>
        readFileSync(join(ROOT, path), 'utf8')
          .split('\n')
          .flatMap((line, index) => (KEY_LITERAL.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it('the scan finds a literal when one is there (it can fail)', () => {
    expect(KEY_LITERAL.test(`localStorage.setItem('sl-theme', x)`)).toBe(true);
    expect(KEY_LITERAL.test('const k = `sl:v1:template:${slug}`')).toBe(true);
    expect(KEY_LITERAL.test(`record.get('_poa')`)).toBe(true);
    expect(KEY_LITERAL.test(`const slug = 'slow-shipping'`)).toBe(false);
  });

  it('sorts every key into what the reader typed, the case file, a setting, or another site’s', () => {
    expect(storeKind(SHARED_STORAGE_KEY)).toBe('typed');
    expect(storeKind(templateStorageKey('odr'))).toBe('typed');
    expect(storeKind(PENDING_KEY)).toBe('typed');
    expect(storeKind(FORGET_SIGNAL_KEY)).toBe('typed');
    for (const key of [CASE_STORAGE_KEY, CURRENT_CASE_KEY, DAMAGED_KEY]) expect(storeKind(key)).toBe('case');
    expect(storeKind(THEME_KEY)).toBe('setting');
    expect(storeKind('other-site')).toBe('other');
  });
});

describe('forgetEverything', () => {
  const filled = () => {
    const storage = new MemoryStorage();
    storage.setItem(SHARED_STORAGE_KEY, '{"store_name":{"value":"Acme","at":1}}');
    storage.setItem(templateStorageKey('odr'), '{"_edits":{"value":"{}","at":1}}');
    storage.setItem(PENDING_KEY, '[{"text":"Dear Amazon"}]');
    storage.setItem(CASE_STORAGE_KEY, JSON.stringify({ schema: 1, cases: [{ id: 'a' }, { id: 'b' }] }));
    storage.setItem(CURRENT_CASE_KEY, 'a');
    storage.setItem(THEME_KEY, 'dark');
    storage.setItem('other-site', 'x');
    return storage;
  };

  it('removes what was typed, keeps the case file when asked to, and says what remains', () => {
    const storage = filled();
    expect(hasCaseFile(storage)).toBe(true);
    expect(forgetEverything(storage, true)).toEqual({ removed: 3, remaining: 0, caseKept: true, cases: 2, themeKept: true });
    expect([...storage.items.keys()].sort()).toEqual([CASE_STORAGE_KEY, CURRENT_CASE_KEY, 'other-site', THEME_KEY].sort());
    expect(storage.log.slice(-2)).toEqual([`set ${FORGET_SIGNAL_KEY}`, `remove ${FORGET_SIGNAL_KEY}`]);
  });

  it('removes the case file too when the reader says so', () => {
    const storage = filled();
    expect(forgetEverything(storage, false)).toEqual({ removed: 5, remaining: 0, caseKept: false, cases: 0, themeKept: true });
    expect([...storage.items.keys()].sort()).toEqual(['other-site', THEME_KEY]);
    expect(hasCaseFile(storage)).toBe(false);
  });

  it('never claims all is gone when a removal is refused or storage cannot be read', () => {
    const stuck = filled();
    stuck.removeItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(forgetEverything(stuck, true)).toMatchObject({ removed: 0, remaining: 3 });
    const blind = filled();
    Object.defineProperty(blind, 'length', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(forgetEverything(blind, true).remaining).toBe(Number.POSITIVE_INFINITY);
  });
});
