/** The build's host files, written from the built pages (the text itself comes from src/lib/host-files.ts). */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFile, pagePolicy, robotsTxt, siteHeaderPolicy, withCspFirst } from '../lib/host-files.ts';
import { htmlFiles } from './html-files.ts';

/** Moves each page's CSP <meta> right after its charset declaration. */
export async function placeCspFirst(dir: string): Promise<void> {
  for (const file of await htmlFiles(dir)) {
    const html = await readFile(file, 'utf8');
    const moved = withCspFirst(html, file);
    if (moved !== html) await writeFile(file, moved);
  }
}

/** `_headers`: the CSP of every page as one header, for hosts that read the file (Netlify, Cloudflare Pages, scripts/serve.mjs). */
export async function writeHeaders(dir: string, base: string): Promise<void> {
  const policies: string[] = [];
  for (const file of await htmlFiles(dir)) policies.push(pagePolicy(await readFile(file, 'utf8'), file));
  await writeFile(join(dir, '_headers'), headersFile(base, siteHeaderPolicy(policies)));
}

/** robots.txt with the sitemap's address. */
export async function writeRobots(dir: string, base: string, site: string): Promise<void> {
  await writeFile(join(dir, 'robots.txt'), robotsTxt(base, site));
}
