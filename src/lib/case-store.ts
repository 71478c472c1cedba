/**
 * Where the case file lives: one localStorage record, written by merging into what is stored now (so a second tab's
 * new entries survive), plus the letters template pages hand over ("save to my case"). Takes a Storage-like object,
 * so it runs in unit tests; every write says whether it worked, because storage can be blocked or full.
 */
import { CASE_SCHEMA, emptyFile, mergeFiles, migrate, type Case, type CaseFile } from './case-file.ts';
import { CASE_STORAGE_KEY, DAMAGED_KEY, PENDING_KEY, type StorageLike } from './storage-keys.ts';

/** The keys live in src/lib/storage-keys.ts with every other key the site writes. */
export { CASE_STORAGE_KEY, DAMAGED_KEY, PENDING_KEY } from './storage-keys.ts';

export interface StoredFile {
  file: CaseFile;
  /** 'damaged': the record could not be read; 'newer': written by a newer version of the site (left untouched). */
  problem?: 'damaged' | 'newer';
}

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** Reads our own record. It was written by this code, so a light shape check suffices; imports get the full one. */
export function parseStored(raw: string | null): StoredFile {
  if (raw === null) return { file: emptyFile() };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isObject(parsed) || parsed.schema !== CASE_SCHEMA) return { file: emptyFile(), problem: 'damaged' };
    const migrated = migrate(parsed);
    if (!migrated.ok) return { file: emptyFile(), problem: migrated.reason === 'newer' ? 'newer' : 'damaged' };
    const file = migrated.value as unknown as CaseFile;
    if (!Array.isArray(file.cases) || !isObject(file.deleted)) return { file: emptyFile(), problem: 'damaged' };
    return { file };
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

/** Writes a file as it is (an import already merged with what was stored). */
export function writeExact(storage: StorageLike, file: CaseFile): WriteResult {
  try {
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

/**
 * An imported file joins what is stored: cases and entries match by id, so importing the same export twice adds
 * nothing, and importing an export of a case deleted here brings it back (the reader asked for it).
 */
export function importInto(stored: CaseFile, imported: CaseFile): CaseFile {
  const ids = new Set(imported.cases.flatMap((c) => [c.id, ...c.entries.map((e) => e.id)]));
  const deleted = Object.fromEntries(Object.entries(stored.deleted).filter(([id]) => !ids.has(id)));
  return mergeFiles({ ...stored, deleted }, { ...imported, deleted: {} });
}

/** A letter saved on a template page (src/scripts/case-save.ts writes these). */
export interface PendingLetter {
  id: string;
  slug: string;
  /** When it was saved (ms): the case page dates the appeal on the reader's own calendar. */
  savedAt: number;
  subject?: string;
  text: string;
}

/** The letters waiting to be filed; anything malformed is skipped, not fatal. */
export function readPending(storage: StorageLike): PendingLetter[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(PENDING_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((p): p is PendingLetter => isObject(p) && typeof p.id === 'string' && typeof p.slug === 'string' && typeof p.savedAt === 'number' && typeof p.text === 'string')
      .map((p) => ({ ...p, subject: typeof p.subject === 'string' && p.subject ? p.subject : undefined }));
  } catch {
    return [];
  }
}

/** Files a waiting letter into a case as an appeal of the day it was saved (`date`, the reader's calendar day). */
export function fileLetter(item: Case, letter: PendingLetter, date: string, now: number): Case {
  return {
    ...item,
    templates: item.templates.includes(letter.slug) ? item.templates : [...item.templates, letter.slug],
    entries: [...item.entries, { id: letter.id, type: 'appeal', date, text: letter.text, template: letter.slug, subject: letter.subject, updatedAt: now }],
    status: item.status === 'open' ? 'appealed' : item.status,
    updatedAt: now,
  };
}
