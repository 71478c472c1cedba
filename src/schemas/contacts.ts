/** content/contacts.yaml: Amazon's addresses and web entry points, keyed by id. */
import { z } from 'astro/zod';
import { CONTACT_STATUSES, MARKETPLACES } from '../lib/model.ts';
import { bilingualSchema as bilingual } from './bilingual.ts';

export const contactSchema = z.object({
  /** Purpose id from content/contact-purposes.yaml. */
  purpose: z.string(),
  /** Marketplace code, or ALL when the address is not marketplace-specific. */
  marketplace: z.enum(MARKETPLACES),
  /** E-mail address; exactly one of email and url is set. */
  email: z.string().optional(),
  /** Web entry point (a page on Amazon's own site). */
  url: z.url().optional(),
  /** Seed file names that published this entry. */
  sources: z.array(z.string()).min(1, 'a contact needs at least one source'),
  /** How much the entry can be trusted today. */
  status: z.enum(CONTACT_STATUSES),
  /** Short note in both languages (e.g. the subject line to use, or a disagreement between sources). */
  note: bilingual.optional(),
});

export type ContactData = z.infer<typeof contactSchema>;
