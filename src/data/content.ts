/**
 * The one door to the content for pages: loads every collection once (Astro has parsed each entry with its schema
 * in src/schemas), runs the cross-file validation (src/lib/validate.ts) and fails the build with every problem,
 * file by file, before any page renders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { mailRoute, usedMarketplaces, type MailRoute } from '../lib/contacts';
import { contentLocale, pick, translate } from '../lib/i18n';
import type { Locale } from '../lib/locales';
import { MARKETPLACES, type Marketplace } from '../lib/model';
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
export type Situation = CollectionEntry<'situations'>;

/** A situation as one page lists it: where it leads, and that page's fields of it (order, labels). */
export type SituationLink<P extends 'home' | 'search'> = NonNullable<Situation['data'][P]> & { target: string };

export interface SiteContent {
  templates: Template[];
  templateBySlug: Map<string, Template>;
  explainers: Map<string, Explainer>;
  guides: Guide[];
  /** Guides by slug, per authored locale ('zh-CN', 'en'); read through `guidesIn`. */
  guidesByLocale: Map<string, Map<string, Guide>>;
  categories: Category[];
  categoryById: Map<string, Category>;
  purposes: ContactPurpose[];
  purposeById: Map<string, ContactPurpose>;
  contacts: Contact[];
  contactById: Map<string, Contact>;
  /** Marketplaces with at least one contact, in MARKETPLACES order (the search and contacts pages offer only these). */
  usedMarkets: Marketplace[];
  /** Where each template's "Open in email" goes (src/lib/contacts.ts), by template slug. */
  mailRouteBySlug: Map<string, MailRoute>;
  sources: Source[];
  /** The "what happened?" triage nodes, in file order. */
  triage: TriageNode[];
  /** The home page's situation cards (content/situations.yaml), in their order. */
  homeSituations: SituationLink<'home'>[];
  /** The search page's common problems (content/situations.yaml), in their order. */
  searchSuggestions: SituationLink<'search'>[];
  /** The home page's featured templates (content/featured.yaml), in their order. */
  featured: Template[];
}

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

async function load(): Promise<SiteContent> {
  const [templates, explainers, guides, categories, purposes, contacts, sources, triageEntries, situations, featured, noticeKinds] =
    await Promise.all([
      getCollection('templates'),
      getCollection('explainers'),
      getCollection('guides'),
      getCollection('categories'),
      getCollection('contactPurposes'),
      getCollection('contacts'),
      getCollection('sources'),
      getCollection('triage'),
      getCollection('situations'),
      getCollection('featured'),
      getCollection('noticeKinds'),
    ]);
  const triage: TriageNode[] = triageEntries.map((n) => ({ ...n.data, id: n.id }));
  const problems = validateContent(
    contentInputOf({
      templates,
      explainers,
      guides,
      categories,
      contactPurposes: purposes,
      contacts,
      sources,
      triage: triageEntries,
      situations,
      featured,
      noticeKinds,
    }),
  );
  problems.push(...(await staleNoticeSignals(noticeKinds)));
  if (problems.length) throw new Error(formatProblems(problems));
  templates.sort((a, b) => a.data.slug.localeCompare(b.data.slug));
  const templateBySlug = new Map(templates.map((t) => [t.data.slug, t]));
  guides.sort((a, b) => byOrder(a, b) || a.id.localeCompare(b.id));
  const guidesByLocale = new Map<string, Map<string, Guide>>();
  for (const g of guides) {
    const { slug, locale } = splitId(g.id);
    if (!guidesByLocale.has(locale)) guidesByLocale.set(locale, new Map());
    guidesByLocale.get(locale)!.set(slug, g);
  }
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const recipients = new Map(contacts.map((c) => [c.id, c.data]));
  return {
    templates,
    templateBySlug,
    explainers: new Map(explainers.map((e) => [e.id, e])),
    guides,
    guidesByLocale,
    categories: categories.sort(byOrder),
    categoryById: new Map(categories.map((c) => [c.id, c])),
    purposes: purposes.sort(byOrder),
    purposeById: new Map(purposes.map((p) => [p.id, p])),
    contacts,
    contactById,
    usedMarkets: usedMarketplaces(
      MARKETPLACES,
      contacts.map((c) => c.data),
    ),
    mailRouteBySlug: new Map(templates.map((t) => [t.data.slug, mailRoute(t.data.sendTo, recipients)])),
    sources,
    triage,
    homeSituations: situations
      .flatMap(({ data: { target, home } }) => (home ? [{ ...home, target }] : []))
      .sort((a, b) => a.order - b.order),
    searchSuggestions: situations
      .flatMap(({ data: { target, search } }) => (search ? [{ ...search, target }] : []))
      .sort((a, b) => a.order - b.order),
    featured: featured.sort(byOrder).map((f) => templateBySlug.get(f.id)!),
  };
}

/** The decoder's table (src/lib/notice-signals.ts) must be what content/notice-kinds.yaml compiles to today. */
async function staleNoticeSignals(kinds: CollectionEntry<'noticeKinds'>[]) {
  const [{ noticeSignalsModule, NOTICE_SIGNALS_FILE }, { readFile }] = await Promise.all([
    import('../lib/notice-module'),
    import('node:fs/promises'),
  ]);
  const current = await readFile(NOTICE_SIGNALS_FILE, 'utf8').catch(() => '');
  return current === noticeSignalsModule(kinds)
    ? []
    : [{ file: 'content/notice-kinds.yaml', message: `${NOTICE_SIGNALS_FILE} is out of date with this file: run npm run notice:data` }];
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

/** Guides in one locale, keyed by slug, in guide order. */
export function guidesIn(content: SiteContent, locale: Locale): Map<string, Guide> {
  return content.guidesByLocale.get(contentLocale(locale)) ?? new Map();
}

/** The title of the page a situation links to (validated by src/lib/validate.ts), so the reader sees where it goes. */
export function linkTitle(content: SiteContent, locale: Locale, target: string): string {
  const [path = '', anchor] = target.split('#');
  const [, section, slug = '', answer] = path.split('/');
  if (section === 'templates') return pick(locale, content.templateBySlug.get(slug)!.data.title);
  if (section === 'guides') return guidesIn(content, locale).get(slug)!.data.title;
  if (section === 'categories') return pick(locale, content.categoryById.get(slug)!.data.name);
  if (section === 'triage') return pick(locale, content.triage.find((n) => n.id === (answer || slug))!.title);
  const purpose = anchor === undefined ? undefined : content.purposeById.get(anchor);
  return purpose ? `${translate(locale, 'nav.contacts')} · ${pick(locale, purpose.data.name)}` : translate(locale, 'nav.contacts');
}
