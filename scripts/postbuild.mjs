// After `astro build`: index dist/ with Pagefind (one index per page language), and write the
// host files that need the built pages: _headers (CSP as an HTTP header) and robots.txt's sitemap line.
import { readFile, writeFile } from 'node:fs/promises';
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

/** The CSP Astro put in the home page's <meta>, repeated as a header for hosts that read _headers files. */
async function writeHeaders() {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
  if (!csp) throw new Error('no CSP <meta> found in dist/index.html');
  const policy = csp.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
  const headers = [
    `${base}*`,
    `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
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
