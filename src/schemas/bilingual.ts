/** The building block of most content: one short text in both languages. */
import { z } from 'astro/zod';

/** Both languages of one short text; empty strings are rejected so a missing translation fails the build. */
export const bilingualSchema = z
  .object({
    /** Simplified Chinese text. */
    zh: z.string().trim().min(1, 'Chinese (zh) text is empty'),
    /** English text. */
    en: z.string().trim().min(1, 'English (en) text is empty'),
  })
  .strict(); // strict: an unquoted comma in a YAML `{ zh: …, en: … }` would otherwise cut the text silently

export type Bilingual = z.infer<typeof bilingualSchema>;
