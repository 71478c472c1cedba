// After `astro build`: move each page's CSP <meta> to the top of <head>, index dist/ with Pagefind (one index per
// page language, chosen from <html lang>), and write the host files that need the built pages: _headers (CSP as
// an HTTP header) and robots.txt's sitemap line.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { sectionRecords } from '../src/lib/search-records.ts';

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

async function indexSite() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  let recordCount = 0;
  for (const file of await htmlFiles(dist)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-search-record=')) continue;
    const pageUrl = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    for (const record of sectionRecords(html, pageUrl)) {
      const response = await index.addHTMLFile(record);
      if (response.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${response.errors.join('; ')}`);
      recordCount += 1;
    }
  }
  const output = join(dist, 'pagefind');
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await pagefind.close();
  await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(join(output, name), { force: true })));

  const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8'));
  const counts = Object.entries(entry.languages).map(([language, { page_count }]) => `${language} ${page_count}`);
  for (const language of ['zh-cn', 'en']) {
    const count = entry.languages[language]?.page_count ?? 0;
    if (count < MIN_PAGES_PER_LANGUAGE) throw new Error(`Pagefind: the ${language} index has ${count} pages (expected at least ${MIN_PAGES_PER_LANGUAGE}); is data-pagefind-body missing?`);
  }
  console.log(`Pagefind: indexed ${added.page_count} pages and ${recordCount} section records into ${output} (${counts.join(', ')})`);
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
