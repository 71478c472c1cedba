/** content/templates/<slug>.yaml: one letter, its placeholders, optional paragraphs and documents to attach. */
import { z } from 'astro/zod';
import { PLACEHOLDER_KINDS, TEMPLATE_KINDS } from '../lib/model.ts';
import { GUIDE_PARTS } from '../lib/poa-parts.ts';
import { bilingualSchema as bilingual } from './bilingual.ts';
import { KEY_RE, SLUG_RE } from '../lib/patterns.ts';

export const placeholderSchema = z.object({
  /** Key used in the letter as {{key}}: lower snake_case ASCII. */
  key: z.string().regex(KEY_RE, 'placeholder key must be lower snake_case ASCII'),
  /** Field label shown to the reader, in both languages. */
  label: bilingual,
  /** Realistic example value; for list kinds, one item per line. */
  example: z.string().regex(/\S/, 'placeholder has no example'),
  /** Input kind: decides the form control, validation and how the value is set in the letter. */
  kind: z.enum(PLACEHOLDER_KINDS),
  /** Optional hint shown under the field, in both languages. */
  hint: bilingual.optional(),
});

/** A paragraph the reader switches on or off in the form: the letter marks it {{#key}} … {{/key}}. */
export const optionSchema = z
  .object({
    /** Key used in the block markers: lower snake_case ASCII. */
    key: z.string().regex(KEY_RE, 'option key must be lower snake_case ASCII'),
    /** The switch's label, as a statement the reader can confirm (e.g. "The employee has left"). */
    label: bilingual,
    /** Whether the paragraph is in the letter until the reader decides (the worked example's choice). */
    default: z.boolean(),
    /** Optional hint under the switch: when to keep or drop the paragraph. */
    hint: bilingual.optional(),
    /** Alternatives: options sharing a group id are one choice (a radio; exactly one on, the default is the worked example's). */
    group: z.string().regex(KEY_RE, 'option group must be lower snake_case ASCII').optional(),
  })
  .strict();

/** The questions a consultant asks for one part of the letter, shown beside that part (MODEL §3). */
export const guideSchema = z
  .object({
    /** Which part: the opening (what happened), a Plan-of-Action part, or the attachments. */
    part: z.enum(GUIDE_PARTS),
    /** The questions, in both languages (the reader's language first, the other a tap away). */
    questions: z
      .object({
        /** Chinese questions, one per entry. */
        zh: z.array(z.string().regex(/\S/, 'empty question')).min(1, 'a guided part needs at least one question'),
        /** English questions, one per entry. */
        en: z.array(z.string().regex(/\S/, 'empty question')).min(1, 'a guided part needs at least one question'),
      })
      .strict(),
  })
  .strict();

/** A document the appeal should attach: printed in the letter's {{@attachments}} list and ticked off on the page. */
export const evidenceSchema = z
  .object({
    /** Stable id, unique within the template: lower-case ASCII words joined by hyphens. */
    id: z.string().regex(SLUG_RE, 'evidence id must be lower-case ASCII words joined by hyphens'),
    /** What the document is; the English label is the line the letter lists (no placeholders). */
    label: bilingual,
    /** Required items are always listed in the letter; optional ones only when the reader ticks them. */
    required: z.boolean(),
    /** Format notes: what the document must show, how recent, which file types. */
    notes: bilingual.optional(),
    /** Option key: the item is listed automatically while that option (or alternative) is on. */
    when: z.string().regex(KEY_RE, 'evidence when must name an option key').optional(),
  })
  .strict();

/** A notice's answer, shown before Amazon's own text (issue 24.4): what it means, what to do now, by when, which letter. */
export const noticeAnswerSchema = z
  .object({
    /** What the notice means, in two or three plain sentences. */
    means: bilingual,
    /** What to do now: short steps, in order. */
    now: z.array(bilingual).min(1),
    /** By when: the deadline or the usual wait, with its source as a readable title and the date it was checked. */
    byWhen: bilingual,
    /** Slugs of the letters that fit this notice, the best fit first. */
    letters: z.array(z.string().regex(SLUG_RE, 'letter slug must be lower-case ASCII words joined by hyphens')).min(1),
    /** A line above the letters when none fits exactly (e.g. "no letter is written for this; the closest are"). */
    lettersNote: bilingual.optional(),
    /** Sentences of today's versions of this notice that sellers paste into search (English or Chinese): its best bets. */
    phrases: z.array(z.string().regex(/\S/)).default([]),
  })
  .strict();

