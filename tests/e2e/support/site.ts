/** Helpers shared by the browser tests: the built site's own page list, read from dist/. */
import { readFileSync, readdirSync } from 'node:fs';
import { basePath } from '../../../src/lib/deploy';

const base = basePath();

/** Site-relative paths (no base, leading slash) of every page in the sitemap. */
export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = files.flatMap((f) => [...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  return urls.map((url) => `/${new URL(url).pathname.slice(base.length)}`);
}

/** Relative URL for page.goto (the baseURL carries the deploy base). */
export const rel = (path: string) => `.${path}`;
