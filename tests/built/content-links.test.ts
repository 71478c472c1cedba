/**
 * Every link inside the site lands somewhere: explainers and guides link with relative paths (`../<slug>/`,
 * `../../contacts/#<purpose>`, `../../guides/<slug>/`, `../../templates/<slug>/`) that only the build can resolve,
 * so this reads every built page, resolves each same-site href against the page's own URL, and checks that the
 * target file exists in dist/ and that a #fragment names an element on the target page.
 */
import { expect, test } from 'vitest';
import { decodeEntities, distHas, htmlFiles, readDist } from '../support/dist';
import { basePath } from '../../src/lib/deploy';

const base = basePath();
const ORIGIN = 'http://site.invalid';

/** The dist/ file that serves a site path, or null when the path is outside the deploy base. */
function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const path = decodeURIComponent(pathname.slice(base.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readDist(file).matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
    idsCache.set(file, ids);
  }
  return ids;
}

test('every same-site link and #anchor on every page resolves', () => {
  // 404.html is served at whatever URL was missed, so its relative links have no fixed base; it is left out.
  const pages = htmlFiles().filter((f) => f !== '404.html');
  expect(pages.length).toBeGreaterThan(100);
  const problems = new Set<string>();
  let checked = 0;
  for (const page of pages) {
    const pageUrl = new URL(`${base}${page.replace(/index\.html$/, '')}`, ORIGIN);
    for (const [, raw] of readDist(page).matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
      const href = decodeEntities(raw!);
      if (/^(mailto|tel|javascript):/i.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (url.origin !== ORIGIN) continue;
      checked += 1;
      const file = fileFor(url.pathname);
      if (!file || !distHas(file)) {
        problems.add(`${page}: ${href} → no such page`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) problems.add(`${page}: ${href} → no #${fragment} on ${file}`);
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect([...problems]).toEqual([]);
});

test('explainers and guides link to content with relative paths that stay in the page language', () => {
  // A relative link written for a template page (../slug/) must not be reused on a guide page, where it
  // would point at /guides/slug/; the previous test catches the 404, this one the wrong-language jump.
  const problems: string[] = [];
  for (const page of htmlFiles().filter((f) => /^(en\/)?(templates|guides)\/[^/]+\/index\.html$/.test(f))) {
    const english = page.startsWith('en/');
    for (const [, raw] of readDist(page).matchAll(/<a\b[^>]*\shref="(\.\.\/[^"]*)"/g)) {
      const url = new URL(decodeEntities(raw!), new URL(`${base}${page.replace(/index\.html$/, '')}`, ORIGIN));
      if (url.pathname.startsWith(`${base}en/`) !== english) problems.push(`${page}: ${raw} leaves the page language`);
    }
  }
  expect(problems).toEqual([]);
});
