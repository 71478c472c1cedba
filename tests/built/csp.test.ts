/**
 * Content Security Policy, read from the built files: every page's <meta> policy is strict (no inline scripts
 * without a hash, same-origin connections only, no plugins, no <base>) and comes first in <head>, and
 * dist/_headers repeats it. That no page triggers a violation is checked in the browser, in the walk over every page (tests/e2e/every-page.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { builtPages, meta } from '../support/dist';
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
    if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'"))
      say(`script-src allows ${scripts.filter((s) => s.startsWith("'unsafe-")).join(' ')}`);
    if (!scripts.includes("'self'")) say("script-src lacks 'self'");
    if (policy.get('connect-src')?.join(' ') !== "'self'")
      say(`connect-src is "${policy.get('connect-src')?.join(' ')}", expected 'self' only`);
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
    if (!/^<meta http-equiv="content-security-policy"/i.test(tags[1] ?? ''))
      problems.push(`${page.path}: second in <head> is ${tags[1]?.slice(0, 60)}`);
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
    expect(
      sources.filter((s) => !seen.get(name)?.has(s)),
      `${name} in _headers`,
    ).toEqual([]);
  }
  expect(headers).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
});
