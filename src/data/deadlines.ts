/** The deadlines content (content/deadlines.yaml), in file order, for the case page and its static table. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pick } from '../lib/i18n';
import type { Locale } from '../lib/locales';

export type Deadline = CollectionEntry<'deadlines'>;

let cached: Promise<Deadline[]> | undefined;
export function deadlines(): Promise<Deadline[]> {
  cached ??= getCollection('deadlines');
  return cached;
}

/**
 * What the browser needs of a deadline to date it and to tell whether it applies to a case (the case page, the
 * home page's "continue your case" card): the rule, its scope and its name in the page language.
 */
export function deadlineForBrowser({ id, data: d }: Deadline, locale: Locale) {
  return {
    id,
    name: pick(locale, d.name),
    from: d.from,
    count: d.count,
    unit: d.unit,
    kind: d.kind,
    ...(d.marketplaces ? { marketplaces: d.marketplaces } : {}),
    ...(d.situations ? { situations: d.situations } : {}),
    ...(d.onlyIf ? { onlyIf: d.onlyIf } : {}),
  };
}
