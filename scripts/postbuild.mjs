// After `astro build`: move each page's CSP <meta> to the top of <head>, index dist/ with Pagefind (one index per
// page language, chosen from <html lang>), and write the host files that need the built pages: _headers (CSP as
// an HTTP header) and robots.txt's sitemap line.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { toTraditional } from '../src/lib/hant.ts';
import { CONTENT_LOCALES, LOCALES, LOCALE_IDS, searchLanguage } from '../src/lib/locales.ts';
import { sectionRecords } from '../src/lib/search-records.ts';
import { indexedText, keywordsFor, scriptMap, vocabularyProblems, withKeywords } from '../src/lib/search-vocabulary.ts';

const dist = process.argv[2] ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://seller-letters.example';
/** Pages each language index must hold at least (templates alone are more): fewer means the markup lost data-pagefind-body. */
const MIN_PAGES_PER_LANGUAGE = 30;
/**
 * Bundle files the site never loads: Pagefind's own UIs (the site has its own element, src/scripts/search.ts) and
 * its web worker (the element searches on the main thread, `noWorker`: the index is small, and the worker would
 * download the search core a second time).
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

const CSP_META_RE = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET = '<meta charset="utf-8">';

/**
 * Astro writes the CSP <meta> at the end of <head>, after the theme script and the links before it: a policy
 * only governs what comes after it, so it moves to right after the charset declaration (which the HTML standard
 * wants first, within the first 1024 bytes; the policy alone is about 950).
 */
async function placeCspFirst() {
  for (const file of await htmlFiles(dist)) {
    const html = await readFile(file, 'utf8');
    const csp = CSP_META_RE.exec(html)?.[0];
    if (!csp) throw new Error(`no CSP <meta> found in ${file}`);
    const head = html.indexOf(`<head>${CHARSET}`);
    if (head < 0) throw new Error(`${file}: <head> does not start with ${CHARSET}`);
    const at = head + `<head>${CHARSET}`.length;
    if (html.startsWith(csp, at)) continue;
    const without = html.replace(csp, '');
    await writeFile(file, `${without.slice(0, at)}${csp}${without.slice(at)}`);
  }
}

/** Page language for the vocabulary, from <html lang> (a locale of src/lib/locales.ts): English, Simplified or Traditional Chinese. */
const LANGUAGES = Object.fromEntries(LOCALE_IDS.map((l) => [l, LOCALES[l].side === 'en' ? 'en' : LOCALES[l].convert === 'traditional' ? 'zh-Hant' : 'zh']));
/** Language prefixes of the site's paths; the vocabulary names pages without them. */
const PREFIXES = LOCALE_IDS.map((l) => LOCALES[l].prefix).filter(Boolean).map((p) => `${p}/`);
/** The map between Simplified and Traditional characters the search element loads for a query in the other script. */
const SCRIPT_MAP_FILE = 'script-map.json';

/** URL of a built file without the deploy base, e.g. '/en/templates/x/'. */
const pageUrl = (file) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
/** A page's path as the vocabulary names it: no language prefix. */
const sitePath = (url) => {
  const prefix = PREFIXES.find((p) => url.startsWith(`/${p}`));
  return prefix ? url.slice(prefix.length) : url;
};

async function indexSite() {
  const vocabulary = parse(await readFile('content/vocabulary.yaml', 'utf8'));
  const files = await htmlFiles(dist);
  const paths = new Set(files.map((file) => sitePath(pageUrl(file))));
  // A page with an anchor is checked against the search records once they are cut out, below.
  const problems = vocabularyProblems(vocabulary, (path) => paths.has(path.split('#')[0]));
  if (problems.length) throw new Error(`Vocabulary problems:\n  ${problems.join('\n  ')}`);

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pageCount = 0;
  let recordCount = 0;
  let withWords = 0;
  const recordPaths = new Set();
  const chineseText = [];
  /** Indexes one page or record with the vocabulary's words for it. */
  const add = async (content, url, sourcePath) => {
    const language = LANGUAGES[/<html[^>]*\slang="([^"]+)"/.exec(content)?.[1] ?? ''];
    if (!language) throw new Error(`${url}: <html lang> is not one of ${Object.keys(LANGUAGES).join(', ')}`);
    const text = indexedText(content);
    if (language === 'zh' && text) chineseText.push(text);
    const words = text ? keywordsFor(vocabulary, text, sitePath(url), language, toTraditional) : { words: [], pinned: [] };
    if (words.words.length || words.pinned.length) withWords += 1;
    const response = await index.addHTMLFile(sourcePath ? { sourcePath, content: withKeywords(content, words) } : { url, content: withKeywords(content, words) });
    if (response.errors.length) throw new Error(`Pagefind could not index ${url}: ${response.errors.join('; ')}`);
  };
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const url = pageUrl(file);
    await add(html, url, relative(dist, file).split(sep).join('/'));
    pageCount += 1;
    if (!html.includes('data-search-record=')) continue;
    for (const record of sectionRecords(html, url)) {
      await add(record.content, record.url);
      recordPaths.add(sitePath(record.url));
      recordCount += 1;
    }
  }
  const missingAnchors = vocabulary.flatMap((e) => (e.pages ?? []).filter((p) => p.includes('#') && !recordPaths.has(p)).map((p) => `${e.id}: ${p}`));
  if (missingAnchors.length) throw new Error(`Vocabulary pages that are not search records: ${missingAnchors.join(', ')}`);
  const output = join(dist, 'pagefind');
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await pagefind.close();
  await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(join(output, name), { force: true })));
  const words = vocabulary.flatMap((entry) => entry.zh);
  await writeFile(join(output, SCRIPT_MAP_FILE), JSON.stringify(scriptMap(`${chineseText.join(' ')} ${words.join(' ')}`, words, toTraditional)));

  const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8'));
  const counts = Object.entries(entry.languages).map(([language, { page_count }]) => `${language} ${page_count}`);
  for (const language of CONTENT_LOCALES.map(searchLanguage)) {
    const count = entry.languages[language]?.page_count ?? 0;
    if (count < MIN_PAGES_PER_LANGUAGE) throw new Error(`Pagefind: the ${language} index has ${count} pages (expected at least ${MIN_PAGES_PER_LANGUAGE}); is data-pagefind-body missing?`);
  }
  console.log(`Pagefind: indexed ${pageCount} files and ${recordCount} section records into ${output} (${counts.join(', ')}); ${withWords} with vocabulary words`);
}

/**
 * The CSP Astro put in the pages' <meta>, repeated as a header for hosts that read _headers files. Pages can
 * carry different script hashes, so the header allows the union of every page's sources (each page's own
 * <meta> still narrows it), plus frame-ancestors, which only works as a header.
 */
async function writeHeaders() {
  const directives = new Map();
  for (const file of await htmlFiles(dist)) {
    const html = await readFile(file, 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    if (!csp) throw new Error(`no CSP <meta> found in ${file}`);
    for (const directive of csp.replace(/&#39;/g, "'").replace(/&quot;/g, '"').split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? new Set();
      sources.forEach((source) => known.add(source));
      directives.set(name, known);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  const policy = [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  const headers = [
    `${base.replace(/\/?$/, '/')}*`,
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
  await writeFile(join(dist, '_headers'), headers);
}

async function writeRobots() {
  const sitemap = new URL(`${base.replace(/\/?$/, '/')}sitemap-index.xml`, site).href;
  await writeFile(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
}

await placeCspFirst();
await indexSite();
await writeHeaders();
await writeRobots();
