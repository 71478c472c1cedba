/** content/changes.yaml: dated content changes (new letters, corrected routes, new deadlines) for /changes/ and its Atom feed. */
import { z } from 'astro/zod';
import { CHANGE_KINDS } from '../lib/changes.ts';
import { bilingualSchema as bilingual } from './bilingual.ts';

export const changeSchema = z.object({
  /** Day the change reached the site (YYYY-MM-DD). */
  date: z.coerce.date(),
  /** letter: a letter added or rewritten; route: a corrected route or address; deadline: a deadline added or corrected; situation: a new situation or guide; tool: a new tool; correction: any other fix. */
  kind: z.enum(CHANGE_KINDS),
  /** One line: what changed. */
  title: bilingual,
  /** What changed and why it matters to a seller, in two or three sentences. */
  text: bilingual,
  /** Locale-free site paths the change concerns ('/templates/ip-retraction-notice/'); the first is the feed entry's link. */
  links: z.array(z.string().regex(/^\/[^\s]*$/, 'a link is a site path starting with /')).default([]),
});

export type ChangeData = z.infer<typeof changeSchema>;
