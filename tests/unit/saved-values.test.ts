import { describe, expect, it } from 'vitest';
import {
  setAsideUnreadable,
  concerns,
  FORGET_SIGNAL_KEY,
  forgetAll,
  loadEntry,
  loadStamped,
  loadValues,
  readableStorage,
  saveChanges,
  SHARED_STORAGE_KEY,
  templateStorageKey,
  type Stamped,
  type StorageLike,
} from '../../src/lib/saved-values';
import { EDITS_ENTRY, POA_ENTRY, damagedRecordKey } from '../../src/lib/storage-keys';
import { MemoryStorage } from '../support/memory-storage';

/** Changes typed at one moment. */
const typed = (at: number, values: Record<string, string>) =>
  new Map(Object.entries(values).map(([key, value]): [string, Stamped] => [key, { value, at }]));
const values = (storage: StorageLike, slug: string, keys: string[]) => Object.fromEntries(loadValues(storage, slug, keys));

describe('saveChanges and loadValues', () => {
  it('keep a template’s own values under its key and shared details under the shared key, with the time typed', () => {
    const storage = new MemoryStorage();
    expect(saveChanges(storage, 'odr', typed(5, { store_name: 'Acme', claim_count: 'two', inactive_from: '' }))).toBe(true);
    expect(JSON.parse(storage.getItem(templateStorageKey('odr'))!)).toEqual({ claim_count: { value: 'two', at: 5 } });
    expect(JSON.parse(storage.getItem(SHARED_STORAGE_KEY)!)).toEqual({ store_name: { value: 'Acme', at: 5 } });
    expect(templateStorageKey('odr')).toBe('sl:v1:template:odr');
    expect(values(storage, 'odr', ['store_name', 'claim_count', 'inactive_from'])).toEqual({ store_name: 'Acme', claim_count: 'two' });
  });

  it('pre-fill shared details on another template, but not its own fields', () => {
    const storage = new MemoryStorage();
    saveChanges(storage, 'odr', typed(1, { store_name: 'Acme', seller_name: 'Li Wei', claim_count: 'two' }));
    expect(values(storage, 'vip', ['store_name', 'claim_count', 'buyer_name'])).toEqual({ store_name: 'Acme' });
  });

  it('forget a shared detail everywhere when it is emptied, and drop an emptied template', () => {
    const storage = new MemoryStorage();
    saveChanges(storage, 'odr', typed(1, { store_name: 'Acme', claim_count: 'two' }));
    saveChanges(storage, 'vip', typed(2, { store_name: '', buyer_name: 'x' }));
    saveChanges(storage, 'vip', typed(3, { buyer_name: '' }));
    expect(values(storage, 'odr', ['store_name', 'claim_count'])).toEqual({ claim_count: 'two' });
    expect(storage.getItem(SHARED_STORAGE_KEY)).toBeNull();
    expect(storage.getItem(templateStorageKey('vip'))).toBeNull();
  });

  it('write only what changed: two tabs on one template keep each other’s fields', () => {
    const storage = new MemoryStorage();
    // Tab A types its store name and a field; tab B, opened before, then types another field.
    saveChanges(storage, 'poa', typed(10, { store_name: 'Acme', claim_count: 'two' }));
    saveChanges(storage, 'poa', new Map([[EDITS_ENTRY, { value: '{"v":1}', at: 11 }]]));
    saveChanges(storage, 'poa', typed(12, { asin: 'B0C1234567' }));
    expect(values(storage, 'poa', ['store_name', 'claim_count', 'asin'])).toEqual({
      store_name: 'Acme',
      claim_count: 'two',
      asin: 'B0C1234567',
    });
    expect(loadEntry(storage, 'poa', EDITS_ENTRY)).toBe('{"v":1}');
  });

  it('let the newest write win per field, whichever tab saves last', () => {
    const storage = new MemoryStorage();
    saveChanges(storage, 'odr', typed(20, { store_name: 'New name' }));
    // A stale tab on another template saves an edit it made earlier (e.g. after storage was full for it).
    saveChanges(storage, 'vip', typed(15, { store_name: 'Old name', buyer_name: 'Emily' }));
    expect(values(storage, 'vip', ['store_name', 'buyer_name'])).toEqual({ store_name: 'New name', buyer_name: 'Emily' });
    expect(loadStamped(storage, 'odr', ['store_name']).get('store_name')).toEqual({ value: 'New name', at: 20 });
  });

  it('keep values exactly as typed, including keys and values named like Object’s own properties', () => {
    const storage = new MemoryStorage();
    const tricky = '  <img src=x onerror=alert(1)> {{store_name}} 店铺 🙂 مرحبا\nsecond line ';
    saveChanges(storage, 'odr', typed(1, { store_name: tricky, claim_count: tricky, constructor: '__proto__', ['__proto__']: 'toString' }));
    expect(values(storage, 'odr', ['store_name', 'claim_count', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])).toEqual(
      Object.fromEntries([
        ['store_name', tricky],
        ['claim_count', tricky],
        ['constructor', '__proto__'],
        ['__proto__', 'toString'],
      ]),
    );
    expect(loadValues(new MemoryStorage(), 'x', ['constructor', 'valueOf']).size).toBe(0);
  });

  it('read records saved before times were kept, and ignore damaged or foreign records instead of failing', () => {
    const storage = new MemoryStorage();
    storage.setItem(templateStorageKey('odr'), JSON.stringify({ claim_count: 'two', _edits: '{"v":1}' }));
    expect(loadStamped(storage, 'odr', ['claim_count']).get('claim_count')).toEqual({ value: 'two', at: 0 });
    expect(loadEntry(storage, 'odr', EDITS_ENTRY)).toBe('{"v":1}');
    storage.setItem(templateStorageKey('odr'), '{not json');
    storage.setItem(SHARED_STORAGE_KEY, JSON.stringify({ store_name: 42, seller_name: 'Li', login_email: { value: 1, at: 2 } }));
    expect(values(storage, 'odr', ['store_name', 'seller_name', 'login_email', 'claim_count'])).toEqual({ seller_name: 'Li' });
    storage.setItem(templateStorageKey('odr'), '["a"]');
    expect(values(storage, 'odr', ['claim_count'])).toEqual({});
  });

  it('report a full storage instead of throwing, and save the same changes once space is freed', () => {
    const storage = new MemoryStorage(200);
    const big = typed(1, { claim_count: 'x'.repeat(500) });
    expect(saveChanges(storage, 'odr', big)).toBe(false);
    expect(storage.length).toBe(0);
    storage.quota = Infinity;
    expect(saveChanges(storage, 'odr', big)).toBe(true);
    expect(values(storage, 'odr', ['claim_count'])).toEqual({ claim_count: 'x'.repeat(500) });
  });
});

