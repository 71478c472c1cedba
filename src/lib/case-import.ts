/**
 * Checks a case file the reader imports (an export from another device, or anything else they pick). Answers
 * with the file, ready to merge, or with why it was refused; the caller changes nothing stored on a refusal.
 * Loaded by the case page only when a file is picked, so zod never weighs on the page at load.
 */
import { z } from 'astro/zod';
import {
  AHA_ANSWERS,
  CASE_SCHEMA,
  CASE_STATUSES,
  CASE_VERSION,
  ENTRY_TYPES,
  MAX_CASE_ENTRIES,
  MAX_CASES,
  MAX_ENTRY_CHARS,
  MAX_IMPORT_BYTES,
  mergeFiles,
  migrate,
  type CaseFile,
} from './case-file.ts';
import type { CaseSession, Outcome } from './case-session.ts';
import { parseStored, type WriteResult } from './case-store.ts';
import { CASE_STORAGE_KEY, DAMAGED_KEY, type StorageLike } from './storage-keys.ts';
import { ISO_DATE } from './patterns.ts';

// The site's CSP forbids eval: without this, zod probes `new Function` (a CSP violation) to compile faster parsers.
z.config({ jitless: true });

/** A day, or empty when not set. */
const day = z.string().regex(new RegExp(`^(?:${ISO_DATE})?$`));
const id = z.string().regex(/^[a-z0-9-]{1,64}$/);
const time = z.number().int().nonnegative();
const text = (max: number) => z.string().max(max);

const entry = z.object({
  /** Random id; matches entries across devices. */
  id,
  /** Letter sent, Amazon's reply, or a note. */
  type: z.enum(ENTRY_TYPES),
  /** Day it happened. */
  date: day,
  /** The text as sent, pasted or written (as long as the longest letter the site can build: F8). */
  text: text(MAX_ENTRY_CHARS),
  /** Template slug the letter came from. */
  template: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional(),
  /** Subject line. */
  subject: text(1_000).optional(),
  /** Drafts: fields still empty when saved. */
  empty: z.number().int().nonnegative().optional(),
  /** Last change (ms). */
  updatedAt: time,
});

const oneCase = z.object({
  /** Random id. */
  id,
  /** The seller's name for the case. */
  title: text(300),
  /** Triage answer id it started from. */
  situation: z.string().max(100).optional(),
  /** Enrolled in Account Health Assurance: yes, no, don't know. */
  aha: z.enum(AHA_ANSWERS).optional(),
  /** What happened, in the seller's words. */
  situationText: text(20_000),
  /** Marketplace code, or ''. */
  marketplace: text(10),
  /** Day the notice arrived, or ''. */
  noticeDate: day,
  /** The notice, pasted. */
  noticeText: text(100_000),
  /** Where the case stands. */
  status: z.enum(CASE_STATUSES),
  /** Template slugs whose evidence lists apply. */
  templates: z.array(z.string().regex(/^[a-z0-9-]{1,100}$/)).max(100),
  /** Timeline entries. */
  entries: z.array(entry).max(MAX_CASE_ENTRIES),
  /** Checklist state by "<template>/<evidence id>". */
  evidence: z.record(z.string().max(200), z.object({ done: z.boolean(), note: text(2_000), updatedAt: time })),
  /** When it was created (ms). */
  createdAt: time,
  /** Last change of its fields (ms). */
  updatedAt: time,
});

const caseFile = z.object({
  /** Always CASE_SCHEMA. */
  schema: z.literal(CASE_SCHEMA),
  /** Always CASE_VERSION after migration. */
  version: z.literal(CASE_VERSION),
  /** The cases. */
  cases: z.array(oneCase).max(MAX_CASES),
  /** Deleted ids with the time of deletion. */
  deleted: z.record(z.string().max(64), time),
});

export type ImportResult = { ok: true; file: CaseFile } | { ok: false; reason: 'size' | 'json' | 'foreign' | 'newer' | 'damaged' };

export function parseImport(raw: string): ImportResult {
  if (raw.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'size' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || (parsed as { schema?: unknown }).schema !== CASE_SCHEMA)
    return { ok: false, reason: 'foreign' };
  const migrated = migrate(parsed as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, reason: migrated.reason === 'newer' ? 'newer' : 'damaged' };
  const result = caseFile.safeParse(migrated.value);
  return result.success ? { ok: true, file: result.data as CaseFile } : { ok: false, reason: 'damaged' };
}

/**
 * Joins an imported file to what is stored and to what this tab holds, and shows it: refused over a newer site's
 * file (F10), a damaged stored record set aside first (F2). Lives here, loaded with the checks, not at page load.
 */
export function importFile(session: CaseSession, storage: StorageLike | undefined, imported: CaseFile): Outcome {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const written = writeImported(storage, mergeFiles(imported, { ...session.file, deleted: {} }));
  if (!written.ok) return { ok: false, reason: written.reason };
  session.adopt(written.file, imported.cases[0]?.id ?? null);
  return { ok: true };
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

/**
 * An imported file joined to what is stored and written: a damaged stored record is set aside first (F2), a newer
 * one is never overwritten and the import is refused, so the page never says "imported" when nothing was (F10).
 */
export function writeImported(storage: StorageLike, imported: CaseFile): WriteResult {
  try {
    const raw = storage.getItem(CASE_STORAGE_KEY);
    const stored = parseStored(raw);
    if (stored.problem === 'newer') return { ok: false, reason: 'newer' };
    if (stored.problem === 'damaged' && raw !== null) storage.setItem(DAMAGED_KEY, raw);
    return writeExact(storage, importInto(stored.file, imported));
  } catch {
    return { ok: false, reason: 'full' };
  }
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
