/**
 * What the case page shows, worked out from a case (issue 24.3): the evidence checklist of the letters in the case,
 * merged by what each document is; the task list (GOV.UK pattern); letters to re-check against today's rules (what
 * changed between two appeals is src/lib/case-changes.ts, loaded when a case has two letters to compare). Pure: no DOM, no storage; the case page and the unit tests share it.
 */
import { has, letterTemplates, sortEntries, type Case, type CaseEntry } from './case-file.ts';
import { daysUntil } from './deadlines.ts';

/**
 * Evidence ids that name the same document in different templates, mapped to one kind: a case with four letters
 * asking for an order list shows one "order list", not four. Ids not listed are their own kind.
 */
export const EVIDENCE_KINDS: Readonly<Record<string, string>> = {
  'affected-order-list': 'order-list',
  'defect-order-list': 'order-list',
  'claim-order-list': 'order-list',
  'affected-orders': 'order-list',
  'order-spreadsheet': 'order-list',
  'supplier-invoice': 'supplier-invoices',
  invoices: 'supplier-invoices',
  'purchase-invoices': 'supplier-invoices',
  'training-record': 'training-records',
  'removal-order': 'removal-orders',
  'fba-shipment': 'fba-shipments',
  'listing-screenshot': 'listing-screenshots',
  'bank-or-card-statement': 'bank-statement',
  'inspection-record': 'inspection-records',
  'inspection-report': 'inspection-records',
};

export const evidenceKind = (id: string): string => (has(EVIDENCE_KINDS, id) ? EVIDENCE_KINDS[id]! : id);

/** The checklist key of a merged item (the state of one kind of document in a case). */
export const kindKey = (kind: string) => `kind/${kind}`;

export interface EvidenceSource {
  id: string;
  label: string;
  required: boolean;
  notes?: string | undefined;
}

export interface MergedEvidence {
  kind: string;
  /** The first letter's label and notes. */
  label: string;
  notes?: string | undefined;
  /** Required by any of the letters. */
  required: boolean;
  /** The letters (template slugs) that ask for it. */
  templates: string[];
  /** The per-template keys (`<slug>/<id>`) older case files ticked. */
  legacyKeys: string[];
}

/** The evidence of the letters actually in the case (drafts and letters sent), one item per kind of document. */
export function caseEvidence(item: Case, evidenceOf: (slug: string) => readonly EvidenceSource[]): MergedEvidence[] {
  const byKind = new Map<string, MergedEvidence>();
  for (const slug of letterTemplates(item)) {
    for (const e of evidenceOf(slug)) {
      const kind = evidenceKind(e.id);
      const seen = byKind.get(kind);
      if (seen) {
        seen.required ||= e.required;
        if (!seen.templates.includes(slug)) seen.templates.push(slug);
        seen.legacyKeys.push(`${slug}/${e.id}`);
      } else
        byKind.set(kind, {
          kind,
          label: e.label,
          notes: e.notes,
          required: e.required,
          templates: [slug],
          legacyKeys: [`${slug}/${e.id}`],
        });
    }
  }
  return [...byKind.values()];
}

/** An item's state: its own key, or the newest of the per-template keys an older file ticked. */
export function evidenceState(item: Case, merged: MergedEvidence): { done: boolean; note: string; updatedAt: number } {
  const keys = [kindKey(merged.kind), ...merged.legacyKeys].filter((k) => has(item.evidence, k));
  const states = keys.map((k) => item.evidence[k]!);
  return states.sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? { done: false, note: '', updatedAt: 0 };
}

export type TaskState = 'done' | 'in-progress' | 'not-started';
export const TASKS = ['notice', 'letter', 'evidence', 'sent', 'reply'] as const;
export type TaskId = (typeof TASKS)[number];

/** The case as a task list: the notice recorded, the letter written, the evidence gathered, the letter sent, Amazon's reply. */
export function caseTasks(item: Case, evidence: readonly MergedEvidence[]): { id: TaskId; state: TaskState }[] {
  const sent = item.entries.filter((e) => e.type === 'appeal');
  const drafts = item.entries.filter((e) => e.type === 'draft');
  const lastSent = sortEntries(sent).at(-1);
  const replied = Boolean(lastSent) && item.entries.some((e) => e.type === 'reply' && e.date >= lastSent!.date);
  const required = evidence.filter((e) => e.required);
  const ticked = evidence.filter((e) => evidenceState(item, e).done);
  const state = (done: boolean, started: boolean): TaskState => (done ? 'done' : started ? 'in-progress' : 'not-started');
  return [
    { id: 'notice', state: state(Boolean(item.noticeDate && item.noticeText.trim()), Boolean(item.noticeDate || item.noticeText.trim())) },
    { id: 'letter', state: state(sent.length > 0 || drafts.some((d) => !d.empty), drafts.length > 0) },
    { id: 'evidence', state: state(evidence.length > 0 && required.every((e) => evidenceState(item, e).done), ticked.length > 0) },
    { id: 'sent', state: state(sent.length > 0, false) },
    { id: 'reply', state: state(replied, sent.length > 0) },
  ];
}

/** Whether a case holds two letters to compare (a letter sent, and a later one or a draft): appealChanges answers. */
export function hasComparison(item: Pick<Case, 'entries'>): boolean {
  const sent = item.entries.filter((e) => e.type === 'appeal').length;
  return sent > 1 || (sent === 1 && item.entries.some((e) => e.type === 'draft'));
}

/** Days after which a saved letter should be checked against today's rules. */
export const RECHECK_DAYS = 60;

/** A letter (draft or sent) from a template saved more than RECHECK_DAYS ago: Amazon's rules may have changed since. */
export function needsRecheck(entry: Pick<CaseEntry, 'type' | 'template' | 'date'>, today: string): boolean {
  if ((entry.type !== 'appeal' && entry.type !== 'draft') || !entry.template) return false;
  const age = daysUntil(entry.date, today);
  return age !== undefined && age > RECHECK_DAYS;
}

/** How many timeline entries the case page draws at a time (a file of 50,000 entries must not block the page: F16). */
export const TIMELINE_PAGE = 100;

/** The newest `count` of a list in its order (oldest first), and how many earlier ones are left out. */
export function newest<T>(items: readonly T[], count: number): { items: T[]; earlier: number } {
  const n = Math.max(0, Math.min(items.length, Math.floor(count)));
  return { items: items.slice(items.length - n), earlier: items.length - n };
}