/** A letter body plus its Chinese reference translation (used for the main letter and the compliant rewrite). */
const letterVersion = {
  /** Subject line for letters sent by email; may contain placeholders. */
  subject: z.string().optional(),
  /** The English letter; specifics are {{placeholder}} markers, lists stand alone on their line. */
  letter: z.string().min(1),
  /** Chinese reference translation of the letter, for understanding only; may reuse {{placeholders}}. */
  translationZh: z.string().regex(/\S/, 'Chinese reference translation is missing'),
};

export const letterVersionSchema = z.object(letterVersion);

export const templateSchema = z.object({
  /** Stable ASCII slug; must equal the file name. */
  slug: z.string().regex(SLUG_RE, 'slug must be lower-case ASCII words joined by hyphens'),
  /** What the text is: an appeal to Amazon, another letter or request (to Amazon, a rights owner or a supplier), Amazon's own notice, a warning to another seller, or a buyer message. */
  kind: z.enum(TEMPLATE_KINDS),
  /** Category id from content/categories.yaml. */
  category: z.string(),
  /** Page title in both languages; says what the letter is. */
  title: bilingual,
  /** One or two sentences: when to use it. */
  summary: bilingual,
  ...letterVersion,
  /** Declared placeholders; every {{key}} in subject, letter and translation must be declared and used. */
  placeholders: z.array(placeholderSchema).default([]),
  /** Optional paragraphs the reader switches in the form; each is used as a {{#key}} … {{/key}} block. */
  options: z.array(optionSchema).default([]),
  /** Consultant's questions per part of the letter (what happened, root cause, actions taken, prevention, attachments). */
  guide: z.array(guideSchema).default([]),
  /** Documents to attach; required for appeals; listed where the letter has {{@attachments}}. */
  evidence: z.array(evidenceSchema).default([]),
  /** Seed file names this text came from (see content/sources.yaml); empty only when writtenForSite. */
  sources: z.array(z.string()).default([]),
  /** True when the text was written new for this site rather than edited from a source. */
  writtenForSite: z.boolean().default(false),
  /** Note on how the text was assembled, when it is not a straight edit of one letter. */
  editorialNote: bilingual.optional(),
  /** Policy risk: what current Amazon rule this text breaks. */
  risk: bilingual.optional(),
  /** A compliant rewrite shown beside a risky original; required when risk is set. */
  compliant: letterVersionSchema.optional(),
  /** Notices only: the answer shown first (meaning, steps, deadline, the letter that fits); Amazon's text follows in a disclosure. */
  answer: noticeAnswerSchema.optional(),
  /** Slugs of related templates. */
  related: z.array(z.string()).default([]),
  /** Slugs of variants of the same letter (shown as "compare variants"). */
  variants: z.array(z.string()).default([]),
  /** Contact ids (content/contacts.yaml) this letter is usually sent to. */
  sendTo: z.array(z.string()).default([]),
  /** Guide slugs that explain the situation. */
  guides: z.array(z.string()).default([]),
  /** Date an editor last checked the text against current Amazon practice. */
  lastReviewed: z.coerce.date(),
});

export type TemplateData = z.infer<typeof templateSchema>;
export type DeclaredPlaceholder = z.infer<typeof placeholderSchema>;
export type DeclaredOption = z.infer<typeof optionSchema>;
export type DeclaredEvidence = z.infer<typeof evidenceSchema>;
export type NoticeAnswer = z.infer<typeof noticeAnswerSchema>;
export type DeclaredGuide = z.infer<typeof guideSchema>;
export type LetterVersionData = z.infer<typeof letterVersionSchema>;
