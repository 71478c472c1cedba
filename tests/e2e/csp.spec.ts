/**
 * Content Security Policy in the browser: no page triggers a violation, searches included. The policy's text (strict,
 * first in <head>, repeated in dist/_headers) is checked without a browser in tests/built/csp.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { rel, sitemapPaths } from './support/site';

/** Collects CSP violations (the DOM event) and CSP console errors on a page. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return async () => [
    ...consoleErrors,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).map((v) => `${page.url()}: ${v}`),
  ];
}

// Every page, in groups of 20 with one test each: a slow stretch on a busy machine costs one group's time, not the
// whole walk's. The search pages (one per language) also load Pagefind's WebAssembly.
const ALL_PATHS = sitemapPaths();
const GROUP = 20;
test('the CSP walk covers the whole site, every language’s search page included', () => {
  expect(ALL_PATHS.length).toBeGreaterThan(80);
  expect(ALL_PATHS.filter((path) => path.endsWith('/search/'))).toHaveLength(3);
});
for (let start = 0; start < ALL_PATHS.length; start += GROUP) {
  const group = ALL_PATHS.slice(start, start + GROUP);
  test(`no CSP violation, searches included: ${group[0]} and ${group.length - 1} more`, async ({ page, baseURL }) => {
    const collect = await watchViolations(page);
    const violations: string[] = [];
    for (const path of group) {
      await page.goto(rel(path), { waitUntil: 'load' });
      if (path.endsWith('/search/')) {
        const hits = await page.evaluate(
          async (url) => {
            const pagefind = await import(url);
            const search = await pagefind.search('ODR');
            return search.results.length as number;
          },
          new URL(rel('/pagefind/pagefind.js'), baseURL).href,
        );
        expect(hits).toBeGreaterThan(0);
      }
      violations.push(...(await collect()));
    }
    expect(violations).toEqual([]);
  });
}

test('the violation watcher sees a blocked inline script (the gate can fail)', async ({ page }) => {
  const collect = await watchViolations(page);
  await page.goto(rel('/'));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(collect).not.toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
