/**
 * The "what changed" log (content/changes.yaml): entries in date order, the changes since a day (for the case file's
 * "re-check against today's rules"), and the Atom feed (RFC 4287) built from them. Pure: the build and the browser
 * share it; no Astro imports.
 */

export const CHANGE_KINDS = ['letter', 'route', 'deadline', 'situation', 'tool', 'correction'] as const;
/** What a change is about; the /changes/ page labels each entry with it. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The part of a change entry this module needs. */
export interface ChangeEntry {
  id: string;
  /** Day the change reached the site. */
  date: Date;
  kind: ChangeKind;
  title: { zh: string; en: string };
  text: { zh: string; en: string };
  links: string[];
}

/** A Date as its UTC calendar day, YYYY-MM-DD. */
export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

/** Newest first; entries of the same day keep their file order. */
export function sortChanges<T extends ChangeEntry>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.getTime() - a.entry.date.getTime() || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * The changes made after a day (YYYY-MM-DD, or an ISO timestamp: its UTC day counts), newest first. A letter saved
 * on a day is checked against that day's rules, so changes of that same day are not "since" it.
 */
export function changesSince<T extends ChangeEntry>(entries: readonly T[], since: string): T[] {
  const day = since.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`changesSince: not a day: ${since}`);
  return sortChanges(entries.filter((e) => dayOf(e.date) > day));
}

/** Text escaped for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** RFC 3339 timestamp of a date, in UTC without fractions: 2026-12-07T00:00:00Z. */
export const rfc3339 = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** One <entry> of the feed. */
export interface FeedEntry {
  /** A permanent, unique IRI for the entry. */
  id: string;
  title: string;
  summary: string;
  updated: Date;
  /** Absolute URL the entry points to. */
  link: string;
  /** Atom category term (the change's kind) and its label. */
  category?: { term: string; label: string };
}

/** What the feed says about itself. */
export interface FeedInfo {
  /** A permanent IRI for the feed (its own URL is fine). */
  id: string;
  title: string;
  subtitle?: string;
  /** BCP 47 language of the feed's text (xml:lang). */
  lang: string;
  /** Absolute URL of the feed itself (rel="self"). */
  self: string;
  /** Absolute URL of the page the feed follows (rel="alternate"). */
  alternate: string;
  author: { name: string; uri?: string };
}

/**
 * An Atom 1.0 document. `updated` is the newest entry's date (the feed's own date when it is empty: the Unix epoch,
 * so a rebuild without changes never changes the file).
 */
export function atomFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const x = escapeXml;
  const newest = entries.reduce((max, e) => Math.max(max, e.updated.getTime()), 0);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(info.lang)}">`,
    `  <id>${x(info.id)}</id>`,
    `  <title>${x(info.title)}</title>`,
    ...(info.subtitle ? [`  <subtitle>${x(info.subtitle)}</subtitle>`] : []),
    `  <updated>${rfc3339(new Date(newest))}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(info.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(info.alternate)}"/>`,
    `  <author><name>${x(info.author.name)}</name>${info.author.uri ? `<uri>${x(info.author.uri)}</uri>` : ''}</author>`,
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <id>${x(e.id)}</id>`,
      `    <title>${x(e.title)}</title>`,
      `    <updated>${rfc3339(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
      ...(e.category ? [`    <category term="${x(e.category.term)}" label="${x(e.category.label)}"/>`] : []),
      `    <summary>${x(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