describe('forgetAll', () => {
  it('removes every sl: key and nothing else, signals other tabs, and says what it removed', () => {
    const storage = new MemoryStorage();
    saveChanges(storage, 'odr', typed(1, { store_name: 'Acme', claim_count: 'two' }));
    saveChanges(storage, 'vip', typed(1, { buyer_name: 'Emily' }));
    storage.setItem('sl-theme', 'dark');
    storage.setItem('other-site', 'x');
    expect(forgetAll(storage)).toMatchObject({ removed: 3, remaining: 0, caseKept: false, themeKept: true });
    expect([...storage.items.keys()].sort()).toEqual(['other-site', 'sl-theme']);
    expect(storage.log.slice(-2)).toEqual([`set ${FORGET_SIGNAL_KEY}`, `remove ${FORGET_SIGNAL_KEY}`]);
    expect(forgetAll(storage)).toMatchObject({ removed: 0, remaining: 0 });
  });

  it('works on a full storage, and reports what it could not remove', () => {
    const full = new MemoryStorage();
    saveChanges(full, 'odr', typed(1, { claim_count: 'two' }));
    full.quota = 0;
    expect(forgetAll(full)).toMatchObject({ removed: 1, remaining: 0 });
    const stuck = new MemoryStorage();
    saveChanges(stuck, 'odr', typed(1, { claim_count: 'two' }));
    stuck.removeItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(forgetAll(stuck)).toMatchObject({ removed: 0, remaining: 1 });
  });
});

