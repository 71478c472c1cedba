/**
 * One walk over every page of the site, on a 390 px phone, with each page loaded once and checked for everything a
 * page's content (not its layout) can break: no request to another host, no CSP violation (the search pages also run
 * a Pagefind search, which loads its WebAssembly), nothing wider than the screen (a long URL in an explainer once
 * was), and axe's content rules plus the contrast of the shared chrome. The full axe run, page type by page type,
 * is tests/e2e/a11y.spec.ts; the CSP's text is checked without a browser in tests/built/csp.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, CHROME_ELEMENTS, CONTENT_RULES, installAxe } from './support/axe';
import { rel, sitemapPaths } from './support/site';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

declare global {
  interface Window {
    __cspSeen?: string[];
  }
}

/**
 * Prepares `page` for the walk and returns the check of the page it has loaded: every problem found, one line each,
 * prefixed with what kind it is.
 */
async function watch(page: Page, origin: string): Promise<() => Promise<string[]>> {
  let foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(`request to another host: ${url}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) foreign.push(`CSP: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspSeen = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspSeen!.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  await installAxe(page);
  return async () => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    const found = [
      ...foreign,
      ...(await page.evaluate(() => window.__cspSeen ?? [])).map((v) => `CSP: ${v}`),
      ...(width > PHONE.width ? [`wider than the phone: ${width}px`] : []),
      ...(
        await axeViolations(page, [{ rules: [...CONTENT_RULES, 'color-contrast'], narrowed: { 'color-contrast': CHROME_ELEMENTS } }])
      ).map((v) => `axe: ${v}`),
    ];
    foreign = [];
    return found;
  };
}

const PATHS = [...sitemapPaths(), '/404.html'];
// Pages in groups, one test each: a slow stretch on a busy machine costs one group's time, and a failure names its pages.
const GROUP = 15;

test('the walk covers the whole site, every language’s search page included', () => {
  expect(PATHS.length).toBeGreaterThan(80);
  expect(PATHS.filter((path) => path.endsWith('/search/'))).toHaveLength(3);
});

for (let start = 0; start < PATHS.length; start += GROUP) {
  const group = PATHS.slice(start, start + GROUP);
  test(`every page: ${group[0]} and ${group.length - 1} more`, async ({ page, baseURL }) => {
    const check = await watch(page, new URL(baseURL!).origin);
    const problems: string[] = [];
    for (const path of group) {
      await page.goto(rel(path), { waitUntil: 'load' });
      if (path.endsWith('/search/')) {
        const hits = await page.evaluate(
          async (url) => (await (await import(url)).search('ODR')).results.length as number,
          new URL(rel('/pagefind/pagefind.js'), baseURL).href,
        );
        expect(hits, path).toBeGreaterThan(0);
      }
      problems.push(...(await check()).map((p) => `${path}: ${p}`));
    }
    expect(problems).toEqual([]);
  });
}

test('the walk sees what it is there to catch (the gate can fail)', async ({ page, baseURL }) => {
  const check = await watch(page, new URL(baseURL!).origin);
  await page.goto(rel('/'));
  await page.evaluate(() => {
    const wide = document.createElement('div');
    wide.style.width = '900px';
    wide.textContent = 'wide';
    const unnamed = document.createElement('button');
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    const foreign = document.createElement('img');
    foreign.src = 'https://example.com/pixel.png';
    const faint = document.createElement('p');
    faint.textContent = 'Low contrast text';
    faint.style.cssText = 'color: #c8c8c8; background: #fff';
    document.querySelector('main')!.append(wide, unnamed, script, foreign);
    document.querySelector('body > header')!.append(faint);
  });
  await expect.poll(async () => (await check()).join('\n')).toMatch(/wider than the phone/);
  const found = (await check()).join('\n');
  // check() forgets requests it has reported; the rest is read from the page again.
  expect(found).toMatch(/CSP: script-src/);
  expect(found).toMatch(/CSP: img-src blocked https:\/\/example\.com/);
  expect(found).toMatch(/axe: button-name/);
  expect(found).toMatch(/axe: color-contrast/);
});
