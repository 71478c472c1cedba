/** content/guides/<slug>.<locale>.mdx: a guide, one file per content language. */
import { z } from 'astro/zod';

export const guideSchema = z.object({
  /** Guide title in this file's language. */
  title: z.string().min(1),
  /** One-sentence description for lists, search results and Open Graph. */
  description: z.string().min(1),
  /** Position in guide lists (ascending). */
  order: z.number().int(),
  /** Seed file names the guide draws on. */
  sources: z.array(z.string()).default([]),
  /** Template slugs the guide links to, listed at its end. */
  related: z.array(z.string()).default([]),
});

export type GuideData = z.infer<typeof guideSchema>;
