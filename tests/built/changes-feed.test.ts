/**
 * The "what changed" page and its Atom feeds in dist/: each feed validates (well-formed XML, Atom namespace, id,
 * title, updated, author, links, unique entry ids, RFC 3339 dates), holds every entry of content/changes.yaml,
 * and points at anchors the page has; every page announces its locale's feed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import { atomProblems, parseXml } from '../support/atom';
import { distHas, htmlFiles, readDist } from '../support/dist';

const changes = parse(readFileSync('content/changes.yaml', 'utf8')) as { id: string; links?: string[] }[];
const LOCALES = [
  { prefix: '', feed: 'changes.xml', page: 'changes/index.html' },
  { prefix: 'en/', feed: 'en/changes.xml', page: 'en/changes/index.html' },
  { prefix: 'zh-hant/', feed: 'zh-hant/changes.xml', page: 'zh-hant/changes/index.html' },
];

describe('the changes feeds', () => {
  for (const { prefix, feed, page } of LOCALES) {
    it(`${feed} is a valid Atom feed of every change, linking to anchors on ${page}`, () => {
      const xml = readDist(feed);
      expect(atomProblems(xml)).toEqual([]);
      const entries = parseXml(xml).children.filter((c) => c.name === 'entry');
      expect(entries).toHaveLength(changes.length);
      const html = readDist(page);
      for (const entry of entries) {
        const href = entry.children.find((c) => c.name === 'link')!.attributes.href!;
        const url = new URL(href);
        expect(url.pathname).toBe(`/${prefix}changes/`);
        expect(html, `${page} has no element with id ${url.hash}`).toContain(`id="${url.hash.slice(1)}"`);
      }
    });
  }

  it('/changes.json holds every change, newest first, with the day changesSince filters on', () => {
    const data = JSON.parse(readDist('changes.json')) as { id: string; date: string; title: { zh: string; en: string } }[];
    expect(data.map((c) => c.id).sort()).toEqual(changes.map((c) => c.id).sort());
    for (const c of data) expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.map((c) => c.date)).toEqual([...data.map((c) => c.date)].sort().reverse());
  });

  it('every change links only to pages that exist, in every locale', () => {
    for (const { prefix } of LOCALES)
      for (const c of changes)
        for (const path of c.links ?? [])
          expect(distHas(`${prefix}${path.replace(/^\//, '')}index.html`), `${c.id} → ${prefix}${path}`).toBe(true);
  });

  it("every page announces its own locale's feed", () => {
    const pages = htmlFiles();
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const link = /<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/.exec(readDist(path));
      expect(link, path).not.toBeNull();
      const locale = LOCALES.find((l) => l.prefix && path.startsWith(l.prefix)) ?? LOCALES[0]!;
      expect(link![1], path).toBe(`/${locale.feed}`);
    }
  });
});
