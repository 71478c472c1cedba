/** content/featured.yaml: the templates the home page features. */
import { z } from 'astro/zod';

export const featuredSchema = z
  .object({
    /** Slug of the featured template; the template must exist. */
    id: z.string(),
    /** Position on the home page (ascending). */
    order: z.number().int(),
  })
  .strict();

export type FeaturedData = z.infer<typeof featuredSchema>;
