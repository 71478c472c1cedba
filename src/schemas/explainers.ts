/** content/templates/<slug>.<locale>.mdx: the explainer beside a template, one file per content language. */
import { z } from 'astro/zod';

/** No frontmatter: the title and summary come from the template; the file name says slug and language. */
export const explainerSchema = z.object({});
