// After `astro build`: index dist/ with Pagefind (one index per page language), and write the
// host files that need the built pages: _headers (CSP as an HTTP header) and robots.txt's sitemap line.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const dist = process.argv[2] ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://seller-letters.example';

async function indexSite() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`Pagefind: indexed ${added.page_count} pages into ${join(dist, 'pagefind')}`);
}

/** Every HTML page of the build (Pagefind's own files excluded). */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? (e.name === 'pagefind' && dir === dist ? [] : htmlFiles(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : [])),
  );
  return nested.flat();
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

await indexSite();
await writeHeaders();
await writeRobots();
