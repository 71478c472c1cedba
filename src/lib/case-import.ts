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
  MAX_ENTRY_CHARS,
  MAX_IMPORT_BYTES,
  migrate,
  type CaseFile,
} from './case-file.ts';
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
  entries: z.array(entry).max(2_000),
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
  cases: z.array(oneCase).max(500),
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
