/** Wires each collection (src/schemas: schema and where its files live) to Astro's loaders. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, idFromFileName, type FileSource, type FolderSource } from './schemas/index.ts';

// Ids come from file names, not a `slug` field (Astro's default), so a duplicated slug reaches validation instead of silently replacing an entry.
const fromFolder = ({ folder, extension }: FolderSource) =>
  glob({ pattern: `*${extension}`, base: `./${folder}`, generateId: ({ entry }) => idFromFileName(entry, extension) });
const fromFile = (source: FileSource) => file(`./${source.file}`);

const {
  templates,
  explainers,
  guides,
  categories,
  contactPurposes,
  contacts,
  sources,
  triage,
  situations,
  featured,
  vocabulary,
  deadlines,
  facts,
  changes,
  noticeKinds,
} = COLLECTIONS;

export const collections = {
  templates: defineCollection({ loader: fromFolder(templates.source), schema: templates.schema }),
  explainers: defineCollection({ loader: fromFolder(explainers.source), schema: explainers.schema }),
  guides: defineCollection({ loader: fromFolder(guides.source), schema: guides.schema }),
  categories: defineCollection({ loader: fromFile(categories.source), schema: categories.schema }),
  contactPurposes: defineCollection({ loader: fromFile(contactPurposes.source), schema: contactPurposes.schema }),
  contacts: defineCollection({ loader: fromFile(contacts.source), schema: contacts.schema }),
  sources: defineCollection({ loader: fromFile(sources.source), schema: sources.schema }),
  triage: defineCollection({ loader: fromFile(triage.source), schema: triage.schema }),
  situations: defineCollection({ loader: fromFile(situations.source), schema: situations.schema }),
  featured: defineCollection({ loader: fromFile(featured.source), schema: featured.schema }),
  vocabulary: defineCollection({ loader: fromFile(vocabulary.source), schema: vocabulary.schema }),
  deadlines: defineCollection({ loader: fromFile(deadlines.source), schema: deadlines.schema }),
  facts: defineCollection({ loader: fromFile(facts.source), schema: facts.schema }),
  changes: defineCollection({ loader: fromFile(changes.source), schema: changes.schema }),
  noticeKinds: defineCollection({ loader: fromFile(noticeKinds.source), schema: noticeKinds.schema }),
};
