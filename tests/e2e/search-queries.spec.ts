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

/** Site paths (no base, with #anchor) of the first three results on screen. */
async function topThree(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('[data-search-results] a[data-result-link]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
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
        await page.locator('[data-search-input]').focus();
      }
      await page.locator('site-search').evaluate((element) => ((element as HTMLElement).dataset.state = 'sent'));
      await page.locator('[data-search-input]').fill(query.q);
      await page.locator('[data-search-input]').press('Enter');
      await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
      const top = await topThree(page);
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
