/** content/situations.yaml: situations sellers arrive with — the home page's cards and the search page's common problems. */
import { z } from 'astro/zod';
import { bilingualSchema as bilingual } from './bilingual.ts';

export const situationSchema = z
  .object({
    /** Locale-free site path of the page that answers it first, e.g. /templates/<slug>/ or /contacts/#<purpose>; must exist. */
    target: z.string().regex(/^\/[a-z0-9/#-]*$/, 'target must be a locale-free site path such as /templates/<slug>/'),
    /** Id of the triage node (content/triage.yaml) that walks through the same problem, when there is one. */
    triage: z.string().optional(),
    /** Its card on the home page; without it the situation is not on the home page. */
    home: z
      .object({
        /** Position among the home page's cards (ascending). */
        order: z.number().int(),
        /** What happened, as the seller would say it: the card's heading. */
        title: bilingual,
        /** One line under the heading: what the target page gives. */
        text: bilingual,
      })
      .strict()
      .optional(),
    /** Its link among the search page's common problems; without it the situation is not on the search page. */
    search: z
      .object({
        /** Position among the common problems (ascending). */
        order: z.number().int(),
        /** The problem in a few words: the link text (the target page's title follows it). */
        label: bilingual,
      })
      .strict()
      .optional(),
  })
  .strict();

export type SituationData = z.infer<typeof situationSchema>;
