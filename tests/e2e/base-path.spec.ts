/**
 * Deploying under a sub-path (GitHub Pages project sites): one setting, BASE_PATH, moves the whole site. A copy of
 * the project is built with BASE_PATH=/seller-letters/ into its own folder (`astro build` alone: pages, search
 * index, _headers, robots.txt) and served on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { astroBuild, copyProject, removeProject } from '../support/project';

const BASE = '/seller-letters/';
let dir = '';
let server: ChildProcess | undefined;
let origin = '';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = copyProject();
  const out = join(dir, 'out');
  const env = { BASE_PATH: BASE };
  const build = await astroBuild(dir, ['--outDir', out], env);
  expect(build.code, build.output.slice(-3000)).toBe(0);
  const port = await freePort();
  origin = `http://localhost:${port}`;
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', out], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  await expect
    .poll(
      () =>
        fetch(`${origin}${BASE}`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 20_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
  if (dir) removeProject(dir);
});

/** Opens a page and records every response of 400 or more made while loading it. */
async function open(page: Page, path: string): Promise<string[]> {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  const response = await page.goto(`${origin}${BASE}${path.replace(/^\//, '')}`, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return failed;
}

for (const path of [
  '/',
  '/en/',
  '/templates/odr-a-to-z-vacation/',
  '/en/guides/plan-of-action/',
  '/contacts/',
  '/en/categories/account-health/',
]) {
  test(`under ${BASE}: ${path} loads its assets and every internal link resolves under the sub-path`, async ({ page, request }) => {
    const failed = await open(page, path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
    const urls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src], form[action]')].map(
        (el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src || (el as HTMLFormElement).action,
      ),
    );
    const internal = [...new Set(urls.filter((u) => u.startsWith(origin)).map((u) => u.split('#')[0]!))];
    expect(internal.length).toBeGreaterThan(10);
    expect(internal.filter((u) => !u.startsWith(`${origin}${BASE}`))).toEqual([]);
    for (const url of internal) {
      const response = await request.get(url, { maxRedirects: 0 });
      if (response.status() !== 200) failed.push(`${response.status()} ${url} (linked)`);
    }
    // Absolute URLs (canonical, hreflang, Open Graph) carry the sub-path too.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(`${BASE}${path.slice(1)}`);
    expect(failed).toEqual([]);
  });
}

test(`under ${BASE}: the language switch keeps the sub-path`, async ({ page }) => {
  await open(page, '/templates/odr-a-to-z-vacation/');
  await page.locator('[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(`${origin}${BASE}en/templates/odr-a-to-z-vacation/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('[data-lang-switch="zh-CN"]').click();
  await expect(page).toHaveURL(`${origin}${BASE}templates/odr-a-to-z-vacation/`);
});

test(`under ${BASE}: search loads Pagefind from the sub-path and its results link under it`, async ({ page, request }) => {
  await open(page, '/en/search/');
  const results = await page.evaluate(async (url) => {
    const pagefind = await import(url);
    const search = await pagefind.search('hijacker');
    return Promise.all(search.results.slice(0, 3).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
  }, `${origin}${BASE}pagefind/pagefind.js`);
  expect(results.length).toBeGreaterThan(0);
  for (const url of results) {
    expect(url.startsWith(`${BASE}en/`), url).toBe(true);
    expect((await request.get(`${origin}${url}`)).status(), url).toBe(200);
  }
});

test(`under ${BASE}: robots.txt, _headers and the 404 page use the sub-path`, async ({ request }) => {
  const out = join(dir, 'out');
  expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toMatch(new RegExp(`^Sitemap: https?://[^/]+${BASE}sitemap-index\\.xml$`, 'm'));
  expect(readFileSync(join(out, '_headers'), 'utf8').split('\n')[0]).toBe(`${BASE}*`);
  const missing = await request.get(`${origin}${BASE}no-such-page/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain(`href="${BASE}en/"`);
});
