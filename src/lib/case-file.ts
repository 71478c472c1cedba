/**
 * The seller's case file ("我的申诉档案"): the data model, its schema version and migrations, and the merge that
 * keeps two tabs (or an import) from dropping each other's entries. Pure: no DOM, no storage; the case page
 * (src/scripts/case-file.ts) and the unit tests share it.
 */

/** Written into every stored and exported file, so a foreign JSON file is recognised as foreign. */
export const CASE_SCHEMA = 'seller-letters-case-file';
/** Bump when the stored shape changes, and add a step to MIGRATIONS from the previous version. */
export const CASE_VERSION = 1;

/**
 * The longest entry text: a Plan of Action at the builder's limits (50 points × 2,000 characters in three parts,
 * plus the letter) fits, so the site's own exports always import again (F8).
 */
export const MAX_ENTRY_CHARS = 400_000;
/**
 * The most cases a file holds and the most entries one case holds. The import accepts exactly as much, and the page
 * refuses to add more (with a message), so every file the site exports imports again (F8), and a file stored with
 * more (written by hand or by another program) is paged, never drawn at once (F16).
 */
export const MAX_CASES = 500;
export const MAX_CASE_ENTRIES = 2_000;
/** About what a browser's storage holds for one site (5 M UTF-16 units); a bigger file could not be stored anyway. */
export const MAX_IMPORT_BYTES = 5_000_000;

