import type { StorageLike } from '../../src/lib/saved-values';

/** An in-memory Storage with the same surface as window.localStorage; `quota` makes writes fail past a size. */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  readonly log: string[] = [];
  quota: number;
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
    this.log.push(`set ${key}`);
  }
  removeItem(key: string) {
    this.items.delete(key);
    this.log.push(`remove ${key}`);
  }
}
