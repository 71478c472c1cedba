/**
 * The one door to the content for pages: loads every collection once (Astro has parsed each entry with its schema
 * in src/schemas), runs the cross-file validation (src/lib/validate.ts) and fails the build with every problem,
 * file by file, before any page renders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentLocale } from '../lib/i18n';
import type { Locale } from '../lib/model';
import type { TriageNode } from '../lib/triage';
import { contentInputOf, splitLocalizedId as splitId } from '../lib/content-input';
import { formatProblems, validateContent } from '../lib/validate';

export type Template = CollectionEntry<'templates'>;
export type Explainer = CollectionEntry<'explainers'>;
export type Guide = CollectionEntry<'guides'>;
export type Category = CollectionEntry<'categories'>;
export type Contact = CollectionEntry<'contacts'>;
export type ContactPurpose = CollectionEntry<'contactPurposes'>;
export type Source = CollectionEntry<'sources'>;

export interface SiteContent {
  templates: Template[];
  templateBySlug: Map<string, Template>;
  explainers: Map<string, Explainer>;
  guides: Guide[];
  categories: Category[];
  purposes: ContactPurpose[];
  contacts: Contact[];
  sources: Source[];
  /** The "what happened?" triage nodes, in file order. */
  triage: TriageNode[];
}

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

async function load(): Promise<SiteContent> {
  const [templates, explainers, guides, categories, purposes, contacts, sources, triageEntries] = await Promise.all([
    getCollection('templates'),
    getCollection('explainers'),
    getCollection('guides'),
    getCollection('categories'),
    getCollection('contactPurposes'),
    getCollection('contacts'),
    getCollection('sources'),
    getCollection('triage'),
  ]);
  const triage: TriageNode[] = triageEntries.map((n) => ({ ...n.data, id: n.id }));
  const problems = validateContent(contentInputOf({ templates, explainers, guides, categories, contactPurposes: purposes, contacts, sources, triage: triageEntries }));
  if (problems.length) throw new Error(formatProblems(problems));
  templates.sort((a, b) => a.data.slug.localeCompare(b.data.slug));
  return {
    templates,
    templateBySlug: new Map(templates.map((t) => [t.data.slug, t])),
    explainers: new Map(explainers.map((e) => [e.id, e])),
    guides: guides.sort((a, b) => byOrder(a, b) || a.id.localeCompare(b.id)),
    categories: categories.sort(byOrder),
    purposes: purposes.sort(byOrder),
    contacts,
    sources,
    triage,
  };
}

let cached: Promise<SiteContent> | undefined;
/** All content, validated; the same promise for every page of a build. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

/** The explainer of a template in one locale. */
export function explainerFor(content: SiteContent, slug: string, locale: Locale): Explainer {
  const entry = content.explainers.get(`${slug}.${contentLocale(locale)}`);
  if (!entry) throw new Error(`missing ${locale} explainer for ${slug}`);
  return entry;
}

/** Guides in one locale, keyed by slug. */
export function guidesIn(content: SiteContent, locale: Locale): Map<string, Guide> {
  const wanted = contentLocale(locale);
  return new Map(content.guides.filter((g) => splitId(g.id).locale === wanted).map((g) => [splitId(g.id).slug, g]));
}