export const CASE_STATUSES = ['open', 'appealed', 'info-requested', 'reinstated', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * What a timeline entry records: a letter sent to Amazon, Amazon's answer, the seller's own note, or a draft (a
 * letter saved from a template and not yet marked as sent: it changes no status and starts no clock).
 */
export const ENTRY_TYPES = ['appeal', 'reply', 'note', 'draft'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export interface CaseEntry {
  id: string;
  type: EntryType;
  /** Day it happened, YYYY-MM-DD. */
  date: string;
  /** The letter exactly as sent, Amazon's reply as pasted, or the note. */
  text: string;
  /** Template slug the letter was written from (appeals). */
  template?: string;
  /** Subject line of a letter sent by e-mail. */
  subject?: string;
  /** Drafts: how many of the template's fields were still empty when it was saved. */
  empty?: number;
  /** Last change, ms since 1970: the newer of two versions of one entry wins a merge. */
  updatedAt: number;
}

export interface EvidenceState {
  done: boolean;
  /** e.g. "invoice from supplier X requested on 3 May". */
  note: string;
  updatedAt: number;
}

export interface Case {
  id: string;
  title: string;
  /** Triage answer id the case started from, if any. */
  situation?: string;
  /** Enrolled in Account Health Assurance, as the reader says: decides whether its 72-hour deadline applies. */
  aha?: AhaAnswer;
  /** What happened, in the seller's words. */
  situationText: string;
  marketplace: string;
  /** Day the notice arrived, YYYY-MM-DD, or ''. */
  noticeDate: string;
  /** The notice, pasted. */
  noticeText: string;
  status: CaseStatus;
  /** Template slugs in play: their evidence lists make the checklist. */
  templates: string[];
  entries: CaseEntry[];
  /** Checklist state by `<template>/<evidence id>`. */
  evidence: Record<string, EvidenceState>;
  createdAt: number;
  /** Last change of the fields above (not of entries or evidence, which carry their own). */
  updatedAt: number;
}

/** "Don't know" first: it is the default of a new case. */
export const AHA_ANSWERS = ['unknown', 'yes', 'no'] as const;
export type AhaAnswer = (typeof AHA_ANSWERS)[number];

export interface CaseFile {
  schema: typeof CASE_SCHEMA;
  version: number;
  cases: Case[];
  /** Ids of deleted cases and entries with the time of deletion, so a merge does not bring them back. */
  deleted: Record<string, number>;
}

export const emptyFile = (): CaseFile => ({ schema: CASE_SCHEMA, version: CASE_VERSION, cases: [], deleted: {} });

/** A random id; crypto where there is one (browsers, Node), so two tabs never make the same. */
export function newId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}

export function newCase(fields: Partial<Case>, now: number): Case {
  return {
    id: newId(),
    title: '',
    situationText: '',
    marketplace: '',
    noticeDate: '',
    noticeText: '',
    status: 'open',
    templates: [],
    entries: [],
    evidence: {},
    ...fields,
    createdAt: now,
    updatedAt: now,
  };
}

const newer = <T extends { updatedAt: number }>(a: T, b: T): T => (b.updatedAt > a.updatedAt ? b : a);

/** Whether an id is in a record of ids: own keys only, so ids such as "constructor" or "__proto__" are ids (F9). */
export const has = (record: Record<string, unknown>, id: string): boolean => Object.hasOwn(record, id);

/**
 * The time to stamp on an edit of something last changed at `previous`: now, or just after `previous` when that is
 * ahead of this device's clock (a file from a device with a fast clock), so an edit is always the newer one (F3).
 */
export const tick = (previous: number, now: number): number => Math.max(now, (Number.isFinite(previous) ? previous : 0) + 1);

/** A record keyed by ids, with no prototype: "constructor" and "__proto__" are keys like any other. */
export function idRecord<T>(entries: Iterable<[string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

function mergeCase(a: Case, b: Case, deleted: Record<string, number>): Case {
  const base = newer(a, b);
  const entries = new Map<string, CaseEntry>();
  for (const entry of [...a.entries, ...b.entries]) {
    const seen = entries.get(entry.id);
    entries.set(entry.id, seen ? newer(seen, entry) : entry);
  }
  const evidence = idRecord(Object.entries(a.evidence));
  for (const [key, state] of Object.entries(b.evidence)) evidence[key] = has(evidence, key) ? newer(evidence[key]!, state) : state;
  return {
    ...base,
    templates: [...new Set([...a.templates, ...b.templates])],
    entries: sortEntries([...entries.values()].filter((e) => !has(deleted, e.id))),
    evidence,
    createdAt: Math.min(a.createdAt, b.createdAt),
  };
}

/**
 * Both files' cases and entries, matched by id: nothing either side added is lost, the newer version of an edited
 * case or entry wins, and anything deleted on either side stays deleted.
 */
export function mergeFiles(a: CaseFile, b: CaseFile): CaseFile {
  const deleted = idRecord(Object.entries(a.deleted));
  for (const [id, at] of Object.entries(b.deleted)) deleted[id] = Math.max(has(deleted, id) ? deleted[id]! : 0, at);
  const cases = new Map<string, Case>();
  for (const item of [...a.cases, ...b.cases]) {
    if (has(deleted, item.id)) continue;
    const seen = cases.get(item.id);
    cases.set(item.id, seen ? mergeCase(seen, item, deleted) : { ...item, entries: item.entries.filter((e) => !has(deleted, e.id)) });
  }
  return { schema: CASE_SCHEMA, version: CASE_VERSION, cases: [...cases.values()].sort((x, y) => x.createdAt - y.createdAt), deleted };
}

/** Timeline order: by date, then by when they were written. */
export function sortEntries(entries: CaseEntry[]): CaseEntry[] {
  // Plain comparison: dates are ISO days (ASCII), and localeCompare is ten times slower on a 50,000-entry file (F16).
  return [...entries].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.updatedAt - y.updatedAt));
}

/** One step from version n to n+1, on the parsed JSON. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
/** Version 1 is the first; a future version 2 adds `{ 1: (v1) => v2 }` here and bumps CASE_VERSION. */
export const MIGRATIONS: Record<number, Migration> = {};

export type MigrateResult = { ok: true; value: Record<string, unknown> } | { ok: false; reason: 'newer' | 'version' };

/** Brings a parsed file of any known version up to `target`; a newer file is refused, never cut down. */
export function migrate(raw: Record<string, unknown>, target = CASE_VERSION, steps = MIGRATIONS): MigrateResult {
  let version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'version' };
  if (version > target) return { ok: false, reason: 'newer' };
  let value = raw;
  while (version < target) {
    const step = steps[version];
    if (!step) return { ok: false, reason: 'version' };
    value = { ...step(value), version: ++version };
  }
  return { ok: true, value };
}

/** Template slugs a case's checklist covers, with the appeals' templates after the ones it started with. */
export function caseTemplates(item: Case): string[] {
  return [...new Set([...item.templates, ...item.entries.flatMap((e) => (e.template ? [e.template] : []))])];
}

/** Templates of the letters actually in the case (drafts and letters sent): the evidence checklist lists theirs. */
export function letterTemplates(item: Case): string[] {
  return [...new Set(item.entries.flatMap((e) => ((e.type === 'appeal' || e.type === 'draft') && e.template ? [e.template] : [])))];
}

/**
 * A draft marked as sent on `date`: it becomes a letter sent, Amazon's reply clock starts from that day, and an
 * open case becomes "appealed". Anything else about the case is unchanged; an unknown or non-draft id changes nothing.
 */
export function markSent(item: Case, entryId: string, date: string, now: number): Case {
  const draft = item.entries.find((e) => e.id === entryId && e.type === 'draft');
  if (!draft) return item;
  const sent: CaseEntry = { ...draft, type: 'appeal', date, updatedAt: tick(draft.updatedAt, now) };
  delete sent.empty;
  return {
    ...item,
    entries: sortEntries(item.entries.map((e) => (e.id === entryId ? sent : e))),
    ...(item.status === 'open' ? { status: 'appealed' as const, updatedAt: tick(item.updatedAt, now) } : {}),
  };
}
