import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { atomFeed, changesSince, escapeXml, rfc3339, sortChanges, type ChangeEntry, type FeedInfo } from '../../src/lib/changes';
import { checkedMonth, monthsBefore, staleEntries, staleWarning } from '../../src/lib/facts';
import { changeSchema } from '../../src/schemas/changes';
import { atomProblems, parseXml } from '../support/atom';

const change = (id: string, date: string, extra: Partial<ChangeEntry> = {}): ChangeEntry => ({
  id,
  date: new Date(`${date}T00:00:00Z`),
  kind: 'route',
  title: { zh: `标题 ${id}`, en: `Title ${id}` },
  text: { zh: '内容', en: 'Text' },
  links: [],
  ...extra,
});

const INFO: FeedInfo = {
  id: 'tag:example.org,2026:changes',
  title: 'What changed',
  lang: 'en',
  self: 'https://example.org/changes.xml',
  alternate: 'https://example.org/changes/',
  author: { name: 'Seller Letters' },
};

describe('changes since a day', () => {
  const entries = [change('a', '2026-10-01'), change('b', '2026-12-07'), change('c', '2026-11-15'), change('d', '2026-12-07')];

  it('lists what changed after the day, newest first, same-day entries in file order', () => {
    expect(changesSince(entries, '2026-11-01').map((e) => e.id)).toEqual(['b', 'd', 'c']);
    expect(changesSince(entries, '2026-11-15').map((e) => e.id)).toEqual(['b', 'd']); // a change of the saving day is not "since"
    expect(changesSince(entries, '2026-12-07T23:00:00.000Z')).toEqual([]);
    expect(changesSince(entries, '2026-01-01')).toHaveLength(4);
    expect(sortChanges(entries).map((e) => e.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('refuses what is not a day', () => {
    expect(() => changesSince(entries, 'last week')).toThrow(/not a day/);
  });
});

describe('the Atom feed', () => {
  const entries = [change('x', '2026-12-07'), change('y', '2026-11-02', { title: { zh: '甲', en: 'A & B <retraction> "quoted"' } })].map(
    (c) => ({
      id: `tag:example.org,2026:${c.id}`,
      title: c.title.en,
      summary: "Ltd.'s letter & more",
      updated: c.date,
      link: `https://example.org/changes/#${c.id}`,
      category: { term: c.kind, label: 'Route corrected' },
    }),
  );

  it('is well-formed Atom with every required element, unique ids and RFC 3339 dates', () => {
    const xml = atomFeed(INFO, entries);
    expect(atomProblems(xml)).toEqual([]);
    const feed = parseXml(xml);
    expect(feed.children.find((c) => c.name === 'updated')!.text).toBe('2026-12-07T00:00:00Z'); // the newest entry
    const titles = feed.children.filter((c) => c.name === 'entry').map((e) => e.children.find((c) => c.name === 'title')!.text);
    expect(titles).toEqual(['Title x', 'A & B <retraction> "quoted"']); // escaped in the file, decoded by the parser
  });

  it('the checker catches a broken feed', () => {
    const xml = atomFeed(INFO, entries);
    expect(atomProblems(xml.replace('</feed>', ''))[0]).toMatch(/not well-formed/);
    expect(atomProblems(xml.replace('xmlns="http://www.w3.org/2005/Atom"', ''))[0]).toMatch(/not an Atom <feed>/);
    expect(atomProblems(atomFeed(INFO, [entries[0]!, entries[0]!]))).toEqual([expect.stringMatching(/repeats the id/)]);
    expect(atomProblems(xml.replace('<updated>2026-11-02T00:00:00Z</updated>', '<updated>2 Nov 2026</updated>'))).toEqual([
      expect.stringMatching(/not an RFC 3339 date/),
    ]);
    expect(atomProblems(xml.replace(/<author>.*<\/author>/, ''))).toContain('entry 1 has no <author> and the feed has none');
    expect(atomProblems(xml.replace(/<link rel="self"[^>]*>/, ''))).toContain('feed has no <link rel="self">');
  });

  it('escapes markup and formats dates as RFC 3339', () => {
    expect(escapeXml(`<a href="x">Tom's & Co.</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; Co.&lt;/a&gt;');
    expect(rfc3339(new Date('2026-12-07T08:09:10.123Z'))).toBe('2026-12-07T08:09:10Z');
    expect(atomFeed(INFO, [])).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  });
});

describe('dated facts', () => {
  it('labels the month a fact was checked in each language', () => {
    expect(checkedMonth(new Date('2026-12-07'), 'zh')).toBe('2026-12');
    expect(checkedMonth(new Date('2026-12-07'), 'en')).toBe('December 2026');
  });

  it('finds entries not checked for more than 12 months, and says so', () => {
    expect(monthsBefore(new Date('2027-03-31'), 1).toISOString().slice(0, 10)).toBe('2027-02-28');
    const entries = [
      { collection: 'facts', id: 'fresh', asOf: new Date('2026-12-07') },
      { collection: 'deadlines', id: 'old', asOf: new Date('2025-12-06') },
      { collection: 'facts', id: 'edge', asOf: new Date('2025-12-07') },
    ];
    const stale = staleEntries(entries, new Date('2026-12-07'));
    expect(stale.map((e) => e.id)).toEqual(['old']);
    expect(staleWarning(stale)).toMatch(
      /1 fact\(s\) not checked for more than 12 months[\s\S]*content\/deadlines\.yaml → old: last checked 2025-12-06/,
    );
    expect(staleWarning([])).toBe('');
  });
});

describe('content/changes.yaml', () => {
  const raw = load(readFileSync('content/changes.yaml', 'utf8')) as { id: string }[];

  it('parses with its schema, ids unique', () => {
    for (const entry of raw) expect(changeSchema.safeParse(entry).success, entry.id).toBe(true);
    expect(new Set(raw.map((e) => e.id)).size).toBe(raw.length);
  });

  it('refuses a link that is not a site path', () => {
    const bad = { ...raw[0], links: ['https://example.org/'] };
    expect(changeSchema.safeParse(bad).success).toBe(false);
  });
});
