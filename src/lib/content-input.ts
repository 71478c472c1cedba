/**
 * From parsed collections to the input of the cross-file rules (validate.ts). The build passes Astro's collection
 * entries, scripts/validate-content.ts the entries it parsed with the same schemas: both go through here.
 */
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { ContactPurposeData } from '../schemas/contact-purposes.ts';
import type { ContactData } from '../schemas/contacts.ts';
import type { GuideData } from '../schemas/guides.ts';
import type { TemplateData } from '../schemas/templates.ts';
import type { SituationData } from '../schemas/situations.ts';
import type { TriageNodeData } from '../schemas/triage.ts';
import type { NoticeKindData } from '../schemas/notice-kinds.ts';
import type { ContentInput } from './validate.ts';

/** One parsed entry, as a collection holds it. */
export interface ParsedEntry<T> {
  id: string;
  /** The entry's file, relative to the project root. */
  filePath?: string;
  data: T;
}

/** The collections the cross-file rules read. */
export interface ParsedContent {
  templates: readonly ParsedEntry<TemplateData>[];
  explainers: readonly ParsedEntry<unknown>[];
  guides: readonly ParsedEntry<GuideData>[];
  categories: readonly ParsedEntry<unknown>[];
  contactPurposes: readonly ParsedEntry<Pick<ContactPurposeData, 'accepts'>>[];
  contacts: readonly ParsedEntry<ContactData>[];
  sources: readonly ParsedEntry<unknown>[];
  triage: readonly ParsedEntry<TriageNodeData>[];
  situations: readonly ParsedEntry<SituationData>[];
  featured: readonly ParsedEntry<unknown>[];
  /** Absent where a caller does not load it. */
  noticeKinds?: readonly ParsedEntry<NoticeKindData>[];
}

/** `<slug>.<locale>` ids of MDX entries → their parts. */
export function splitLocalizedId(id: string): { slug: string; locale: string } {
  const dot = id.lastIndexOf('.');
  return { slug: id.slice(0, dot), locale: id.slice(dot + 1) };
}

/** The entry's file; a collection kept in one file names that file even when the loader left filePath out. */
function fileOf(collection: CollectionName, entry: ParsedEntry<unknown>): string {
  if (entry.filePath) return entry.filePath;
  const source: { file: string } | { folder: string; extension: string } = COLLECTIONS[collection].source;
  return 'file' in source ? source.file : `${source.folder}/${entry.id}${source.extension}`;
}

export function contentInputOf(c: ParsedContent): ContentInput {
  return {
    templates: c.templates.map((t) => ({ ...t.data, file: fileOf('templates', t), id: t.id })),
    explainers: c.explainers.map((e) => ({ file: fileOf('explainers', e), ...splitLocalizedId(e.id) })),
    guides: c.guides.map((g) => ({ ...g.data, file: fileOf('guides', g), ...splitLocalizedId(g.id) })),
    categories: c.categories.map((e) => e.id),
    contactPurposes: c.contactPurposes.map((p) => p.id),
    purposeAccepts: Object.fromEntries(c.contactPurposes.map((p) => [p.id, p.data.accepts])),
    contacts: c.contacts.map((e) => ({ ...e.data, file: fileOf('contacts', e), id: e.id })),
    sources: c.sources.map((e) => e.id),
    triage: c.triage.map((n) => ({ ...n.data, file: fileOf('triage', n), id: n.id })),
    situations: c.situations.map((e) => ({ ...e.data, file: fileOf('situations', e), id: e.id })),
    featured: c.featured.map((e) => ({ file: fileOf('featured', e), id: e.id })),
    ...(c.noticeKinds ? { noticeKinds: c.noticeKinds.map((k) => ({ ...k.data, file: fileOf('noticeKinds', k), id: k.id })) } : {}),
  };
}
