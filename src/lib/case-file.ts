/**
 * The seller's case file ("我的申诉档案"): the data model, its schema version and migrations, and the merge that
 * keeps two tabs (or an import) from dropping each other's entries. Pure: no DOM, no storage; the case page
 * (src/scripts/case-file.ts) and the unit tests share it.
 */

/** Written into every stored and exported file, so a foreign JSON file is recognised as foreign. */
export const CASE_SCHEMA = 'seller-letters-case-file';
/** Bump when the stored shape changes, and add a step to MIGRATIONS from the previous version. */
export const CASE_VERSION = 1;

/** A real export is a few hundred KB at most; a bigger file is not ours (and would not fit in storage). */
export const MAX_IMPORT_BYTES = 2_000_000;

export const CASE_STATUSES = ['open', 'appealed', 'info-requested', 'reinstated', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What a timeline entry records: a letter sent to Amazon, Amazon's answer, or the seller's own note. */
export const ENTRY_TYPES = ['appeal', 'reply', 'note'] as const;
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

function mergeCase(a: Case, b: Case, deleted: Record<string, number>): Case {
  const base = newer(a, b);
  const entries = new Map<string, CaseEntry>();
  for (const entry of [...a.entries, ...b.entries]) {
    const seen = entries.get(entry.id);
    entries.set(entry.id, seen ? newer(seen, entry) : entry);
  }
  const evidence: Record<string, EvidenceState> = { ...a.evidence };
  for (const [key, state] of Object.entries(b.evidence)) evidence[key] = evidence[key] ? newer(evidence[key], state) : state;
  return {
    ...base,
    templates: [...new Set([...a.templates, ...b.templates])],
    entries: sortEntries([...entries.values()].filter((e) => !(e.id in deleted))),
    evidence,
    createdAt: Math.min(a.createdAt, b.createdAt),
  };
}

/**
 * Both files' cases and entries, matched by id: nothing either side added is lost, the newer version of an edited
 * case or entry wins, and anything deleted on either side stays deleted.
 */
export function mergeFiles(a: CaseFile, b: CaseFile): CaseFile {
  const deleted: Record<string, number> = { ...a.deleted };
  for (const [id, at] of Object.entries(b.deleted)) deleted[id] = Math.max(deleted[id] ?? 0, at);
  const cases = new Map<string, Case>();
  for (const item of [...a.cases, ...b.cases]) {
    if (item.id in deleted) continue;
    const seen = cases.get(item.id);
    cases.set(item.id, seen ? mergeCase(seen, item, deleted) : { ...item, entries: item.entries.filter((e) => !(e.id in deleted)) });
  }
  return { schema: CASE_SCHEMA, version: CASE_VERSION, cases: [...cases.values()].sort((x, y) => x.createdAt - y.createdAt), deleted };
}

/** Timeline order: by date, then by when they were written. */
export function sortEntries(entries: CaseEntry[]): CaseEntry[] {
  return [...entries].sort((x, y) => x.date.localeCompare(y.date) || x.updatedAt - y.updatedAt);
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
