/** content/vocabulary.yaml: sellers' words beside the site's words, for search (see docs/SEARCH.md). */
import { z } from 'astro/zod';
import { SLUG_RE } from '../lib/patterns.ts';

export const vocabularySchema = z
  .object({
    /** Name of the meaning, unique, lower-case ASCII words joined by hyphens (used in messages). */
    id: z.string().regex(SLUG_RE, 'id must be lower-case ASCII words joined by hyphens'),
    /** Simplified Chinese words, the site's and the sellers' (Traditional forms are made with OpenCC). */
    zh: z.array(z.string().trim().min(1)).min(1),
    /** English words and phrases, common misspellings included. */
    en: z.array(z.string().trim().min(1)).min(1),
    /** Site paths without the language prefix (e.g. /templates/review-manipulation/) that get these words even when their text has none. */
    pages: z
      .array(z.string().regex(/^\/[^\s]*\/(#[\w-]+)?$/, 'a page is a site path such as /templates/<slug>/ or /contacts/#<purpose>'))
      .optional(),
    /** True when only `pages` get the words: for words most pages use (邮箱), which would otherwise tie the entry to every page. */
    pagesOnly: z.boolean().optional(),
  })
  .strict()
  .refine((entry) => !entry.pagesOnly || (entry.pages?.length ?? 0) > 0, { message: 'pagesOnly needs pages', path: ['pagesOnly'] });

export type VocabularyData = z.infer<typeof vocabularySchema>;
