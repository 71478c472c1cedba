import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { rel } from './support/site';
import { basePath } from '../../src/lib/deploy';

/**
 * Sellers' queries through the real search page, in Chromium: each must have its expected page among the first
 * three results. Six sets, each with its own printed hit rate: the query set the ranking was developed against
 * (tests/fixtures/search-queries.json, bar 95 % as issue 13 asks) and four held-out sets written before they were
 * ever run (tests/fixtures/search-queries-heldout*.json, bar 90 %: they measure how the ranking generalises; see
 * docs/SEARCH.md for which of them have guided changes since), and one for the situations of issue 22
 * (tests/fixtures/search-queries-situations.json, bar 90 %; written by the pages' author, so not blind).
 */
interface Query {
  site: '/search/' | '/en/search/' | '/zh-hant/search/';
  q: string;
  expected: string;
  style: string;
}

const SETS = [
  { name: 'Search query set', file: 'tests/fixtures/search-queries.json', target: 0.95, minimum: 100 },
  { name: 'Held-out query set', file: 'tests/fixtures/search-queries-heldout.json', target: 0.9, minimum: 40 },
  { name: 'Second held-out query set', file: 'tests/fixtures/search-queries-heldout-2.json', target: 0.9, minimum: 80 },
  { name: 'Third held-out query set', file: 'tests/fixtures/search-queries-heldout-3.json', target: 0.9, minimum: 70 },
  { name: 'Fourth held-out query set', file: 'tests/fixtures/search-queries-heldout-4.json', target: 0.9, minimum: 70 },
  { name: 'Situations query set', file: 'tests/fixtures/search-queries-situations.json', target: 0.9, minimum: 50 },
];
const base = basePath();

/**
 * Sends one query as a reader does (typed into the box, then Enter, which submits the form) and returns the site
 * paths (no base, with #anchor) of the first three results on screen once the search is done. One round trip per
 * query: almost 500 queries are run.
 */
async function topThree(page: Page, q: string): Promise<string[]> {
  const hrefs = await page.evaluate(async (q) => {
    const element = document.querySelector<HTMLElement>('site-search')!;
    const input = element.querySelector<HTMLInputElement>('[data-search-input]')!;
    element.dataset.state = 'sent';
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.form!.requestSubmit();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no results state for "${q}" after 15 s`)), 15_000);
      const settled = () => element.dataset.state === 'done';
      const observer = new MutationObserver(() => {
        if (!settled()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(element, { attributes: true, attributeFilter: ['data-state'] });
    });
    return [...element.querySelectorAll<HTMLAnchorElement>('[data-search-results] a[data-result-link]')].map((a) => a.href);
  }, q);
  return hrefs.slice(0, 3).map((href) => {
    const url = new URL(href);
    return `/${url.pathname.slice(base.length)}${url.hash}`;
  });
}

for (const set of SETS) {
  test(`${set.name}: sellers’ queries find the page they need in the top three (≥ ${set.target * 100} %)`, async ({ page }) => {
    test.setTimeout(300_000);
    const { queries } = JSON.parse(readFileSync(set.file, 'utf8')) as { queries: Query[] };
    expect(queries.length).toBeGreaterThanOrEqual(set.minimum);
    const misses: string[] = [];
    const bySite = new Map<string, { hits: number; total: number }>();
    let site = '';
    for (const query of queries) {
      // One page load per site; then each query is typed into its box and sent with Enter, as a reader does.
      if (query.site !== site) {
        site = query.site;
        await page.goto(rel(site));
        // Focusing the box loads the search element; Enter before it is defined would submit the form natively.
        await page.locator('[data-search-input]').focus();
        await page.waitForFunction(() => customElements.get('site-search') !== undefined);
      }
      const top = await topThree(page, query.q);
      const hit = top.includes(query.expected);
      const tally = bySite.get(query.site) ?? { hits: 0, total: 0 };
      tally.total += 1;
      if (hit) tally.hits += 1;
      else misses.push(`  ✗ ${query.site} “${query.q}” (${query.style}) → ${query.expected}; got ${top.join(', ') || 'nothing'}`);
      bySite.set(query.site, tally);
    }
    const hits = queries.length - misses.length;
    const rate = hits / queries.length;
    const perSite = [...bySite].map(([site, t]) => `${site} ${t.hits}/${t.total}`).join(', ');
    console.log(
      `${set.name}: ${hits}/${queries.length} in the top 3 = ${(rate * 100).toFixed(1)} % (target ≥ ${set.target * 100} %); ${perSite}`,
    );
    if (misses.length) console.log(misses.join('\n'));
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(set.target);
  });
}
