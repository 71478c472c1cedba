/**
 * How pages are wired to the site's scripts and to the case file, read from dist/ without a browser: the island's
 * code ships on template pages with a letter to fill and nowhere else, and every triage answer, notice and appeal
 * links to a new case with its situation or template preselected.
 */
import { expect, test } from 'vitest';
import { readContent } from '../../scripts/read-content';
import { FIELD_INPUTS } from '../../src/lib/field-input';
import { FIELD_LIMITS } from '../../src/lib/field-limits';
import { builtPages, ids, readDist, select, tags, type BuiltPage } from '../support/dist';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const page = (path: string): BuiltPage => {
  const found = byPath.get(path);
  if (!found) throw new Error(`no built page ${path}`);
  return found;
};
const scripts = (p: BuiltPage) => tags(p.html, 'script').flatMap((s) => (s.src ? [s.src] : []));
const links = (p: BuiltPage) => tags(p.html, 'a');

test('the island script ships on template pages with a letter to fill, and nowhere else', () => {
  const home = new Set(scripts(page('/')));
  const islandScripts = scripts(page('/templates/odr-a-to-z-vacation/')).filter((src) => !home.has(src));
  expect(islandScripts.length).toBeGreaterThan(0);
  const wrong: string[] = [];
  for (const p of pages) {
    // Amazon's notices are read-only pages: no island.
    const isTemplate = /\/templates\/[^/]+\/$/.test(p.path) && tags(p.html, 'fill-letter').length > 0;
    const hasIsland = scripts(p).some((src) => islandScripts.includes(src));
    if (hasIsland !== isTemplate) wrong.push(`${p.path}: ${hasIsland ? 'ships' : 'lacks'} the island script`);
  }
  expect(wrong).toEqual([]);
  // The notice pages are template pages without the island: the rule above saw some.
  expect(scripts(page('/templates/notice-account-deactivated/')).some((src) => islandScripts.includes(src))).toBe(false);
});

test('every triage answer, notice and appeal template links to a new case, preselected', () => {
  const caseIds = ids(page('/en/case/').html);
  const answers = pages.filter((p) => /^\/en\/triage\/.+/.test(p.path) && p.html.includes('data-route'));
  expect(answers.length).toBeGreaterThan(10);
  for (const answer of answers) {
    const link = links(answer).find((a) => 'data-case-link' in a);
    const target = /^\/en\/case\/#(new-[\w-]+)$/.exec(link?.href ?? '');
    expect(target, `${answer.path}: no link to a new case`).not.toBeNull();
    expect(caseIds.has(target![1]!), `${answer.path}: the case page has no #${target![1]}`).toBe(true);
  }
  for (const slug of ['notice-account-deactivated', 'notice-account-under-review', 'odr-a-to-z-vacation', 'inauthentic-complaint-poa']) {
    const hrefs = links(page(`/en/templates/${slug}/`)).map((a) => a.href);
    expect(hrefs, slug).toContain(`/en/case/#template-${slug}`);
    expect(caseIds.has(`template-${slug}`), slug).toBe(true);
  }
  expect(tags(page('/en/templates/odr-a-to-z-vacation/').html, 'case-save')).toHaveLength(1);
  expect(tags(page('/en/templates/notice-account-deactivated/').html, 'case-save')).toHaveLength(0);
  expect(links(page('/en/templates/return-ask-reason/')).some((a) => 'data-case-link' in a)).toBe(false);
  expect(tags(readDist('en/case/index.html'), 'case-file')).toHaveLength(1);
});

test('every field of every template form is the element its placeholder kind asks for (src/lib/field-input.ts)', () => {
  const { content } = readContent();
  let checked = 0;
  for (const { data } of content.templates) {
    const form = page(`/en/templates/${data.slug}/`).html;
    for (const placeholder of data.placeholders ?? []) {
      const [field] = select(form, `[data-fill-form] [name="${placeholder.key}"]`);
      if (!field) continue;
      const input = FIELD_INPUTS[placeholder.kind];
      const where = `${data.slug} ${placeholder.key} (${placeholder.kind})`;
      expect(field.attributes.type ?? 'textarea', where).toBe(input.multiline ? 'textarea' : input.type);
      expect(field.attributes.maxlength, where).toBe(input.bounded ? String(FIELD_LIMITS[placeholder.kind]) : undefined);
      expect('placeholder' in field.attributes, where).toBe(input.showsExample);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(300);
});
