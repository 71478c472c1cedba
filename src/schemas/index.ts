/**
 * Every content collection: its zod schema and where its entries come from. src/content.config.ts wires these to
 * Astro's loaders; scripts/validate-content.ts reads the same files the same way and runs the same parse.
 */
import type { z } from 'astro/zod';
import { categorySchema } from './categories.ts';
import { changeSchema } from './changes.ts';
import { contactPurposeSchema } from './contact-purposes.ts';
import { contactSchema } from './contacts.ts';
import { deadlineSchema } from './deadlines.ts';
import { explainerSchema } from './explainers.ts';
import { factSchema } from './facts.ts';
import { featuredSchema } from './featured.ts';
import { guideSchema } from './guides.ts';
import { noticeKindSchema } from './notice-kinds.ts';
import { situationSchema } from './situations.ts';
import { sourceSchema } from './sources.ts';
import { templateSchema } from './templates.ts';
import { triageNodeSchema } from './triage.ts';
import { vocabularySchema } from './vocabulary.ts';

/** One entry per file in a folder (not its subfolders); the id is the file name without the extension. */
export interface FolderSource {
  folder: string;
  extension: '.yaml' | '.mdx';
}

/** One YAML file: a map (id → entry) or a list of entries that carry their own `id`. */
export interface FileSource {
  file: string;
}

export const COLLECTIONS = {
  templates: { schema: templateSchema, source: { folder: 'content/templates', extension: '.yaml' } },
  /** zh/en MDX explainers, one file per template and language: <slug>.zh-CN.mdx and <slug>.en.mdx. */
  explainers: { schema: explainerSchema, source: { folder: 'content/templates', extension: '.mdx' } },
  guides: { schema: guideSchema, source: { folder: 'content/guides', extension: '.mdx' } },
  categories: { schema: categorySchema, source: { file: 'content/categories.yaml' } },
  contactPurposes: { schema: contactPurposeSchema, source: { file: 'content/contact-purposes.yaml' } },
  contacts: { schema: contactSchema, source: { file: 'content/contacts.yaml' } },
  sources: { schema: sourceSchema, source: { file: 'content/sources.yaml' } },
  triage: { schema: triageNodeSchema, source: { file: 'content/triage.yaml' } },
  situations: { schema: situationSchema, source: { file: 'content/situations.yaml' } },
  featured: { schema: featuredSchema, source: { file: 'content/featured.yaml' } },
  vocabulary: { schema: vocabularySchema, source: { file: 'content/vocabulary.yaml' } },
  deadlines: { schema: deadlineSchema, source: { file: 'content/deadlines.yaml' } },
  /** Routes and requirements the site states, dated and sourced (facts, issue 21.7). */
  facts: { schema: factSchema, source: { file: 'content/facts.yaml' } },
  /** Dated content changes for /changes/ and its Atom feed. */
  changes: { schema: changeSchema, source: { file: 'content/changes.yaml' } },
  /** Kinds of Amazon notice, their signals and routes (the notice decoder, src/lib/notice.ts). */
  noticeKinds: { schema: noticeKindSchema, source: { file: 'content/notice-kinds.yaml' } },
} as const satisfies Record<string, { schema: z.ZodType; source: FolderSource | FileSource }>;

export type CollectionName = keyof typeof COLLECTIONS;

/** An entry's id from its file name in a folder collection (Astro's default would use the `slug` field instead). */
export const idFromFileName = (name: string, extension: string): string => name.slice(0, -extension.length);
