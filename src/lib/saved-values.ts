/**
 * What the fill-and-copy island keeps in the reader's browser: one record per template, plus one record of the
 * details every template shares (SHARED_KEYS), so a store name typed once pre-fills everywhere. Takes a
 * Storage-like object so it runs (and is tested) without a browser; every write reports whether it worked,
 * because storage may be blocked, missing or full and the island must keep working without it.
 */
import { SHARED_KEYS } from './placeholders.ts';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** Every key this site writes starts with this; "forget my details" removes exactly these. */
export const STORAGE_PREFIX = 'sl:';
export const SHARED_STORAGE_KEY = 'sl:v1:shared';
export const templateStorageKey = (slug: string) => `sl:v1:template:${slug}`;
/** Where the Plan-of-Action builder's points live in a template's record; no placeholder key starts with "_". */
const POA_ENTRY = '_poa';

const isShared = (key: string) => (SHARED_KEYS as readonly string[]).includes(key);

/** The storage if it can be written right now; null when it is missing or throws (blocked, disabled, full). */
export function usableStorage(get: () => StorageLike | null | undefined): StorageLike | null {
  try {
    const storage = get();
    if (!storage) return null;
    const probe = `${STORAGE_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** A stored record of string values; anything unreadable counts as empty rather than breaking the page. */
function readRecord(storage: StorageLike, key: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

function writeRecord(storage: StorageLike, key: string, record: Record<string, string>): void {
  if (Object.keys(record).length) storage.setItem(key, JSON.stringify(record));
  else storage.removeItem(key);
}

/** Saved values for a template's keys: shared details from the shared record, the rest from the template's own. */
export function loadValues(storage: StorageLike, slug: string, keys: readonly string[]): Record<string, string> {
  const shared = readRecord(storage, SHARED_STORAGE_KEY);
  const own = readRecord(storage, templateStorageKey(slug));
  const values: Record<string, string> = {};
  for (const key of keys) {
    if (key === POA_ENTRY) continue;
    const value = isShared(key) ? shared[key] : own[key];
    if (value !== undefined) values[key] = value;
  }
  return values;
}

/**
 * Stores a template's values exactly as typed. Shared keys update the shared record (an emptied shared field is
 * forgotten everywhere, so storage always matches what the reader sees); empty values are not kept.
 * Returns false when the browser refused the write (e.g. storage full).
 */
export function saveValues(storage: StorageLike, slug: string, values: Record<string, string>): boolean {
  try {
    const shared = readRecord(storage, SHARED_STORAGE_KEY);
    // The builder's points are not form values: they stay as they are.
    const poa = readRecord(storage, templateStorageKey(slug))[POA_ENTRY];
    const own: Record<string, string> = poa === undefined ? {} : { [POA_ENTRY]: poa };
    for (const [key, value] of Object.entries(values)) {
      if (isShared(key)) {
        if (value === '') delete shared[key];
        else shared[key] = value;
      } else if (value !== '') {
        own[key] = value;
      }
    }
    writeRecord(storage, SHARED_STORAGE_KEY, shared);
    writeRecord(storage, templateStorageKey(slug), own);
    return true;
  } catch {
    return false;
  }
}

/** The reader's edited points, one list per letter section, or null when there are none (or they are unreadable). */
export function loadPoints(storage: StorageLike, slug: string): string[][] | null {
  try {
    const parsed: unknown = JSON.parse(readRecord(storage, templateStorageKey(slug))[POA_ENTRY] ?? 'null');
    const valid = Array.isArray(parsed) && parsed.every((s) => Array.isArray(s) && s.every((p) => typeof p === 'string'));
    return valid ? (parsed as string[][]) : null;
  } catch {
    return null;
  }
}

/** Stores the edited points beside the template's values (null forgets them). Returns false if the browser refused. */
export function savePoints(storage: StorageLike, slug: string, points: string[][] | null): boolean {
  try {
    const own = readRecord(storage, templateStorageKey(slug));
    if (points) own[POA_ENTRY] = JSON.stringify(points);
    else delete own[POA_ENTRY];
    writeRecord(storage, templateStorageKey(slug), own);
    return true;
  } catch {
    return false;
  }
}

/** Removes everything this site saved (every `sl:` key) and nothing else. Returns false if the browser refused. */
export function forgetAll(storage: StorageLike): boolean {
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
