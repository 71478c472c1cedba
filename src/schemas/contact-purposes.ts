/** content/contact-purposes.yaml: what each kind of Amazon address is for, keyed by id. */
import { z } from 'astro/zod';
import { TEMPLATE_KINDS } from '../lib/model.ts';
import { bilingualSchema as bilingual } from './bilingual.ts';

export const contactPurposeSchema = z.object({
  /** What the address is for, in both languages. */
  name: bilingual,
  /** When to use it, in both languages. */
  description: bilingual,
  /** Position on the contacts page (ascending). */
  order: z.number().int(),
  /** Template kinds its addresses take (a template may only sendTo a contact whose purpose accepts its kind); [] for mailboxes meant for someone else. */
  accepts: z.array(z.enum(TEMPLATE_KINDS)),
});

export type ContactPurposeData = z.infer<typeof contactPurposeSchema>;
