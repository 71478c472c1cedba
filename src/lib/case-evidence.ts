/**
 * The evidence lists of templates, as the case checklist reads them. Templates carry
 * `evidence: [{ id, label: { zh, en }, required, notes?: { zh, en } }]` once their YAML has it; until then (or
 * when an item is malformed) a template simply contributes nothing, so the case page never breaks on it.
 */
import type { Bilingual } from '../schemas/bilingual.ts';
import type { DeclaredEvidence } from '../schemas/templates.ts';
import { SLUG_RE } from './patterns.ts';

/** One document of a template's `evidence:` list; its id is unique within the template. */
export type EvidenceItem = DeclaredEvidence;

const isBilingual = (value: unknown): value is Bilingual =>
  Boolean(value) && typeof value === 'object' && typeof (value as Bilingual).zh === 'string' && typeof (value as Bilingual).en === 'string';

const isItem = (value: unknown): value is EvidenceItem => {
  if (!value || typeof value !== 'object') return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item.id === 'string' &&
    SLUG_RE.test(item.id) &&
    isBilingual(item.label) &&
    typeof item.required === 'boolean' &&
    (item.notes === undefined || isBilingual(item.notes))
  );
};

/** The template's evidence items (none when it has no list yet). */
export function evidenceOf(templateData: object): EvidenceItem[] {
  const list = (templateData as { evidence?: unknown }).evidence;
  return Array.isArray(list) ? list.filter(isItem) : [];
}

/** Key of an item's ticked/note state in a case: items of two templates may share an id. */
export const evidenceKey = (slug: string, id: string) => `${slug}/${id}`;
