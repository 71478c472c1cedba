/**
 * Content Security Policy: every page's <meta> policy is strict (no inline scripts without a hash, same-origin
 * connections only, no plugins, no <base>), dist/_headers repeats it, and no page triggers a violation.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, meta } from '../support/dist';
import { rel, sitemapPaths } from './support/site';
import { basePath } from '../../src/lib/deploy';

type Policy = Map<string, string[]>;
const parse = (policy: string): Policy =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

const base = basePath();
const pages = builtPages();

test('every page carries a strict CSP in its <meta>', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const content = meta(page.html, 'content-security-policy');
    if (!content) {
      problems.push(`${page.path}: no CSP <meta>`);
      continue;
    }
    const policy = parse(content);
    const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
    const say = (problem: string) => problems.push(`${page.path}: ${problem}`);
    if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'")) say(`script-src allows ${scripts.filter((s) => s.startsWith("'unsafe-")).join(' ')}`);
    if (!scripts.includes("'self'")) say("script-src lacks 'self'");
    if (policy.get('connect-src')?.join(' ') !== "'self'") say(`connect-src is "${policy.get('connect-src')?.join(' ')}", expected 'self' only`);
    if (policy.get('object-src')?.join(' ') !== "'none'") say("object-src is not 'none'");
    if (policy.get('base-uri')?.join(' ') !== "'none'") say("base-uri is not 'none'");
    if (policy.get('default-src')?.join(' ') !== "'self'") say("default-src is not 'self'");
  }
  expect(pages.length).toBeGreaterThan(50);
  expect(problems).toEqual([]);
});

test('the policy comes first in <head>, before any script, link or style; the referrer policy is set by <meta> too', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const head = /<head>([\s\S]*?)<\/head>/.exec(page.html)?.[1] ?? '';
    const tags = [...head.matchAll(/<(\w+)[^>]*>/g)].map((m) => m[0]);
    // The charset declaration stays first (the HTML standard wants it within the first 1024 bytes); the policy next.
    if (tags[0] !== '<meta charset="utf-8">') problems.push(`${page.path}: first in <head> is ${tags[0]}`);
    if (!/^<meta http-equiv="content-security-policy"/i.test(tags[1] ?? '')) problems.push(`${page.path}: second in <head> is ${tags[1]?.slice(0, 60)}`);
    if (meta(page.html, 'referrer') !== 'strict-origin-when-cross-origin') problems.push(`${page.path}: no referrer policy <meta>`);
  }
  expect(pages.length).toBeGreaterThan(50);
  expect(problems).toEqual([]);
});

test('dist/_headers sends the same policy as the pages, plus frame-ancestors', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  expect(headers.split('\n')[0]).toBe(`${base}*`);
  const line = /^\s+Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
  expect(line).toBeDefined();
  expect(line).not.toContain(';;');
  const header = parse(line!);
  expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  const seen = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const [name, sources] of parse(meta(page.html, 'content-security-policy')!)) {
      // The header must allow everything the page's own policy allows, or the page breaks on hosts that send it.
      expect(header.get(name), `${page.path}: ${name} missing from _headers`).toEqual(expect.arrayContaining(sources));
      sources.forEach((s) => (seen.get(name) ?? seen.set(name, new Set()).get(name)!).add(s));
    }
  }
  // …and nothing more than some page allows.
  for (const [name, sources] of header) {
    if (name === 'frame-ancestors') continue;
    expect(sources.filter((s) => !seen.get(name)?.has(s)), `${name} in _headers`).toEqual([]);
  }
  expect(headers).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
});

/** Collects CSP violations (the DOM event) and CSP console errors on a page. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return async () => [...consoleErrors, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).map((v) => `${page.url()}: ${v}`)];
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
        const hits = await page.evaluate(async (url) => {
          const pagefind = await import(url);
          const search = await pagefind.search('ODR');
          return search.results.length as number;
        }, new URL(rel('/pagefind/pagefind.js'), baseURL).href);
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
