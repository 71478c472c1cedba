/** Search-engine metadata over the built files: sitemap, canonical URLs, hreflang sets (every locale of src/lib/locales.ts), Open Graph, robots.txt. */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, LOCALE_IDS, otherLocale } from '../../src/lib/locales';
import { builtPages, meta, tags, type BuiltPage } from '../support/dist';
import { basePath, siteUrl } from '../../src/lib/deploy';

const base = basePath();
const site = siteUrl();
const absolute = (path: string) => new URL(`${base}${path.slice(1)}`, site).href;

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [absolute(p.path), p]));
const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const sitemapEntries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => ({
  url: m[1]!,
  alternates: Object.fromEntries([...m[2]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1]!, a[2]!])),
}));

const titleOf = (page: BuiltPage) =>
  /<title>([^<]*)<\/title>/
    .exec(page.html)?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const alternatesOf = (page: BuiltPage) =>
  Object.fromEntries(
    tags(page.html, 'link')
      .filter((l) => l.rel === 'alternate' && l.hreflang)
      .map((l) => [l.hreflang!, l.href!]),
  );

test('the sitemap lists every page but the 404, with its alternates in every language', () => {
  expect(readFileSync('dist/sitemap-index.xml', 'utf8')).toContain(`<loc>${absolute('/sitemap-0.xml')}</loc>`);
  const listed = sitemapEntries.map((e) => e.url).sort();
  const built = pages
    .filter((p) => !p.path.startsWith('/404'))
    .map((p) => absolute(p.path))
    .sort();
  expect(listed).toEqual(built);
  for (const entry of sitemapEntries) {
    expect(Object.keys(entry.alternates).sort(), entry.url).toEqual([...LOCALE_IDS].sort());
    expect(entry.alternates, entry.url).toEqual(
      Object.fromEntries(Object.entries(alternatesOf(byUrl.get(entry.url)!)).filter(([l]) => l !== 'x-default')),
    );
  }
});

test('every page has a canonical URL, reciprocal hreflang links and its own Open Graph title and description', () => {
  const problems: string[] = [];
  const titles = new Map<string, string>();
  for (const page of pages.filter((p) => !p.path.startsWith('/404'))) {
    const url = absolute(page.path);
    const say = (problem: string) => problems.push(`${page.path}: ${problem}`);
    const canonicals = tags(page.html, 'link').filter((l) => l.rel === 'canonical');
    if (canonicals.length !== 1 || canonicals[0]!.href !== url)
      say(`canonical ${JSON.stringify(canonicals.map((c) => c.href))} should be ${url}`);
    const htmlLang = tags(page.html, 'html')[0]?.lang ?? '';
    const lang = LOCALE_IDS.find((l) => l === htmlLang);
    if (!lang) say(`<html lang="${htmlLang}"> is not a locale of the registry`);
    const alternates = alternatesOf(page);
    if (alternates[lang ?? ''] !== url) say(`hreflang ${lang} should point to the page itself`);
    if (LOCALE_IDS.some((l) => !alternates[l]) || alternates['x-default'] !== alternates[DEFAULT_LOCALE])
      say(`incomplete hreflang set ${JSON.stringify(alternates)}`);
    const other = lang && byUrl.get(alternates[otherLocale(lang)] ?? '');
    if (!other) say('the other-language alternate is not a built page');
    else if (JSON.stringify(alternatesOf(other)) !== JSON.stringify(alternates)) say('hreflang links are not reciprocal');
    const title = titleOf(page);
    const description = meta(page.html, 'description');
    if (!title) say('no <title>');
    else if (titles.has(title)) say(`title "${title}" is also used by ${titles.get(title)}`);
    else titles.set(title, page.path);
    if (!description?.trim()) say('no meta description');
    if (meta(page.html, 'og:title') !== title) say(`og:title "${meta(page.html, 'og:title')}" differs from the title`);
    if (meta(page.html, 'og:description') !== description) say('og:description differs from the description');
    if (meta(page.html, 'og:url') !== url) say(`og:url should be ${url}`);
    if (!lang || meta(page.html, 'og:locale') !== LOCALES[lang].ogLocale)
      say(`og:locale ${meta(page.html, 'og:locale')} does not match lang ${lang}`);
  }
  expect(titles.size).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

test('a template page and its translation point at each other', () => {
  const zh = byUrl.get(absolute('/templates/odr-a-to-z-vacation/'))!;
  const en = byUrl.get(absolute('/en/templates/odr-a-to-z-vacation/'))!;
  expect(alternatesOf(zh)).toEqual({
    'zh-CN': absolute('/templates/odr-a-to-z-vacation/'),
    en: absolute('/en/templates/odr-a-to-z-vacation/'),
    'zh-Hant': absolute('/zh-hant/templates/odr-a-to-z-vacation/'),
    'x-default': absolute('/templates/odr-a-to-z-vacation/'),
  });
  expect(meta(en.html, 'og:title')).toContain('ODR appeal');
  expect(meta(zh.html, 'og:title')).toContain('ODR 超标申诉');
});

test('the 404 page stays out of search engines', () => {
  const notFound = pages.find((p) => p.path === '/404.html')!;
  expect(meta(notFound.html, 'robots')).toBe('noindex');
  expect(tags(notFound.html, 'link').filter((l) => l.rel === 'canonical')).toEqual([]);
});

test('robots.txt allows crawling and points to the sitemap index', () => {
  const robots = readFileSync('dist/robots.txt', 'utf8');
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toBe(absolute('/sitemap-index.xml'));
  expect(existsSync('dist/sitemap-index.xml')).toBe(true);
});
