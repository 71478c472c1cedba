import { describe, expect, it } from 'vitest';
import { forgetAll, loadPoints, loadValues, savePoints, saveValues, SHARED_STORAGE_KEY, templateStorageKey, usableStorage, type StorageLike } from '../../src/lib/saved-values';

/** An in-memory Storage with the same surface as window.localStorage; `quota` makes writes fail past a size. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  readonly quota: number;
  constructor(quota = Infinity) {
    this.quota = quota;
  }
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const size = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0) + key.length + value.length;
    if (size > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('saveValues and loadValues', () => {
  it('keep a template’s own values under its key and shared details under the shared key', () => {
    const storage = new MemoryStorage();
    expect(saveValues(storage, 'odr', { store_name: 'Acme', claim_count: 'two', inactive_from: '' })).toBe(true);
    expect(JSON.parse(storage.getItem(templateStorageKey('odr'))!)).toEqual({ claim_count: 'two' });
    expect(JSON.parse(storage.getItem(SHARED_STORAGE_KEY)!)).toEqual({ store_name: 'Acme' });
    expect(templateStorageKey('odr')).toBe('sl:v1:template:odr');
    expect(loadValues(storage, 'odr', ['store_name', 'claim_count', 'inactive_from'])).toEqual({ store_name: 'Acme', claim_count: 'two' });
  });

  it('pre-fill shared details on another template, but not its own fields', () => {
    const storage = new MemoryStorage();
    saveValues(storage, 'odr', { store_name: 'Acme', seller_name: 'Li Wei', claim_count: 'two' });
    expect(loadValues(storage, 'vip', ['store_name', 'claim_count', 'buyer_name'])).toEqual({ store_name: 'Acme' });
  });

  it('forget a shared detail everywhere when it is emptied, and drop an emptied template', () => {
    const storage = new MemoryStorage();
    saveValues(storage, 'odr', { store_name: 'Acme', claim_count: 'two' });
    saveValues(storage, 'vip', { store_name: '', buyer_name: '' });
    expect(loadValues(storage, 'odr', ['store_name', 'claim_count'])).toEqual({ claim_count: 'two' });
    expect(storage.getItem(SHARED_STORAGE_KEY)).toBeNull();
    expect(storage.getItem(templateStorageKey('vip'))).toBeNull();
  });

  it('keep values exactly as typed', () => {
    const storage = new MemoryStorage();
    const tricky = '  <img src=x onerror=alert(1)> {{store_name}} 店铺 🙂 مرحبا\nsecond line ';
    saveValues(storage, 'odr', { store_name: tricky, claim_count: tricky });
    expect(loadValues(storage, 'odr', ['store_name', 'claim_count'])).toEqual({ store_name: tricky, claim_count: tricky });
  });

  it('ignore damaged or foreign records instead of failing', () => {
    const storage = new MemoryStorage();
    storage.setItem(templateStorageKey('odr'), '{not json');
    storage.setItem(SHARED_STORAGE_KEY, JSON.stringify({ store_name: 42, seller_name: 'Li' }));
    expect(loadValues(storage, 'odr', ['store_name', 'seller_name', 'claim_count'])).toEqual({ seller_name: 'Li' });
    storage.setItem(templateStorageKey('odr'), '["a"]');
    expect(loadValues(storage, 'odr', ['claim_count'])).toEqual({});
  });

  it('report a full storage instead of throwing', () => {
    const storage = new MemoryStorage(200);
    expect(saveValues(storage, 'odr', { claim_count: 'x'.repeat(500) })).toBe(false);
    expect(saveValues(storage, 'odr', { claim_count: 'two' })).toBe(true);
  });
});

describe('forgetAll', () => {
  it('removes every sl: key and nothing else', () => {
    const storage = new MemoryStorage();
    saveValues(storage, 'odr', { store_name: 'Acme', claim_count: 'two' });
    saveValues(storage, 'vip', { buyer_name: 'Emily' });
    storage.setItem('sl-theme', 'dark');
    storage.setItem('other-site', 'x');
    expect(forgetAll(storage)).toBe(true);
    expect([...storage.items.keys()].sort()).toEqual(['other-site', 'sl-theme']);
  });
});

describe('usableStorage', () => {
  it('returns a working storage and leaves no probe behind', () => {
    const storage = new MemoryStorage();
    expect(usableStorage(() => storage)).toBe(storage);
    expect(storage.length).toBe(0);
  });
  it('returns null when storage is missing, throws on access, or refuses writes', () => {
    expect(usableStorage(() => undefined)).toBeNull();
    expect(
      usableStorage(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toBeNull();
    expect(usableStorage(() => new MemoryStorage(0))).toBeNull();
  });
});

describe('savePoints and loadPoints', () => {
  it('keep the builder’s points in the template’s record, beside its values, through later value saves', () => {
    const storage = new MemoryStorage();
    saveValues(storage, 'poa', { claim_count: 'two', store_name: 'Acme' });
    expect(savePoints(storage, 'poa', [['Cause {{claim_count}}'], [], ['Step one', 'Step two']])).toBe(true);
    saveValues(storage, 'poa', { claim_count: 'three', store_name: 'Acme' });
    expect(loadPoints(storage, 'poa')).toEqual([['Cause {{claim_count}}'], [], ['Step one', 'Step two']]);
    expect(loadValues(storage, 'poa', ['claim_count', '_poa'])).toEqual({ claim_count: 'three' });
    expect(loadPoints(storage, 'other')).toBeNull();
  });

  it('forget the points on null, and drop the record once nothing is left', () => {
    const storage = new MemoryStorage();
    savePoints(storage, 'poa', [['a']]);
    saveValues(storage, 'poa', {});
    expect(loadPoints(storage, 'poa')).toEqual([['a']]);
    savePoints(storage, 'poa', null);
    expect(loadPoints(storage, 'poa')).toBeNull();
    expect(storage.getItem(templateStorageKey('poa'))).toBeNull();
  });

  it('treat unreadable points as none, and report a refused write', () => {
    const storage = new MemoryStorage();
    storage.setItem(templateStorageKey('poa'), JSON.stringify({ _poa: '[["a", 1]]' }));
    expect(loadPoints(storage, 'poa')).toBeNull();
    storage.setItem(templateStorageKey('poa'), JSON.stringify({ _poa: '{not json' }));
    expect(loadPoints(storage, 'poa')).toBeNull();
    expect(savePoints(new MemoryStorage(10), 'poa', [['a long point that does not fit']])).toBe(false);
  });
});
