/**
 * What the reader types into the case page's "add a letter sent / a reply / a note" forms, kept while they type
 * (F5): a reload, a closed tab or another tab's write does not lose a reply pasted and not yet added. One record
 * (CASE_DRAFTS_KEY), keyed by case id and form; a draft leaves when its entry is added, its case is deleted, or the
 * form is emptied. Storage-agnostic (StorageLike), so it runs in unit tests; it never throws.
 */
import { has, idRecord } from './case-file.ts';
import { CASE_DRAFTS_KEY, type StorageLike } from './storage-keys.ts';

/** The forms that keep drafts: the entry types the reader adds by hand. */
export const DRAFT_FORMS = ['appeal', 'reply', 'note'] as const;
export type DraftForm = (typeof DRAFT_FORMS)[number];

/** A form's fields as typed (name → value): date, text, and for letters sent template and subject. */
export type DraftFields = Record<string, string>;

/** Every draft: case id → form → fields. */
export type Drafts = Record<string, Partial<Record<DraftForm, DraftFields>>>;

const isForm = (value: string): value is DraftForm => (DRAFT_FORMS as readonly string[]).includes(value);
const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
/** The longest text a draft keeps: an entry's own limit is checked when it is added. */
const MAX_DRAFT_CHARS = 400_000;

/** Only the fields worth keeping: strings, cut to the limit; none when nothing was typed in the text. */
function clean(fields: unknown): DraftFields | undefined {
  if (!isObject(fields)) return undefined;
  const out = idRecord<string>();
  for (const [name, value] of Object.entries(fields)) if (typeof value === 'string') out[name] = value.slice(0, MAX_DRAFT_CHARS);
  return out.text?.trim() ? out : undefined;
}

/** The stored drafts; anything unreadable counts as none (a draft is a convenience, never the reader's only copy). */
export function readDrafts(storage: StorageLike): Drafts {
  const drafts = idRecord<Partial<Record<DraftForm, DraftFields>>>();
  try {
    const parsed: unknown = JSON.parse(storage.getItem(CASE_DRAFTS_KEY) ?? '{}');
    if (!isObject(parsed)) return drafts;
    for (const [id, forms] of Object.entries(parsed)) {
      if (!isObject(forms)) continue;
      const kept: Partial<Record<DraftForm, DraftFields>> = {};
      for (const [form, fields] of Object.entries(forms)) {
        const value = clean(fields);
        if (isForm(form) && value) kept[form] = value;
      }
      if (Object.keys(kept).length) drafts[id] = kept;
    }
  } catch {
    /* none */
  }
  return drafts;
}

/** One case's draft of one form, if any. */
export function draftOf(drafts: Drafts, caseId: string, form: DraftForm): DraftFields | undefined {
  return has(drafts, caseId) ? drafts[caseId]![form] : undefined;
}

function writeDrafts(storage: StorageLike, drafts: Drafts): boolean {
  try {
    if (Object.keys(drafts).length) storage.setItem(CASE_DRAFTS_KEY, JSON.stringify(drafts));
    else storage.removeItem(CASE_DRAFTS_KEY);
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps (or, when its text is empty, drops) one form's draft of one case, read-modify-write on what is stored, so a
 * draft another tab keeps for another case or form stays. Says whether it was stored.
 */
export function saveDraft(storage: StorageLike, caseId: string, form: DraftForm, fields: DraftFields): boolean {
  const drafts = readDrafts(storage);
  const value = clean(fields);
  const forms = { ...(has(drafts, caseId) ? drafts[caseId] : {}) };
  if (value) forms[form] = value;
  else delete forms[form];
  if (Object.keys(forms).length) drafts[caseId] = forms;
  else delete drafts[caseId];
  return writeDrafts(storage, drafts);
}

/** Drops a case's drafts (its case was deleted), or only those of the ids no longer in the file. */
export function dropDrafts(storage: StorageLike, keep: (caseId: string) => boolean): boolean {
  const drafts = readDrafts(storage);
  const ids = Object.keys(drafts).filter((id) => !keep(id));
  if (!ids.length) return true;
  for (const id of ids) delete drafts[id];
  return writeDrafts(storage, drafts);
}
