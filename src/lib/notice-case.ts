/**
 * From a decoded notice to the reader's case file and letters: the case a notice starts (notice text, its date, the
 * kind, the deadlines as a note), the values its template's fields are pre-filled with (through the fill island's
 * own storage, src/lib/saved-values.ts) and the calendar reminders of its deadlines (src/lib/ics.ts). Pure apart from
 * the Storage-like object it is handed; the notice element (src/scripts/notice-run.ts) and the unit tests share it.
 */
import { CASE_SCHEMA, CASE_VERSION, newCase, newId, type Case, type CaseFile } from './case-file.ts';
import { writeMerged, type WriteResult } from './case-store.ts';
import { daysUntil } from './deadlines.ts';
import type { DecodedNotice, NoticeDeadline } from './notice.ts';
import { saveChanges, type Stamped, type StorageLike } from './saved-values.ts';
import { CURRENT_CASE_KEY } from './storage-keys.ts';

/** The case page's "current case" record (src/scripts/case-page.ts reads it): the case a notice starts opens first. */
export const CASE_CURRENT_KEY = CURRENT_CASE_KEY;

/** How a marketplace code is written in a letter's {{marketplace_site}}. */
export const MARKETPLACE_SITES: Record<string, string> = {
  US: 'Amazon.com',
  CA: 'Amazon.ca',
  MX: 'Amazon.com.mx',
  BR: 'Amazon.com.br',
  UK: 'Amazon.co.uk',
  DE: 'Amazon.de',
  FR: 'Amazon.fr',
  IT: 'Amazon.it',
  ES: 'Amazon.es',
  NL: 'Amazon.nl',
  SE: 'Amazon.se',
  PL: 'Amazon.pl',
  BE: 'Amazon.com.be',
  TR: 'Amazon.com.tr',
  AE: 'Amazon.ae',
  SA: 'Amazon.sa',
  EG: 'Amazon.eg',
  IN: 'Amazon.in',
  JP: 'Amazon.co.jp',
  AU: 'Amazon.com.au',
  SG: 'Amazon.sg',
};

/** The deadlines worth a date in the calendar: dated, to act within or on, not already past. */
export function upcomingDeadlines(deadlines: readonly NoticeDeadline[], today: string): (NoticeDeadline & { date: string })[] {
  return deadlines.filter(
    (d): d is NoticeDeadline & { date: string } => Boolean(d.date) && d.kind !== 'after' && (daysUntil(today, d.date!) ?? -1) >= 0,
  );
}

export interface NoticeCaseInput {
  /** The notice as pasted (kept whole in the case, as the case page keeps a pasted notice). */
  text: string;
  decoded: DecodedNotice;
  /** The day the notice arrived (the reader's, or the notice's own), YYYY-MM-DD. */
  noticeDate: string;
  /** Kind name in the page language, for the title. */
  kindName: string;
  /** "Deadlines in the notice" in the page language, heading the note. */
  deadlinesHeading: string;
  /** One line per deadline, in the page language (the element formats them). */
  deadlineLines: string[];
}

/** The case a notice starts: its title, text, date, marketplace, triage answer, templates, and the deadlines as a note. */
export function caseFromNotice(input: NoticeCaseInput, now: number): Case {
  const best = input.decoded.matches[0];
  const marketplace = input.decoded.extracted.marketplace ?? '';
  const item = newCase(
    {
      title: input.kindName,
      ...(best?.triage ? { situation: best.triage } : {}),
      situationText: input.kindName,
      marketplace: ['US', 'CA', 'MX', 'UK', 'DE', 'FR', 'IT', 'ES', 'JP', 'IN'].includes(marketplace) ? marketplace : '',
      noticeDate: input.noticeDate,
      noticeText: input.text,
      templates: best ? [...best.templates.slice(0, 1)] : [],
    },
    now,
  );
  if (input.deadlineLines.length)
    item.entries = [
      {
        id: newId(),
        type: 'note',
        date: input.noticeDate,
        text: [input.deadlinesHeading, ...input.deadlineLines].join('\n'),
        updatedAt: now,
      },
    ];
  return item;
}

/** Writes the new case into the stored case file (merging, as the case page does) and makes it the current case. */
export function startCase(storage: StorageLike, item: Case): WriteResult {
  const mine: CaseFile = { schema: CASE_SCHEMA, version: CASE_VERSION, cases: [item], deleted: {} };
  const result = writeMerged(storage, mine);
  if (result.ok) {
    try {
      storage.setItem(CASE_CURRENT_KEY, item.id);
    } catch {
      /* only the choice of case is lost */
    }
  }
  return result;
}

/** A template field the notice can fill: its key and placeholder kind (content/templates/*.yaml). */
export interface FillableField {
  key: string;
  kind: string;
}

/** Values for a template's fields from the notice: ASIN, order ID, notice date, complaint ID, rights owner, marketplace. */
export function prefillValues(decoded: DecodedNotice, fields: readonly FillableField[], noticeDate: string): Map<string, string> {
  const { extracted } = decoded;
  const values = new Map<string, string>();
  const set = (key: string, value: string | undefined) => value && values.set(key, value);
  for (const { key, kind } of fields) {
    if (kind === 'asin' || key === 'asin') set(key, extracted.asins[0]);
    else if (kind === 'order-id' || key === 'order_id') set(key, extracted.orderIds[0]);
    else if (key === 'notice_date') set(key, noticeDate);
    else if (key === 'complaint_id') set(key, extracted.complaintIds[0]);
    else if (key === 'rights_owner' || key === 'rights_owner_company') set(key, extracted.rightsOwner.name);
    else if (key === 'rights_owner_email' || (kind === 'email' && key.startsWith('rights_owner'))) set(key, extracted.rightsOwner.email);
    else if (key === 'marketplace_site') set(key, MARKETPLACE_SITES[extracted.marketplace ?? '']);
  }
  return values;
}

/** Saves the values where the template page's island reads them (shared keys in the shared record), newest wins. */
export function savePrefill(storage: StorageLike, slug: string, values: ReadonlyMap<string, string>, now: number): boolean {
  const changes = new Map<string, Stamped>([...values].map(([key, value]) => [key, { value, at: now }]));
  return changes.size === 0 || saveChanges(storage, slug, changes);
}
