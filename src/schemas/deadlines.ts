/** content/deadlines.yaml: deadlines the case file dates and puts in the calendar; only as a source states them, hedged where they vary. */
import { z } from 'astro/zod';
import { DEADLINE_CONDITIONS, DEADLINE_EVENTS, DEADLINE_KINDS, DEADLINE_UNITS } from '../lib/deadlines.ts';
import { MARKETPLACES } from '../lib/model.ts';
import { SLUG_RE } from '../lib/patterns.ts';
import { bilingualSchema as bilingual } from './bilingual.ts';
import { sourceRefSchema } from './source-ref.ts';

export const deadlineSchema = z.object({
  /** Short name, e.g. "Funds request opens". */
  name: bilingual,
  /** What the deadline means and what to do, in a sentence or two. */
  text: bilingual,
  /** The event it counts from: the notice's day, or the day the latest appeal went out. */
  from: z.enum(DEADLINE_EVENTS),
  /** How many units after the event (negative: before it, e.g. the earliest invoice date). */
  count: z
    .number()
    .int()
    .refine((n) => n !== 0, 'count must not be 0'),
  /** Unit of count; business days skip weekends, hours round up to whole days. */
  unit: z.enum(DEADLINE_UNITS),
  /** act-by: the seller must act before it; expect: Amazon usually answers by then; opens: something becomes possible; earliest: documents dated on or after it. */
  kind: z.enum(DEADLINE_KINDS),
  /** Marketplaces it applies in (e.g. [DE, FR, IT, ES] for an EU law); left out: every marketplace. */
  marketplaces: z.array(z.enum(MARKETPLACES)).optional(),
  /** Triage answer ids (content/triage.yaml) of the situations it applies to; left out: every situation. */
  situations: z.array(z.string().regex(SLUG_RE)).optional(),
  /** What must be true of the seller: 'aha-enrolled' = only for sellers enrolled in Account Health Assurance. */
  onlyIf: z.enum(DEADLINE_CONDITIONS).optional(),
  /** Where the number varies by notice or seller ("以你的通知为准"); shown beside the date. */
  hedge: bilingual.optional(),
  /** Amazon's own words for the rule, in English, where a source quotes them (shown beside the source). */
  quote: z.string().min(1).optional(),
  /** Where the number comes from. */
  source: sourceRefSchema,
  /** Day an editor last checked the number against the source. */
  asOf: z.coerce.date(),
});

export type DeadlineData = z.infer<typeof deadlineSchema>;
