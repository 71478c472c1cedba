/** The triage as built: every page the content defines exists in every language and is in the sitemap, and no other. */
import { expect, test } from 'vitest';
import { readContent } from '../../scripts/read-content';
import { LOCALE_IDS, localizePath } from '../../src/lib/locales';
import { triagePages, type TriageNode } from '../../src/lib/triage';
import { readDist, select, sitemapPaths } from '../support/dist';

const nodes: TriageNode[] = readContent().content.triage.map(({ id, data }) => ({ ...data, id }));

test('every triage page is built and listed in the sitemap, in every language', () => {
  const expected = ['/triage/', ...triagePages(nodes).map((p) => p.path)]
    .flatMap((path) => LOCALE_IDS.map((l) => localizePath(l, path)))
    .sort();
  const listed = sitemapPaths()
    .filter((p) => p.includes('/triage/'))
    .sort();
  expect(listed).toEqual(expected);
  expect(expected.length).toBeGreaterThan(40);
});

/** The triage's answer pages, in each language whose labels the content carries. */
const answers = triagePages(nodes).filter((p) => p.node.route);
const locales = [
  { prefix: '', side: 'zh' as const },
  { prefix: '/en', side: 'en' as const },
];

test('every answer names its route, links its templates in order and lists its deadlines, in both languages', () => {
  expect(answers.length).toBeGreaterThan(20);
  const problems: string[] = [];
  for (const { prefix, side } of locales)
    for (const p of answers) {
      const path = `${prefix}${p.path}`;
      const html = readDist(`${path.slice(1)}index.html`);
      const route = select(html, '[data-route] h2').map((h) => h.text);
      if (route.join() !== p.node.route!.label[side])
        problems.push(`${path}: route "${route.join()}", expected "${p.node.route!.label[side]}"`);
      const templates = select(html, 'main a[href*="/templates/"]').map((a) => a.attributes.href!.split('/').at(-2));
      if (templates.join() !== p.node.templates.join())
        problems.push(`${path}: templates ${templates.join()}, expected ${p.node.templates.join()}`);
      const deadlines = select(html, '[data-deadlines] li').length;
      if (deadlines !== p.node.deadlines.length) problems.push(`${path}: ${deadlines} deadlines, expected ${p.node.deadlines.length}`);
    }
  expect(problems).toEqual([]);
});
