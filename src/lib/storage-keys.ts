/**
 * Every key and prefix this site writes to the reader's localStorage, in one place (a unit test fails on a
 * storage-key literal anywhere else in src/, scripts/ or public/), and what "Forget my details" does with each:
 *
 *   sl:…              what the reader typed on template pages: field values, switches, rewritten sentences and
 *                     points (one record per template, one of shared details), and the forget signal → removed
 *   sl-case-pending   letters saved on a template page, waiting for the case page to file them → removed
 *   sl-case, sl-case-current, sl-case-damaged, sl-case-drafts
 *                     the case file (with what is typed into its forms and not yet added) (its own page, its own "delete"): Forget asks whether to keep it
 *   sl-theme          the light/dark choice (not something typed) → kept, and Forget says so
 *
 * Pure and Storage-agnostic (StorageLike): the island, the case page, the theme script and the tests share it.
 */

/** The part of the Storage API the site uses, so the logic runs (and is tested) without a browser. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** Prefix of every record of what the reader typed on template pages. */
export const STORAGE_PREFIX = 'sl:';
/** Details every template shares (store name, seller name…), so a value typed once pre-fills everywhere. */
export const SHARED_STORAGE_KEY = `${STORAGE_PREFIX}v1:shared`;
/** One template's own values, switches, rewrites and points. */
export const templateStorageKey = (slug: string) => `${STORAGE_PREFIX}v1:template:${slug}`;
/**
 * Where an unreadable record of the fill-and-copy island (a template's or the shared one) is moved, as it was, before
 * anything new is written to its key (F12): never overwritten, and typed, so Forget removes it.
 */
export const damagedRecordKey = (recordKey: string) => `${STORAGE_PREFIX}damaged:${recordKey.slice(STORAGE_PREFIX.length)}`;
/** Set and removed at once by "forget my details": other tabs hear it and clear even their unsaved edits. */
export const FORGET_SIGNAL_KEY = `${STORAGE_PREFIX}forget`;

/** Entry of a template's record holding the Plan-of-Action points of an older version of the site (read, then folded into EDITS_ENTRY). */
export const POA_ENTRY = '_poa';
/** Entry of a template's record holding the reader's rewritten letter units (src/lib/letter-edits.ts); no placeholder key starts with "_". */
export const EDITS_ENTRY = '_edits';
/** The entries of a template's record that are not placeholder values. */
export const RECORD_ENTRIES: readonly string[] = [POA_ENTRY, EDITS_ENTRY];

/** The case file (src/lib/case-store.ts). Not under `sl:`: Forget asks before it touches the case file. */
export const CASE_STORAGE_KEY = 'sl-case';
/** Letters saved on template pages, waiting on the case page to be filed into a case. */
export const PENDING_KEY = 'sl-case-pending';
/** Where an unreadable stored case file is moved before anything new is written, so it is never overwritten. */
export const DAMAGED_KEY = 'sl-case-damaged';
/** Where an unreadable list of waiting letters is moved before a new one is started (F11); typed, so Forget removes it. */
export const PENDING_DAMAGED_KEY = 'sl-case-pending-damaged';
/** Text typed into the case page's "add a reply / letter / note" forms and not yet added, per case (F5). */
export const CASE_DRAFTS_KEY = 'sl-case-drafts';
/** Which case the case page shows. */
export const CURRENT_CASE_KEY = 'sl-case-current';
/** The reader's light/dark choice (public theme script, src/pages/theme-init.js.ts). */
export const THEME_KEY = 'sl-theme';

/** The case file's keys: kept or removed together. */
export const CASE_KEYS: readonly string[] = [CASE_STORAGE_KEY, CURRENT_CASE_KEY, DAMAGED_KEY, CASE_DRAFTS_KEY];

/** What a stored key holds, for Forget. */
export type StoreKind = 'typed' | 'case' | 'setting' | 'other';

export function storeKind(key: string): StoreKind {
  if (key.startsWith(STORAGE_PREFIX) || key === PENDING_KEY || key === PENDING_DAMAGED_KEY) return 'typed';
  if (CASE_KEYS.includes(key)) return 'case';
  if (key === THEME_KEY) return 'setting';
  return 'other';
}

/** Every key in storage; throws when the storage cannot be read. */
function listKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** Every key in storage, read defensively (a blocked storage reads as empty). */
export function storedKeys(storage: StorageLike): string[] {
  try {
    return listKeys(storage);
  } catch {
    return [];
  }
}

/** How many cases the stored case file holds (0 when there is none; a damaged file counts as one kept record). */
export function storedCaseCount(storage: StorageLike): number {
  try {
    const raw = storage.getItem(CASE_STORAGE_KEY);
    if (raw === null) return 0;
    const parsed: unknown = JSON.parse(raw);
    const cases = parsed && typeof parsed === 'object' && 'cases' in parsed ? (parsed as { cases: unknown }).cases : undefined;
    return Array.isArray(cases) ? cases.length : 0;
  } catch {
    return 0;
  }
}

/** Whether the device holds a case file (or a set-aside damaged one). */
export const hasCaseFile = (storage: StorageLike) => storedKeys(storage).some((key) => storeKind(key) === 'case');

/** What Forget did and what is still on the device afterwards, for a message that says exactly that. */
export interface ForgetReport {
  /** Records removed. */
  removed: number;
  /** Records of what the reader typed still there (a refused removal): never say "nothing is saved" then. */
  remaining: number;
  /** Whether the case file is still on this device, and how many cases it holds. */
  caseKept: boolean;
  cases: number;
  /** Whether the theme choice is still stored. */
  themeKept: boolean;
}

/**
 * Removes everything the reader typed on this device (every `sl:` record and the letters waiting for the case
 * file), and the case file too unless `keepCase`; tells other tabs (FORGET_SIGNAL_KEY); then looks again, so
 * the report says what really remains. Other sites' keys and the theme choice are left alone.
 */
/** The storage, or null when it is missing or cannot even be read (blocked, disabled). A full storage is still returned: it reads. */
export function readableStorage(get: () => StorageLike | null | undefined): StorageLike | null {
  try {
    const storage = get();
    if (!storage) return null;
    storage.getItem(SHARED_STORAGE_KEY);
    return storage;
  } catch {
    return null;
  }
}

export function forgetEverything(storage: StorageLike, keepCase: boolean): ForgetReport {
  const doomed = (key: string) => storeKind(key) === 'typed' || (!keepCase && storeKind(key) === 'case');
  let removed = 0;
  for (const key of storedKeys(storage).filter(doomed)) {
    try {
      storage.removeItem(key);
      removed += 1;
    } catch {
      /* counted below as remaining */
    }
  }
  try {
    // Only after a removal: a storage that refuses removals would keep the signal too.
    if (removed) storage.setItem(FORGET_SIGNAL_KEY, String(Date.now()));
    storage.removeItem(FORGET_SIGNAL_KEY);
  } catch {
    /* other tabs still see the removals themselves */
  }
  let after: string[] = [];
  let remaining = Number.POSITIVE_INFINITY;
  try {
    after = listKeys(storage);
    remaining = after.filter(doomed).length;
  } catch {
    /* cannot look again: never claim it is all gone */
  }
  const caseKept = after.some((key) => storeKind(key) === 'case');
  return { removed, remaining, caseKept, cases: caseKept ? storedCaseCount(storage) : 0, themeKept: after.includes(THEME_KEY) };
}
