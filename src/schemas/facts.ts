/** content/facts.yaml: the routes and requirements the site states, each with its source and the day it was last checked. */
import { z } from 'astro/zod';
import { bilingualSchema as bilingual } from './bilingual.ts';
import { sourceRefSchema } from './source-ref.ts';

export const factSchema = z.object({
  /** The fact as the site states it, in a sentence or two. */
  text: bilingual,
  /** Amazon's own words for it, in English, where a source quotes them. */
  quote: z.string().min(1).optional(),
  /** Where it can differ or rests on one secondary source ("以你的通知为准"); shown beside it. */
  hedge: bilingual.optional(),
  /** Where the fact comes from. */
  source: sourceRefSchema,
  /** Day an editor last checked the fact against the source; the build warns after 12 months. */
  asOf: z.coerce.date(),
});

export type FactData = z.infer<typeof factSchema>;
