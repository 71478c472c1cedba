/** Where a dated fact, deadline or route comes from: one shape for every collection that cites a source. */
import { z } from 'astro/zod';
import { isLookalikeSellerCentral } from '../lib/facts.ts';

/** A source as the site cites it. */
export const sourceRefSchema = z.object({
  /** Title and publisher of the source, as published. */
  name: z.string().min(1),
  /** Where to read it (only Amazon's own pages are linked; others are shown as text). */
  url: z.url().refine((url) => !isLookalikeSellerCentral(url), {
    message: "a Seller Central address on a host that is not Amazon's (a mirror or lookalike): cite the page on Amazon's own site",
  }),
});
