/**
 * Where the case file lives: one localStorage record, written by merging into what is stored now (so a second tab's
 * new entries survive), plus the letters template pages hand over ("save to my case"). Takes a Storage-like object,
 * so it runs in unit tests; every write says whether it worked, because storage can be blocked or full.
 */
import {
  AHA_ANSWERS,
  CASE_SCHEMA,
  CASE_STATUSES,
  ENTRY_TYPES,
  emptyFile,
  mergeFiles,
  migrate,
  type Case,
  type CaseEntry,
  type CaseFile,
} from './case-file.ts';
import { CASE_STORAGE_KEY, DAMAGED_KEY, PENDING_KEY, type StorageLike } from './storage-keys.ts';

/** Importing (writeImported, importInto) lives in src/lib/case-import.ts, loaded only when a file is imported. */

/** The keys live in src/lib/storage-keys.ts with every other key the site writes. */
export { CASE_STORAGE_KEY, DAMAGED_KEY, PENDING_KEY } from './storage-keys.ts';

export interface StoredFile {
  file: CaseFile;
  /** 'damaged': the record could not be read; 'newer': written by a newer version of the site (left untouched). */
  problem?: 'damaged' | 'newer';
}

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A stored entry of the right shape (member types checked, so a wrong one never reaches the page: F7). */
export function isEntry(value: unknown): value is CaseEntry {
  if (!isObject(value)) return false;
  return (
    isString(value.id) &&
    (ENTRY_TYPES as readonly unknown[]).includes(value.type) &&
    isString(value.date) &&
    isString(value.text) &&
    isTime(value.updatedAt) &&
    (value.template === undefined || isString(value.template)) &&
    (value.subject === undefined || isString(value.subject)) &&
    (value.empty === undefined || isTime(value.empty))
  );
}

/** A stored case of the right shape, entries and checklist included. */
export function isCase(value: unknown): value is Case {
  if (!isObject(value)) return false;
  const strings = ['id', 'title', 'situationText', 'marketplace', 'noticeDate', 'noticeText'] as const;
  return (
    strings.every((k) => isString(value[k])) &&
    (CASE_STATUSES as readonly unknown[]).includes(value.status) &&
    isTime(value.createdAt) &&
    isTime(value.updatedAt) &&
    (value.situation === undefined || isString(value.situation)) &&
    (value.aha === undefined || (AHA_ANSWERS as readonly unknown[]).includes(value.aha)) &&
    Array.isArray(value.templates) &&
    value.templates.every(isString) &&
    Array.isArray(value.entries) &&
    value.entries.every(isEntry) &&
    isObject(value.evidence) &&
    Object.values(value.evidence).every((e) => isObject(e) && typeof e.done === 'boolean' && isString(e.note) && isTime(e.updatedAt))
  );
}

/**
 * Reads our own record, every member checked. A record that cannot be read at all gives an empty file; one with
 * some unreadable cases keeps the readable ones. Both say 'damaged', and the writer sets the raw record aside
 * (DAMAGED_KEY) before anything is written over it, so it stays exportable.
 */
export function parseStored(raw: string | null): StoredFile {
  if (raw === null) return { file: emptyFile() };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isObject(parsed) || parsed.schema !== CASE_SCHEMA) return { file: emptyFile(), problem: 'damaged' };
    const migrated = migrate(parsed);
    if (!migrated.ok) return { file: emptyFile(), problem: migrated.reason === 'newer' ? 'newer' : 'damaged' };
    const value = migrated.value;
    if (!Array.isArray(value.cases) || !isObject(value.deleted)) return { file: emptyFile(), problem: 'damaged' };
    const cases = value.cases.filter(isCase);
    const deleted = Object.fromEntries(Object.entries(value.deleted).filter(([, at]) => isTime(at))) as Record<string, number>;
    const file: CaseFile = { ...emptyFile(), cases, deleted };
    const whole = cases.length === value.cases.length && Object.keys(deleted).length === Object.keys(value.deleted).length;
    return whole ? { file } : { file, problem: 'damaged' };
  } catch {
    return { file: emptyFile(), problem: 'damaged' };
  }
}

export const readStored = (storage: StorageLike): StoredFile => parseStored(storage.getItem(CASE_STORAGE_KEY));

export type WriteResult = { ok: true; file: CaseFile } | { ok: false; reason: 'full' | 'newer' };

/**
 * Merges `mine` into the stored file and writes the result, which it returns (the page shows it: it holds the
 * other tab's entries too). A damaged record is set aside first; a newer one is never overwritten.
 */
export function writeMerged(storage: StorageLike, mine: CaseFile): WriteResult {
  try {
    const raw = storage.getItem(CASE_STORAGE_KEY);
    const stored = parseStored(raw);
    if (stored.problem === 'newer') return { ok: false, reason: 'newer' };
    if (stored.problem === 'damaged' && raw !== null) storage.setItem(DAMAGED_KEY, raw);
    const file = mergeFiles(stored.file, mine);
    storage.setItem(CASE_STORAGE_KEY, JSON.stringify(file));
    return { ok: true, file };
  } catch {
    return { ok: false, reason: 'full' };
  }
}

/** A deleted case stays deleted in every tab: its id is remembered, the case removed. */
export function deleteCase(file: CaseFile, id: string, now: number): CaseFile {
  return { ...file, cases: file.cases.filter((c) => c.id !== id), deleted: { ...file.deleted, [id]: now } };
}

/** A letter saved on a template page (src/scripts/case-save.ts writes these). */
export interface PendingLetter {
  id: string;
  slug: string;
  /** When it was saved (ms): the case page dates the draft on the reader's own calendar. */
  savedAt: number;
  subject?: string;
  text: string;
  /** How many of the template's fields were still empty when it was saved. */
  empty?: number;
}

/** The letters waiting to be filed; anything malformed is skipped, not fatal. */
export function readPending(storage: StorageLike): PendingLetter[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(PENDING_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (p): p is PendingLetter =>
          isObject(p) &&
          typeof p.id === 'string' &&
          typeof p.slug === 'string' &&
          typeof p.savedAt === 'number' &&
          typeof p.text === 'string',
      )
      .map((p) => ({
        ...p,
        subject: typeof p.subject === 'string' && p.subject ? p.subject : undefined,
        empty: isTime(p.empty) && p.empty > 0 ? p.empty : undefined,
      }));
  } catch {
    return [];
  }
}
