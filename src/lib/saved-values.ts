/**
 * What the fill-and-copy island keeps in the reader's browser: one record per template, plus one record of the
 * details every template shares (SHARED_KEYS), so a store name typed once pre-fills everywhere. Each field is
 * stored with the time it was typed, and a save writes only the fields that changed, re-reading the record
 * first: two tabs (or two templates sharing a field) merge per field, the newest write winning, and a stale tab
 * never writes old values back. Keys are data (Maps), never object properties. Takes a Storage-like object so
 * it runs (and is tested) without a browser; every write reports whether it worked, because storage may be
 * blocked, missing or full and the island must keep working without it.
 */
import { SHARED_KEYS } from './placeholders.ts';
import {
  FORGET_SIGNAL_KEY,
  RECORD_ENTRIES,
  SHARED_STORAGE_KEY,
  damagedRecordKey,
  forgetEverything,
  templateStorageKey,
  type ForgetReport,
  type StorageLike,
} from './storage-keys.ts';

export {
  FORGET_SIGNAL_KEY,
  readableStorage,
  SHARED_STORAGE_KEY,
  STORAGE_PREFIX,
  templateStorageKey,
  type StorageLike,
} from './storage-keys.ts';

/** A field's saved value and when it was typed (ms since 1970; 0 for values saved before times were kept). */
export interface Stamped {
  value: string;
  at: number;
}

const isShared = (key: string) => (SHARED_KEYS as readonly string[]).includes(key);
const recordKeyFor = (slug: string, key: string) => (isShared(key) ? SHARED_STORAGE_KEY : templateStorageKey(slug));

/** Whether a change to this storage key (from a `storage` event; null when all storage was cleared) can concern this template. */
export const concerns = (slug: string, storageKey: string | null) =>
  storageKey === null || storageKey === SHARED_STORAGE_KEY || storageKey === templateStorageKey(slug) || storageKey === FORGET_SIGNAL_KEY;

/** A stored text as the object a record is, or undefined when it is not one (damaged, truncated, an array…). */
function parseRecord(raw: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A stored record; anything unreadable counts as empty rather than breaking the page. */
function readRecord(storage: StorageLike, key: string): Map<string, Stamped> {
  const record = new Map<string, Stamped>();
  for (const [field, entry] of Object.entries(parseRecord(storage.getItem(key) ?? '{}') ?? {})) {
    // Records written before times were kept hold plain strings.
    if (typeof entry === 'string') record.set(field, { value: entry, at: 0 });
    else if (
      entry &&
      typeof entry === 'object' &&
      'value' in entry &&
      'at' in entry &&
      typeof entry.value === 'string' &&
      typeof entry.at === 'number'
    )
      record.set(field, { value: entry.value, at: entry.at });
  }
  return record;
}

/**
 * Moves the records of this template (its own and the shared one) that cannot be read aside, as they were, before
 * anything is written over them (F12), and returns how many it moved. A record already set aside is kept: the
 * first damaged copy is the one that may still hold what the reader typed. Throws when storage refuses.
 */
export function setAsideUnreadable(storage: StorageLike, slug: string): number {
  let moved = 0;
  for (const key of [templateStorageKey(slug), SHARED_STORAGE_KEY]) {
    const raw = storage.getItem(key);
    if (raw === null || parseRecord(raw)) continue;
    const aside = damagedRecordKey(key);
    if (storage.getItem(aside) === null) storage.setItem(aside, raw);
    storage.removeItem(key);
    moved += 1;
  }
  return moved;
}

function writeRecord(storage: StorageLike, key: string, record: ReadonlyMap<string, Stamped>): void {
  if (!record.size) return storage.removeItem(key);
  // JSON.stringify of a null-prototype object: a "__proto__" key stays an ordinary key.
  const out: Record<string, Stamped> = Object.create(null);
  for (const [field, entry] of record) out[field] = entry;
  storage.setItem(key, JSON.stringify(out));
}

/** Saved fields among `keys`, with their times: shared details from the shared record, the rest from the template's own. */
export function loadStamped(storage: StorageLike, slug: string, keys: readonly string[]): Map<string, Stamped> {
  const shared = readRecord(storage, SHARED_STORAGE_KEY);
  const own = readRecord(storage, templateStorageKey(slug));
  const found = new Map<string, Stamped>();
  for (const key of keys) {
    // The template's own entries (points, rewrites) are not placeholder values.
    if (RECORD_ENTRIES.includes(key)) continue;
    const entry = (isShared(key) ? shared : own).get(key);
    if (entry) found.set(key, entry);
  }
  return found;
}

/** Saved values among `keys` (see loadStamped). */
export function loadValues(storage: StorageLike, slug: string, keys: readonly string[]): Map<string, string> {
  return new Map([...loadStamped(storage, slug, keys)].map(([key, entry]) => [key, entry.value]));
}

/**
 * Writes the fields that changed, each with the time it was typed, into the freshly read records; a field
 * another tab saved later than that is left alone (newest wins). An emptied field is removed (an emptied shared
 * field is forgotten everywhere, so storage always matches what the reader sees). Returns false when the
 * browser refused the write (e.g. storage full): the caller keeps the changes and tries again later.
 */
export function saveChanges(storage: StorageLike, slug: string, changes: ReadonlyMap<string, Stamped>): boolean {
  try {
    const records = new Map<string, Map<string, Stamped>>();
    for (const [key, change] of changes) {
      const recordKey = RECORD_ENTRIES.includes(key) ? templateStorageKey(slug) : recordKeyFor(slug, key);
      let record = records.get(recordKey);
      if (!record) records.set(recordKey, (record = readRecord(storage, recordKey)));
      const stored = record.get(key);
      if (stored && stored.at > change.at) continue;
      if (change.value === '') record.delete(key);
      else record.set(key, change);
    }
    for (const [recordKey, record] of records) writeRecord(storage, recordKey, record);
    return true;
  } catch {
    return false;
  }
}

/** A template's own entry (EDITS_ENTRY…) as stored, or undefined. */
export function loadEntry(storage: StorageLike, slug: string, entry: string): string | undefined {
  return readRecord(storage, templateStorageKey(slug)).get(entry)?.value;
}

/**
 * "Forget my details": removes everything the reader typed on this device (src/lib/storage-keys.ts says what that
 * is), the case file too unless `keepCase`, tells other tabs, and reports what remains.
 */
export const forgetAll = (storage: StorageLike, keepCase = true): ForgetReport => forgetEverything(storage, keepCase);
