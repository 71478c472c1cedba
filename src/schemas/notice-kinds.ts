/** content/notice-kinds.yaml: the kinds of notice Amazon sends, how to recognise each one, and what it asks the seller to do. */
import { z } from 'astro/zod';
import { bilingualSchema as bilingual } from './bilingual.ts';
import { sourceRefSchema } from './source-ref.ts';

/** What a notice asks for first: the reader sees this before anything else. */
export const NOTICE_ACTIONS = [
  'appeal',
  'retraction',
  'documents',
  'video-interview',
  'listing-edit',
  'answer-hours',
  'wait',
  'lawyer',
  'nothing',
] as const;
export type NoticeAction = (typeof NOTICE_ACTIONS)[number];

/** Phrases in either language; matched after width, case, script and spacing are normalised, so write them plainly. */
const phrases = z
  .array(
    z
      .string()
      .trim()
      .min(2, 'a signal phrase needs at least 2 characters')
      .refine(
        // eslint-disable-next-line no-control-regex -- the ASCII range (from \x00) tells a Latin phrase from a Chinese one
        (p) => /[^\x00-\x7f]/.test(p) || p.replace(/[^a-z0-9]/gi, '').length >= 3,
        'a Latin signal phrase needs at least 3 letters or digits',
      ),
  )
  .default([]);

export const noticeKindSchema = z
  .object({
    /** Position in lists (the notice page's "all kinds" list). */
    order: z.number().int(),
    /** Short name of the kind, as a seller would say it. */
    name: bilingual,
    /** What the notice means, in two or three plain sentences. */
    meaning: bilingual,
    /** What it asks for first (see NOTICE_ACTIONS); later entries are other routes the notice may offer. */
    actions: z.array(z.enum(NOTICE_ACTIONS)).min(1, 'name at least one action'),
    /** The action in one sentence: what to send or do, and whether an appeal is needed at all. */
    actionText: bilingual,
    /** Where to answer, as of a date, with its source. */
    route: z
      .object({
        /** Where the answer goes (Account Health, a reply, a form, the rights owner…), hedged where sources disagree. */
        text: bilingual,
        /** Day an editor last checked the route against the source. */
        asOf: z.coerce.date(),
        /** Where the route comes from. */
        source: sourceRefSchema,
      })
      .strict(),
    /** Documents this kind of notice asks for (empty when it asks for none). */
    documents: z.array(bilingual).default([]),
    /** Template slugs to use, best first. */
    templates: z.array(z.string()).default([]),
    /** Guide slugs that explain it, best first. */
    guides: z.array(z.string()).default([]),
    /** Triage node (content/triage.yaml) a case started from this notice is filed under: an answer, or the situation whose question leads to the answers. */
    triage: z.string().optional(),
    /** How to recognise it: Amazon's own phrases, policy names, section numbers, subject lines, in English and Chinese. */
    signals: z
      .object({
        /** Phrases only this kind uses (weight 6 each). */
        strong: phrases,
        /** Phrases this kind uses and a few others share (weight 3). */
        medium: phrases,
        /** Words that lean towards it (weight 1). */
        weak: phrases,
        /** Phrases that argue against it: another kind's wording (weight −6). */
        against: phrases,
      })
      .strict(),
  })
  .strict();

export type NoticeKindData = z.infer<typeof noticeKindSchema>;
