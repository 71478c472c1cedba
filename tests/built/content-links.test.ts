/**
 * Explainers and guides link with relative paths (`../<slug>/`, `../../contacts/#<purpose>`,
 * `../../guides/<slug>/`) that only the build can resolve. That every link and #fragment resolves is
 * tests/built/links.test.ts; this checks that such a relative link stays in the page's language: a link written for
 * a template page (../slug/) and reused on a guide page would jump to /guides/slug/, or out of /en/.
 */
import { expect, test } from 'vitest';
import { builtPages, tags } from '../support/dist';
import { basePath } from '../../src/lib/deploy';

const base = basePath();
const ORIGIN = 'http://site.invalid';

test('explainers and guides link to content with relative paths that stay in the page language', () => {
  const pages = builtPages().filter((p) => /^\/(en\/)?(templates|guides)\/[^/]+\/$/.test(p.path));
  expect(pages.length).toBeGreaterThan(50);
  const problems: string[] = [];
  let relative = 0;
  for (const page of pages) {
    const english = page.path.startsWith('/en/');
    for (const { href } of tags(page.html, 'a')) {
      if (!href?.startsWith('../')) continue;
      relative += 1;
      const url = new URL(href, new URL(`${base}${page.path.slice(1)}`, ORIGIN));
      if (url.pathname.startsWith(`${base}en/`) !== english) problems.push(`${page.path}: ${href} leaves the page language`);
    }
  }
  expect(relative).toBeGreaterThan(20);
  expect(problems).toEqual([]);
});