describe('readableStorage and concerns', () => {
  it('returns a storage that reads, even a full one, and null when it is missing or blocked', () => {
    const full = new MemoryStorage(0);
    expect(readableStorage(() => full)).toBe(full);
    expect(readableStorage(() => undefined)).toBeNull();
    expect(
      readableStorage(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toBeNull();
  });
  it('tells which storage events a template page must follow', () => {
    expect([SHARED_STORAGE_KEY, templateStorageKey('odr'), FORGET_SIGNAL_KEY, null].every((key) => concerns('odr', key))).toBe(true);
    expect(concerns('odr', templateStorageKey('vip'))).toBe(false);
    expect(concerns('odr', 'sl-theme')).toBe(false);
  });
});

describe('the template’s own entries (the reader’s rewrites)', () => {
  it('live in the template’s record beside its values, through later value saves, and never read as values', () => {
    const storage = new MemoryStorage();
    saveChanges(storage, 'poa', typed(1, { claim_count: 'two', store_name: 'Acme' }));
    expect(saveChanges(storage, 'poa', new Map([[EDITS_ENTRY, { value: '{"v":1,"t":{}}', at: 2 }]]))).toBe(true);
    saveChanges(storage, 'poa', typed(3, { claim_count: 'three' }));
    expect(loadEntry(storage, 'poa', EDITS_ENTRY)).toBe('{"v":1,"t":{}}');
    expect(values(storage, 'poa', ['claim_count', EDITS_ENTRY, POA_ENTRY])).toEqual({ claim_count: 'three' });
    expect(loadEntry(storage, 'other', EDITS_ENTRY)).toBeUndefined();
  });

  it('are removed when emptied, and the record with them once nothing is left', () => {
    const storage = new MemoryStorage();
    saveChanges(storage, 'poa', new Map([[EDITS_ENTRY, { value: '{"v":1}', at: 1 }]]));
    saveChanges(storage, 'poa', new Map([[EDITS_ENTRY, { value: '', at: 2 }]]));
    expect(loadEntry(storage, 'poa', EDITS_ENTRY)).toBeUndefined();
    expect(storage.getItem(templateStorageKey('poa'))).toBeNull();
  });
});

describe('an unreadable record is set aside, never overwritten (F12)', () => {
  const own = templateStorageKey('x');
  const truncated = '{"product_name":{"value":"MY TYPED PRODUCT","at":1';

  it('moves a damaged record aside as it was, so the first keystroke writes a fresh one', () => {
    const storage = new MemoryStorage();
    storage.setItem(own, truncated);
    storage.setItem(SHARED_STORAGE_KEY, '[1,2]');
    expect(setAsideUnreadable(storage, 'x')).toBe(2);
    expect(storage.getItem(damagedRecordKey(own))).toBe(truncated);
    expect(storage.getItem(damagedRecordKey(SHARED_STORAGE_KEY))).toBe('[1,2]');
    expect(saveChanges(storage, 'x', new Map([['product_name', { value: 'new', at: 2 }]]))).toBe(true);
    expect(loadValues(storage, 'x', ['product_name'])).toEqual(new Map([['product_name', 'new']]));
    expect(storage.getItem(damagedRecordKey(own))).toBe(truncated);
  });

  it('leaves readable records alone and keeps the first damaged copy', () => {
    const storage = new MemoryStorage();
    storage.setItem(own, '{"a":{"value":"v","at":1}}');
    expect(setAsideUnreadable(storage, 'x')).toBe(0);
    expect(storage.getItem(own)).toBe('{"a":{"value":"v","at":1}}');
    storage.setItem(damagedRecordKey(own), 'first');
    storage.setItem(own, 'second{');
    expect(setAsideUnreadable(storage, 'x')).toBe(1);
    expect(storage.getItem(damagedRecordKey(own))).toBe('first');
    expect(storage.getItem(own)).toBeNull();
  });

  it('Forget removes the set-aside copy with the rest of what was typed', () => {
    const storage = new MemoryStorage();
    storage.setItem(own, truncated);
    setAsideUnreadable(storage, 'x');
    forgetAll(storage);
    expect(storage.getItem(damagedRecordKey(own))).toBeNull();
  });
});
