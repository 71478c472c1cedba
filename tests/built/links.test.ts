/**
 * Links gate, over the built files (no browser): every internal link, asset and #fragment resolves, and
 * external links go only to Amazon's own hosts, over https, and open safely.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtPages, ids, tags, type BuiltPage } from '../support/dist';
import { basePath, siteUrl } from '../../src/lib/deploy';

const base = basePath();
const site = new URL(siteUrl());
/** The pages' own origin while resolving relative links; never requested. */
const local = 'http://built.invalid';

/** Amazon's own hosts: amazon.com and its marketplace domains, with any sub-domain (sellercentral., www., …). */
const AMAZON_HOST =
  /^(?:[a-z0-9-]+\.)*amazon\.(?:com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ae|sa|eg|in|co\.jp|sg|com\.au|cn)$/;

interface Link {
  page: string;
  tag: string;
  url: string;
  target?: string;
  rel?: string;
}

function linksOf(page: BuiltPage): Link[] {
  const found: Link[] = [];
  const add = (tag: string, url: string | undefined, extra: Partial<Link> = {}) => {
    if (url !== undefined) found.push({ page: page.path, tag, url, ...extra });
  };
  for (const a of tags(page.html, 'a')) add('a', a.href, { target: a.target, rel: a.rel });
  for (const link of tags(page.html, 'link')) add('link', link.href);
  for (const tag of ['script', 'img', 'iframe', 'source', 'audio', 'video']) for (const el of tags(page.html, tag)) add(tag, el.src);
  for (const form of tags(page.html, 'form')) add('form', form.action);
  return found;
}

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const idsOf = new Map<string, Set<string>>();
const pageIds = (path: string) => {
  if (!idsOf.has(path)) idsOf.set(path, ids(byPath.get(path)!.html));
  return idsOf.get(path)!;
};

/** What is wrong with an internal URL (already resolved, base included), or undefined when it resolves. */
function internalProblem(url: URL): string | undefined {
  if (!url.pathname.startsWith(base)) return `outside the deploy base ${base}`;
  const inner = `/${decodeURIComponent(url.pathname.slice(base.length))}`;
  const file = join('dist', inner);
  let target: string | undefined;
  if (existsSync(file) && statSync(file).isFile()) target = inner;
  else if (existsSync(join(file, 'index.html'))) {
    if (!inner.endsWith('/')) return 'directory link without its trailing slash';
    target = inner;
  } else return 'no such page or file';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && target.endsWith('/') && byPath.has(target) && !pageIds(target).has(fragment)) return `no element with id "${fragment}"`;
  return undefined;
}

function externalProblem(link: Link, url: URL): string | undefined {
  if (url.protocol === 'mailto:') {
    const domain = url.pathname.split('@')[1] ?? '';
    return AMAZON_HOST.test(domain.toLowerCase()) ? undefined : `e-mail to an unexpected domain "${domain}"`;
  }
  if (url.protocol !== 'https:') return `external link is not https (${url.protocol})`;
  if (!AMAZON_HOST.test(url.hostname)) return `unexpected external host "${url.hostname}"`;
  const rel = new Set((link.rel ?? '').split(/\s+/));
  if (link.tag === 'a' && !(rel.has('noopener') && rel.has('noreferrer'))) return 'external link without rel="noopener noreferrer"';
  return undefined;
}

test('every internal link and #fragment resolves; external links go only to Amazon hosts and open safely', () => {
  expect(pages.length).toBeGreaterThan(50);
  const problems: string[] = [];
  let internal = 0;
  let fragments = 0;
  for (const page of pages) {
    const pageUrl = new URL(`${base}${page.path.slice(1)}`, local);
    for (const link of linksOf(page)) {
      let url: URL;
      try {
        url = new URL(link.url, pageUrl);
      } catch {
        problems.push(`${page.path}: <${link.tag}> "${link.url}" is not a URL`);
        continue;
      }
      const sameSite = url.origin === local || url.origin === site.origin;
      const problem = sameSite ? internalProblem(url) : externalProblem(link, url);
      if (sameSite) {
        internal += 1;
        if (url.hash.length > 1) fragments += 1;
      }
      if (problem) problems.push(`${page.path}: <${link.tag}> "${link.url}" → ${problem}`);
    }
  }
  // Proves the checker saw the site's links, including the #fragments used by explainers and the contacts page.
  expect(internal).toBeGreaterThan(pages.length * 10);
  expect(fragments).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

test('the link checker catches what it should', () => {
  const page = pages.find((p) => p.path === '/templates/odr-a-to-z-vacation/')!;
  const at = (href: string) => new URL(href, new URL(`${base}${page.path.slice(1)}`, local));
  expect(internalProblem(at('../../contacts/#seller-performance'))).toBeUndefined();
  expect(internalProblem(at('../../contacts/#no-such-id'))).toBe('no element with id "no-such-id"');
  expect(internalProblem(at('../no-such-template/'))).toBe('no such page or file');
  expect(internalProblem(at('../../contacts'))).toBe('directory link without its trailing slash');
  const external = (url: string, rel?: string) => externalProblem({ page: page.path, tag: 'a', url, rel }, new URL(url));
  expect(external('https://sellercentral.amazon.co.uk/help', 'noopener noreferrer')).toBeUndefined();
  expect(external('https://amazon.evil.example/', 'noopener noreferrer')).toMatch(/unexpected external host/);
  expect(external('https://notamazon.com/', 'noopener noreferrer')).toMatch(/unexpected external host/);
  expect(external('http://www.amazon.com/', 'noopener noreferrer')).toMatch(/not https/);
  expect(external('https://www.amazon.com/')).toMatch(/noopener noreferrer/);
  expect(external('mailto:someone@gmail.com')).toMatch(/unexpected domain/);
});
