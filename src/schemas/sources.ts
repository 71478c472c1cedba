/** content/sources.yaml: the seed articles content was edited from, keyed by file name. */
import { z } from 'astro/zod';
import { bilingualSchema as bilingual } from './bilingual.ts';

export const sourceSchema = z.object({
  /** Title of the source article, as published. */
  title: z.string(),
  /** Who published it (forum, blog, company). */
  publisher: z.string(),
  /** Year or span of years of publication. */
  year: z.string(),
  /** What the article contributed, in both languages. */
  description: bilingual,
});

export type SourceData = z.infer<typeof sourceSchema>;
