/** content/triage.yaml: the "what happened?" triage, situations (with an order), each with a direct answer or one follow-up question. */
import { z } from 'astro/zod';
import { bilingualSchema as bilingual } from './bilingual.ts';

export const triageOptionSchema = z.object({
  /** The choice as the seller would say it. */
  label: bilingual,
  /** Id of the answer node it leads to. */
  next: z.string(),
});

export const triageNodeSchema = z.object({
  /** Position on the start page; set on situations only (answers reached through a question leave it out). */
  order: z.number().int().optional(),
  /** What happened, as the seller would say it: the start page's link text, or the heading of an answer page. */
  title: bilingual,
  /** One line under the title on the start page. */
  hint: bilingual.optional(),
  /** The follow-up question; a node has either a question or a route. */
  question: z
    .object({
      /** The question, in both languages. */
      text: bilingual,
      /** What to check before answering. */
      help: bilingual.optional(),
      /** The choices; each leads to an answer node. */
      options: z.array(triageOptionSchema).min(2, 'a question needs at least two options'),
    })
    .optional(),
  /** The answer: the route to take. */
  route: z
    .object({
      /** Short name of the route, shown in the route map. */
      label: bilingual,
      /** The route in two or three sentences: what to do and where. */
      text: bilingual,
    })
    .optional(),
  /** What to do, in order. */
  steps: z.array(bilingual).default([]),
  /** Deadlines that apply, only as our sources state them or hedged ("check the deadline in your notice"). */
  deadlines: z.array(bilingual).default([]),
  /** What not to do. */
  avoid: z.array(bilingual).default([]),
  /** Template slugs to use on this route. */
  templates: z.array(z.string()).default([]),
  /** Contact ids (content/contacts.yaml) for this route. */
  contacts: z.array(z.string()).default([]),
  /** Contact purpose ids (content/contact-purposes.yaml), linked as "every marketplace". */
  contactPurposes: z.array(z.string()).default([]),
  /** Guide slugs that explain the route. */
  guides: z.array(z.string()).default([]),
  /** Ids of content/facts.yaml entries the route rests on, shown with their source and "checked" month. */
  facts: z.array(z.string()).default([]),
});

export type TriageNodeData = z.infer<typeof triageNodeSchema>;
/** A node as content/triage.yaml may write it: the lists may be left out. */
export type TriageNodeYaml = z.input<typeof triageNodeSchema>;
