/** From declared placeholders to the specs the letter renderer needs. Shared by pages and the island. */
import type { PlaceholderSpec } from './letter.ts';
import type { LetterExtras } from './letter-blocks.ts';
import type { DeclaredEvidence, DeclaredOption, DeclaredPlaceholder } from '../schemas/templates.ts';

/** A template's `placeholders:`, `options:` (optional paragraphs, see letter-blocks.ts) and `evidence:` (documents to attach), as its schema parses them. */
export type { DeclaredEvidence, DeclaredOption, DeclaredPlaceholder } from '../schemas/templates.ts';

/** Markers for empty values: English brackets in the letter, Chinese brackets in the translation. */
export function placeholderSpecs(declared: readonly DeclaredPlaceholder[], side: 'zh' | 'en' = 'en'): PlaceholderSpec[] {
  return declared.map((p) => ({
    key: p.key,
    kind: p.kind,
    marker: side === 'en' ? `[${p.label.en}]` : `【${p.label.zh}】`,
  }));
}

/** Fields remembered across templates: a reader types them once. */
export const SHARED_KEYS = ['store_name', 'seller_name', 'login_email', 'marketplace_site'] as const;

/** The ASIN shape the island nudges toward (B0 + 8 letters or digits); other 10-character ASINs exist (ISBNs). */
export const ASIN_HINT_RE = /^B0[A-Z0-9]{8}$/;

/** A template's switchable parts, in the shape the letter renderer takes (see letter-blocks.ts). */
export function letterExtras(
  template: {
    options?: readonly (Pick<DeclaredOption, 'key' | 'default'> & Partial<Pick<DeclaredOption, 'group'>>)[];
    evidence?: readonly (Pick<DeclaredEvidence, 'id' | 'label' | 'required'> & Partial<Pick<DeclaredEvidence, 'when'>>)[];
  },
  side: 'zh' | 'en' = 'en',
): LetterExtras {
  return {
    options: (template.options ?? []).map(({ key, default: on, group }) => ({ key, default: on, ...(group ? { group } : {}) })),
    attachments: (template.evidence ?? []).map((item) => ({
      id: item.id,
      text: item.label[side],
      required: item.required,
      ...(item.when ? { when: item.when } : {}),
    })),
  };
}
