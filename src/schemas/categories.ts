/** content/categories.yaml: the categories templates are filed under, keyed by id. */
import { z } from 'astro/zod';
import { bilingualSchema as bilingual } from './bilingual.ts';

export const categorySchema = z.object({
  /** Category name in both languages. */
  name: bilingual,
  /** One-sentence description in both languages. */
  description: bilingual,
  /** Position in category lists (ascending). */
  order: z.number().int(),
  /** Documents an appeal in this category must name as attached; the letter checker's "missing evidence" rule reads it. */
  evidence: z
    .object({
      /** Each kind of document, every one required: its name and the words that show a letter mentions it. */
      kinds: z.array(
        z.object({
          /** The document's name in both languages, as the checker shows it. */
          label: bilingual,
          /** Lower-case words or phrases; the letter names the document when it contains any of them. */
          words: z.array(z.string().min(2)).min(1),
        }),
      ),
    })
    .optional(),
});

export type CategoryData = z.infer<typeof categorySchema>;
